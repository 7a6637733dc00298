package org.newsbrief.ingest;

/** Tells headline-like lines from sentences of running text. Stateless. */
final class Headlines {

    private static final int MAX_WORDS = 20;

    private Headlines() {
    }

    /** Short, starts with a capital or digit, and does not end like a sentence. */
    static boolean looksLikeHeadline(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        char first = text.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '"' && first != '\u201C') {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        // A closing bracket ends photo captions ("... (AFP photo)"), not headlines.
        return last != '.' && last != ',' && last != ';' && last != ':' && last != ')';
    }
}
