package org.newsbrief.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Outlet names from file names and URLs. Stateless. */
public final class FileNames {

    private FileNames() {
    }

    /** The file name without its extensions ({@code .warc.gz} counts as one). */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".warc.gz", ".jsonl", ".json", ".html", ".htm", ".txt", ".warc"}) {
            if (lower.endsWith(ext) && name.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    /** The host of a URL without {@code www.}: {@code https://www.bbc.co.uk/x} gives {@code bbc.co.uk}. */
    public static Optional<String> outletOfUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
