package org.newsbrief.clean;


/**
 * Normalises one line: typographic and newswire ({@code ``...''}) quotes to straight ones, non-breaking and other exotic
 * spaces to plain spaces, control and zero-width characters removed, runs of white space
 * collapsed, and the newswire dash (AP and NYT type an em dash as an underscore: {@code "talks _ and
 * a truce _ failed"}, {@code "_ Treasury Department."} opening a list item) written as the em dash
 * it stands for, so that a reader sees a dash and not an escaped underscore. An underscore inside a
 * word ({@code file_name}) stays; one joining two names after an abbreviation ({@code "U.S._Japan talks"})
 * is the hyphen it stands for. Stateless and thread-safe.
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
        return line.indexOf('_') < 0 ? out.toString() : wireDashes(out.toString()); // no normalised character is an underscore
    }

    /**
     * The wire dashes of a line holding an underscore, in one pass (a regular expression with a
     * look-behind tried at every character took a third of the cleaner's time on DUC text): an
     * underscore standing alone or opening a word, at the start of the line or after white space
     * ("talks _ and", "_not"), is an em dash and a space; one joining an abbreviation to a
     * capitalised word ("U.S._Japan") is a hyphen; any other stays.
     */
    private static String wireDashes(String line) {
        int n = line.length();
        StringBuilder out = new StringBuilder(n + 8);
        int from = 0;
        for (int i = line.indexOf('_'); i >= 0; i = line.indexOf('_', from)) {
            out.append(line, from, i);
            from = i + 1;
            char next = i + 1 < n ? line.charAt(i + 1) : 0;
            if (i == 0 || isSpace(line.charAt(i - 1))) {
                if (next == ' ') {
                    out.append("\u2014 ");
                    from = i + 2;
                } else if (Character.isLetter(next) || next >= '0' && next <= '9' || next == '"' || next == '\'' || next == '(') {
                    out.append("\u2014 ");
                } else {
                    out.append('_');
                }
            } else if (i >= 2 && line.charAt(i - 1) == '.' && Character.isLetter(line.charAt(i - 2))
                    && Character.getType(next) == Character.UPPERCASE_LETTER) {
                out.append('-');
            } else {
                out.append('_');
            }
        }
        return out.append(line, from, n).toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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

    /** The text with its first letter a capital, as a sentence opens; the text itself when it opens otherwise. */
    static String capitalized(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
