package org.newsbrief.eval.timeline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.time.Granularity;
import org.newsbrief.time.TimeAnchor;
import org.newsbrief.time.TimeExpressionTagger;
import org.newsbrief.time.TimeMention;
import org.newsbrief.time.TimeValue;

/**
 * Compares the dates the project's tagger resolves in an article with the HeidelTime dates
 * stored with it, as sets per article. HeidelTime's convention in the corpus writes a month as
 * its first day and a year as 1 January, so the tagger's months and years are written the same
 * way; weeks, seasons and intervals have no such form in the corpus and are left out. Counts
 * accumulate over articles; not thread-safe (one instance per run).
 */
final class DateAgreement {

    /** An example of a disagreement: the article, the date, the phrase and its context. */
    record Example(String articleId, LocalDate dct, LocalDate date, String phrase, String context) {
    }

    private static final int EXAMPLES_PER_KIND = 6;
    private static final int CONTEXT = 70;

    private final TimeExpressionTagger tagger = new TimeExpressionTagger();
    private long truePositives;
    private long falsePositives;
    private long falseNegatives;
    private int articles;
    private int identical;
    private double jaccardSum;
    private final Map<String, Integer> extraByKind = new TreeMap<>();
    private final Map<String, Integer> missedByKind = new TreeMap<>();
    private final Map<String, List<Example>> extraExamples = new LinkedHashMap<>();
    private final Map<String, List<Example>> missedExamples = new LinkedHashMap<>();

    /** The tagger's dates of {@code text} in the corpus convention, with the mention that gave each. */
    Map<LocalDate, TimeMention> systemDates(String text, LocalDate dct) {
        Map<LocalDate, TimeMention> dates = new TreeMap<>();
        for (TimeMention mention : tagger.tag(text, TimeAnchor.of(dct))) {
            TimeValue value = mention.value();
            if (value == null) {
                continue;
            }
            Granularity g = value.granularity();
            if (g == Granularity.DAY || g == Granularity.MONTH || g == Granularity.YEAR) {
                dates.putIfAbsent(value.start(), mention);
            }
        }
        return dates;
    }

    void add(Timeline17Corpus.Article article) {
        Map<LocalDate, TimeMention> mine = systemDates(article.text(), article.dct());
        Set<LocalDate> reference = new TreeSet<>(article.heidelTimeDates());
        int shared = 0;
        for (Map.Entry<LocalDate, TimeMention> entry : mine.entrySet()) {
            if (reference.contains(entry.getKey())) {
                shared++;
            } else {
                TimeMention m = entry.getValue();
                record(extraByKind, extraExamples, m.rule(), new Example(article.id(), article.dct(), entry.getKey(),
                        m.text(), context(article.text(), m.span().start(), m.span().end())));
            }
        }
        for (LocalDate date : reference) {
            if (!mine.containsKey(date)) {
                recordMissed(article, date);
            }
        }
        truePositives += shared;
        falsePositives += mine.size() - shared;
        falseNegatives += reference.size() - shared;
        articles++;
        int union = mine.size() + reference.size() - shared;
        identical += union == 0 || shared == union ? 1 : 0;
        jaccardSum += union == 0 ? 1.0 : (double) shared / union;
    }

    private void recordMissed(Timeline17Corpus.Article article, LocalDate date) {
        Located located = locate(article.text(), date);
        record(missedByKind, missedExamples, located.kind(), new Example(article.id(), article.dct(), date,
                located.phrase(), located.start() < 0 ? "" : context(article.text(), located.start(),
                        located.start() + located.phrase().length())));
    }

    private static void record(Map<String, Integer> counts, Map<String, List<Example>> examples, String kind, Example e) {
        counts.merge(kind, 1, Integer::sum);
        List<Example> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < EXAMPLES_PER_KIND && list.stream().noneMatch(x -> x.articleId().equals(e.articleId()))) {
            list.add(e);
        }
    }

    private record Located(String kind, String phrase, int start) {
    }

    /** Where a date HeidelTime found may be written: a written day, a weekday, a month, a year, or nowhere. */
    static Located locate(String text, LocalDate date) {
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ROOT);
        String shortMonth = month.substring(0, 3);
        List<String[]> tries = List.of(
                new String[] {"written day", "\\b(?:" + month + "|" + shortMonth + "\\.?)\\s+" + date.getDayOfMonth() + "\\b"},
                new String[] {"written day", "\\b" + date.getDayOfMonth() + "\\s+(?:" + month + "|" + shortMonth + ")\\b"},
                new String[] {"weekday", "\\b" + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ROOT) + "\\b"},
                new String[] {"relative day", "\\b(?:yesterday|today|tomorrow|tonight|last night|(?:this|next|last) (?:week|month))\\b"},
                new String[] {"month", "\\b" + month + "\\b"},
                new String[] {"year", "\\b" + date.getYear() + "\\b"});
        for (String[] attempt : tries) {
            Matcher matcher = Pattern.compile(attempt[1]).matcher(text);
            if (matcher.find()) {
                String kind = attempt[0].equals("month") && date.getDayOfMonth() != 1 ? "month name only" : attempt[0];
                return new Located(kind, matcher.group(), matcher.start());
            }
        }
        return new Located("not written", "", -1);
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        return (from > 0 ? "…" : "") + text.substring(from, start) + "**" + text.substring(start, end) + "**"
                + text.substring(end, to) + (to < text.length() ? "…" : "");
    }

    long truePositives() {
        return truePositives;
    }

    long falsePositives() {
        return falsePositives;
    }

    long falseNegatives() {
        return falseNegatives;
    }

    int articles() {
        return articles;
    }

    int identical() {
        return identical;
    }

    double meanJaccard() {
        return articles == 0 ? 0 : jaccardSum / articles;
    }

    Map<String, Integer> extraByKind() {
        return extraByKind;
    }

    Map<String, Integer> missedByKind() {
        return missedByKind;
    }

    Map<String, List<Example>> extraExamples() {
        return extraExamples;
    }

    Map<String, List<Example>> missedExamples() {
        return missedExamples;
    }
}
