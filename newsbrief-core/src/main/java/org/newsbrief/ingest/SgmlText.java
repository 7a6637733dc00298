package org.newsbrief.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields and text of one {@code <DOC>} of NIST/TREC SGML. Tags are matched without regard
 * to case; an element is its first occurrence. Stateless and thread-safe.
 */
final class SgmlText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&[A-Za-z0-9#]+;");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TEXT_START = Pattern.compile("<TEXT\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Pattern> ELEMENTS = new ConcurrentHashMap<>();

    private SgmlText() {
    }

    /** The raw content of the first {@code <name>...</name>} element, if there is one. */
    static Optional<String> element(String doc, String name) {
        Matcher matcher = elementPattern(name).matcher(doc);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The content of the first element among {@code names} that is present and not blank, as one line of text. */
    static Optional<String> line(String doc, String... names) {
        for (String name : names) {
            Optional<String> value = element(doc, name).map(SgmlText::oneLine).filter(text -> !text.isEmpty());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** Whether the document opens a {@code <TEXT>} element. */
    static boolean hasTextStart(String doc) {
        return TEXT_START.matcher(doc).find();
    }

    /**
     * The article text of a document: every {@code <TEXT>} element in order (an unclosed last one
     * runs to the end of the document), tags made paragraph breaks, entities decoded.
     */
    static String body(String doc) {
        Matcher start = TEXT_START.matcher(doc);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (start.find(from)) {
            int end = indexOfIgnoreCase(doc, "</TEXT>", start.end());
            String text = doc.substring(start.end(), end < 0 ? doc.length() : end);
            out.append(out.length() > 0 ? "\n\n" : "").append(plain(text));
            if (end < 0) {
                break;
            }
            from = end;
        }
        return out.toString();
    }

    /** Whether a {@code <TEXT>} element is left open. */
    static boolean hasUnclosedText(String doc) {
        Matcher start = TEXT_START.matcher(doc);
        int from = 0;
        while (start.find(from)) {
            int end = indexOfIgnoreCase(doc, "</TEXT>", start.end());
            if (end < 0) {
                return true;
            }
            from = end;
        }
        return false;
    }

    /** Tags become paragraph breaks, SGML entities are decoded or dropped. */
    static String plain(String sgml) {
        String text = TAG.matcher(sgml).replaceAll("\n\n");
        text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        return ENTITY.matcher(text).replaceAll(" ");
    }

    /** Markup removed and white space collapsed: for headlines and dates. */
    static String oneLine(String sgml) {
        return SPACES.matcher(plain(sgml)).replaceAll(" ").strip();
    }

    static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = Math.max(0, from); i <= text.length() - needle.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static Pattern elementPattern(String name) {
        return ELEMENTS.computeIfAbsent(name, n -> Pattern.compile("<" + n + "\\b[^>]*>(.*?)</" + n + "\\s*>",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
    }
}
