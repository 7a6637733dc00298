package org.newsbrief.brief;

import java.util.Locale;

/** Only http and https links are rendered as links; anything else stays text. Stateless. */
final class SafeLinks {

    private SafeLinks() {
    }

    static boolean isWebLink(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && !lower.contains("\"")
                && !lower.contains("<") && lower.indexOf(' ') < 0;
    }
}
