package org.newsbrief.clean;

/**
 * Normalises one line: typographic and newswire ({@code ``...''}) quotes to straight ones, non-breaking and other exotic
 * spaces to plain spaces, control and zero-width characters removed, runs of white space
 * collapsed. Stateless and thread-safe.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String raw) {
        // Newswire writes quotes as `` and '' (as in the DUC documents).
        String line = raw.indexOf('`') < 0 && raw.indexOf("''") < 0 ? raw : raw.replace("``", "\"").replace("''", "\"");
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = normalizeChar(line.charAt(i));
            if (c == 0) {
                continue;
            }
            if (c == ' ') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The replacement for one character; 0 to drop it. */
    private static char normalizeChar(char c) {
        switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033':
                return '"';
            case '\u2018', '\u2019', '\u201A', '\u2032', '`':
                return '\'';
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
                return 0;
            default:
                break;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        if (Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED
                || Character.getType(c) == Character.PRIVATE_USE) {
            return 0;
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        return c;
    }
}
