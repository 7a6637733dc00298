package org.newsbrief.brief;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of a brief, by name. */
public enum BriefFormat {
    MD(new MarkdownBriefWriter()),
    JSON(new JsonBriefWriter()),
    HTML(new HtmlBriefWriter());

    private final BriefWriter writer;

    BriefFormat(BriefWriter writer) {
        this.writer = writer;
    }

    public BriefWriter writer() {
        return writer;
    }

    /** The format named {@code name} ({@code md}, {@code json}, {@code html}, any case). */
    public static BriefFormat named(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT);
        if (key.equals("MARKDOWN")) {
            return MD;
        }
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "'; valid: "
                    + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")),
                    e);
        }
    }
}
