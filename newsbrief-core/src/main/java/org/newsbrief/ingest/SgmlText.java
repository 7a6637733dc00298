package org.newsbrief.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The fields and text of one {@code <DOC>} of NIST/TREC SGML. Tags are matched without regard
 * to case; an element is its first occurrence. Stateless and thread-safe.
 */
final class SgmlText {

    // No pattern scans past a '<' it cannot close, so hostile text ("<<<<...") is read in linear time.
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&[A-Za-z0-9#]+;");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\\R)+");
    private static final Pattern TEXT_START = Pattern.compile("<TEXT(?:\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH_START = Pattern.compile("<P(?:\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Pattern> ELEMENTS = new ConcurrentHashMap<>();

    private SgmlText() {
    }

    /** The raw content of the first {@code <name>...</name>} element, if there is one (and it is closed). */
    static Optional<String> element(String doc, String name) {
        Matcher open = startPattern(name).matcher(doc);
        if (!open.find()) {
            return Optional.empty();
        }
        int close = indexOfIgnoreCase(doc, "</" + name + ">", open.end());
        return close < 0 ? Optional.empty() : Optional.of(doc.substring(open.end(), close));
    }

    /** The text without its {@code <name>...</name>} elements; an unclosed one is kept as text. */
    static String without(String text, String name) {
        Matcher open = startPattern(name).matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (open.find(from)) {
            int close = indexOfIgnoreCase(text, "</" + name + ">", open.end());
            if (close < 0) {
                break;
            }
            out.append(text, from, open.start()).append("\n\n");
            from = close + name.length() + 3;
        }
        return out.append(text, from, text.length()).toString();
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
     * runs to the end of the document), without its {@code <ANNOTATION>}s (editors' notes such as
     * "STORY CAN END HERE"), as {@link #plain} makes it.
     */
    static String body(String doc) {
        Matcher start = TEXT_START.matcher(doc);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (start.find(from)) {
            int end = indexOfIgnoreCase(doc, "</TEXT>", start.end());
            String text = doc.substring(start.end(), end < 0 ? doc.length() : end);
            String plain = plain(without(text, "ANNOTATION"));
            if (!plain.isEmpty()) {
                out.append(out.length() > 0 ? "\n\n" : "").append(plain);
            }
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

    /**
     * Text of SGML markup: every tag ends a paragraph; the text of a {@code <P>} element is one
     * paragraph, its hard-wrapped lines joined into one line; text outside {@code <P>} keeps its
     * lines (indentation marks its paragraphs, which the cleaner reflows). Paragraphs are separated
     * by a blank line. Entities are decoded ({@link #decode}).
     */
    static String plain(String sgml) {
        StringBuilder out = new StringBuilder();
        Matcher tag = TAG.matcher(sgml);
        boolean inParagraph = false;
        int from = 0;
        while (from < sgml.length()) {
            boolean found = tag.find(from);
            String chunk = decode(sgml.substring(from, found ? tag.start() : sgml.length()));
            String text = inParagraph ? SPACES.matcher(chunk).replaceAll(" ").strip()
                    : LEADING_BLANK_LINES.matcher(chunk).replaceFirst("").stripTrailing();
            if (!text.isBlank()) {
                out.append(out.length() > 0 ? "\n\n" : "").append(text);
            }
            if (!found) {
                break;
            }
            inParagraph = PARAGRAPH_START.matcher(tag.group()).matches();
            from = tag.end();
        }
        return out.toString();
    }

    /**
     * SGML entities decoded as HTML 5 names them ({@code &amp;}, {@code &AMP;}, {@code &eacute;},
     * {@code &#233;}, by jsoup); others are the typesetting codes of the wire services
     * ({@code &QL;}, {@code &UR;}, {@code &Cx1f;}), not text, and become a space.
     */
    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return ENTITY.matcher(text).replaceAll(entity -> {
            String decoded = Parser.unescapeEntities(entity.group(), false);
            return Matcher.quoteReplacement(decoded.equals(entity.group()) ? " " : decoded);
        });
    }

    /** Markup removed and white space collapsed: for headlines and dates. */
    static String oneLine(String sgml) {
        return SPACES.matcher(decode(TAG.matcher(sgml).replaceAll(" "))).replaceAll(" ").strip();
    }

    static int indexOfIgnoreCase(String text, String needle, int from) {
        return indexOfIgnoreCase(text, needle, from, text.length());
    }

    /** The first {@code needle} that starts at or after {@code from} and ends by {@code to}; -1 if none. */
    static int indexOfIgnoreCase(String text, String needle, int from, int to) {
        for (int i = Math.max(0, from); i <= Math.min(to, text.length()) - needle.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static Pattern startPattern(String name) {
        return ELEMENTS.computeIfAbsent(name, n -> Pattern.compile("<" + n + "(?:\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE));
    }
}
