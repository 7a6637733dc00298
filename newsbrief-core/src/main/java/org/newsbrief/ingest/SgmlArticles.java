package org.newsbrief.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.IssueLog;

/**
 * Turns NIST/TREC SGML text (the format of the TREC, TDT, AQUAINT and DUC news collections) into
 * articles, one per {@code <DOC>}:
 * <ul>
 *   <li>origin (and so id): the {@code <DOCNO>}, else the {@code id} attribute of {@code <DOC>}
 *       (LDC Gigaword), else {@code file#n} for the n-th document of the file;</li>
 *   <li>title: {@code <HEADLINE>}, {@code <HL>} or {@code <HEAD>}, when present;</li>
 *   <li>date: {@code <DATE_TIME>} or {@code <DATE>} ({@code 10/17/1998 05:50:00},
 *       {@code 1998-10-17 16:00} and the forms of {@link DateParsing}), else the DOCNO's digits
 *       by the rule of {@link NewswireDocno};</li>
 *   <li>outlet: the DOCNO's agency prefix ({@link NewswireDocno#outlet});</li>
 *   <li>body: every {@code <TEXT>}, paragraphs split at tags, SGML entities decoded.</li>
 * </ul>
 * Bad documents are recorded, never thrown: a {@code <DOC>} without {@code </DOC>} runs to the
 * next {@code <DOC>} (warning), one without {@code <TEXT>} or empty is skipped, text outside
 * every {@code <DOC>} is reported. Stateless and thread-safe.
 */
public final class SgmlArticles {

    private static final Pattern DOC_START = Pattern.compile("<DOC(?:\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOC_ID = Pattern.compile("\\bid\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern US_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final int OUTSIDE_SHOWN = 40;

    private SgmlArticles() {
    }

    /** Whether the text opens, after blank space, with a {@code <DOC>} tag. */
    public static boolean startsWithDoc(String text) {
        Matcher start = DOC_START.matcher(text.stripLeading());
        return start.lookingAt();
    }

    /**
     * The articles of every {@code <DOC>} in {@code sgml}, in file order; {@code name} names the
     * file in issues. A file without any {@code <DOC>} gives none and one issue.
     */
    public static List<RawArticle> parse(String sgml, String name, IssueLog issues) {
        List<RawArticle> articles = new ArrayList<>();
        Matcher start = DOC_START.matcher(sgml);
        List<int[]> starts = new ArrayList<>();
        while (start.find()) {
            starts.add(new int[] {start.start(), start.end()});
        }
        if (starts.isEmpty()) {
            issues.skipped(name, "no <DOC> element; not NIST/TREC SGML");
            return articles;
        }
        StringBuilder outside = new StringBuilder(sgml.substring(0, starts.get(0)[0]).strip());
        for (int i = 0; i < starts.size(); i++) {
            int open = starts.get(i)[1];
            int next = i + 1 < starts.size() ? starts.get(i + 1)[0] : sgml.length();
            // Looked for only before the next <DOC>, so that a file of unclosed documents is read in linear time.
            int close = SgmlText.indexOfIgnoreCase(sgml, "</DOC>", open, next);
            boolean closed = close >= 0;
            String startTag = sgml.substring(starts.get(i)[0], open);
            String origin = origin(sgml.substring(open, closed ? close : next), startTag, name, i + 1);
            if (!closed) {
                issues.warning(origin, "<DOC> without </DOC>; read up to "
                        + (next < sgml.length() ? "the next <DOC>" : "the end of the file"));
            } else {
                outside.append(' ').append(sgml, close + "</DOC>".length(), next);
            }
            document(sgml.substring(open, closed ? close : next), origin, issues).ifPresent(articles::add);
        }
        String stray = outside.toString().strip();
        if (!stray.isEmpty()) {
            issues.warning(name, "text outside any <DOC> not read: \"" + shorten(stray) + "\"");
        }
        return articles;
    }

    private static String origin(String doc, String startTag, String name, int index) {
        Optional<String> docno = SgmlText.line(doc, "DOCNO");
        if (docno.isPresent()) {
            return docno.get();
        }
        Matcher id = DOC_ID.matcher(startTag);
        return id.find() && !id.group(1).isBlank() ? id.group(1).strip() : name + "#" + index;
    }

    private static Optional<RawArticle> document(String doc, String origin, IssueLog issues) {
        if (doc.isBlank()) {
            issues.skipped(origin, "empty <DOC>");
            return Optional.empty();
        }
        if (!SgmlText.hasTextStart(doc)) {
            issues.skipped(origin, "<DOC> without <TEXT>; no article text to read");
            return Optional.empty();
        }
        if (SgmlText.hasUnclosedText(doc)) {
            issues.warning(origin, "<TEXT> without </TEXT>; read to the end of the document");
        }
        Optional<LocalDate> published = date(doc).or(() -> NewswireDocno.date(origin));
        if (published.isEmpty()) {
            issues.warning(origin, "no date in <DATE_TIME>, <DATE> or the DOCNO; the article is undated"
                    + " (relative dates in it are not resolved)");
        }
        String title = SgmlText.line(doc, "HEADLINE", "HL", "HEAD").orElse("");
        String outlet = NewswireDocno.outlet(origin).orElse(null);
        return Optional.of(new RawArticle(origin, outlet, null, title, published.orElse(null), SgmlText.body(doc)));
    }

    /** The date of the {@code <DATE_TIME>} or {@code <DATE>} element, when it holds one. */
    static Optional<LocalDate> date(String doc) {
        for (String field : new String[] {"DATE_TIME", "DATE"}) {
            Optional<LocalDate> date = SgmlText.line(doc, field).flatMap(SgmlArticles::parseDate);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parseDate(String value) {
        Matcher us = US_DATE.matcher(value);
        if (!us.find()) {
            return DateParsing.parse(value);
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                    Integer.parseInt(us.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= OUTSIDE_SHOWN ? line : line.substring(0, OUTSIDE_SHOWN) + "...";
    }
}
