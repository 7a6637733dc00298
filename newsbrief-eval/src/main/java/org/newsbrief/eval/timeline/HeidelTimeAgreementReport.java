package org.newsbrief.eval.timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.eval.experiment.ReportFiles;

/**
 * Main class: tags every Timeline17 article with the project's time tagger, compares the dates
 * with the HeidelTime dates stored in the corpus and writes {@code bench/timeline17-dates.md}.
 * Arguments: {@code [timeline17 folder] [output file]}; defaults {@code ../shared/data/timeline17}
 * and {@code bench/timeline17-dates.md}.
 */
public final class HeidelTimeAgreementReport {

    /**
     * The engineer's reading of the examples of each kind of disagreement (who is right), written
     * after inspecting them; the counts and examples beside them are computed.
     */
    private static final Map<String, String> JUDGEMENT = Map.ofEntries(
            Map.entry("extra: weekday", "Mostly weekdays in future-tense sentences ('is due to travel to the region on"
                    + " Sunday', 'expected to wash ashore on Friday'): we resolve them forward, HeidelTime backward. Ours are"
                    + " right. Both err when a weekday belongs to a quoted earlier report."),
            Map.entry("extra: year", "'in 2005', 'in 1989': plain year mentions that HeidelTime stored as null or not at"
                    + " all. Ours are right."),
            Map.entry("extra: bare-year", "'the first quarter of 2010', '2009 data': years without a preposition. Ours are"
                    + " right on most; a few are parts of ranges ('2012/2013') where both readings are defensible."),
            Map.entry("extra: month-day", "Written dates without a year in graphics and timelines ('22 April - 15 May' in an"
                    + " April article): we take the nearest year allowing 60 days ahead (six months in a future-tense"
                    + " sentence), HeidelTime always the past year."
                    + " Ours are right on these; where HeidelTime simply has no value the mention is real."),
            Map.entry("extra: weekday-day-month", "Written dates with their weekday ('Tuesday , 1 June 2010'), most of"
                    + " them BBC posting stamps ('15:39 UK time , Tuesday , 1 June 2010') for which HeidelTime stored no"
                    + " such date. Ours are right as dates; as stamps they are marked and no timeline counts them."),
            Map.entry("extra: month", "Bare month names ('in April', 'before August'): HeidelTime often stored none."
                    + " Ours are right as months and mostly in the year: the occurrence nearest publication, shifted by the"
                    + " tense marker nearest before the month (HeidelTime reads the last verb): the next one after a future"
                    + " ('is not expected to be ready before August' is next August), the last one after a past verb."
                    + " Wrong where the verb nearest the month belongs to another event ('the Prudhoe Bay oilfield ..."
                    + " in August after concerns about rusting pipelines', a 2006 event, is put in August 2009)."),
            Map.entry("extra: anchored", "Anchored expressions counted from the article's latest written date"
                    + " ('exploded April 20 and sank two days later', 'at 3am on 5 May . A day later'): right where the"
                    + " narrative goes on from that date, wrong where the sentence counts from a day it does not write (a"
                    + " trading day: 'a jump from the previous day , according to Markit'; 'The next day , the president"
                    + " will ...' of the coming week, counted from April 20)."),
            Map.entry("extra: deictic", "'today', 'yesterday': HeidelTime stores 'today' as PRESENT_REF (no date), so"
                    + " ours add the publication day. Ours are right when the sentence is about that day."),
            Map.entry("missed: relative day", "Mostly the corpus's HeidelTime dates that cannot come from this text"
                    + " ('2011-04-20' for an article of 2010-05-17; NBC's 'Today' show): the stored dates seem computed on a"
                    + " longer or different version of the article. HeidelTime is wrong or unverifiable on these. The"
                    + " weekday-day-month rule added 51 HeidelTime-only dates here and under 'year', 'not written' and"
                    + " 'month name only' (classed by the first form found in the text): the weekday of a full date"
                    + " ('Friday , 28 May 2010') that HeidelTime, like our rules before, reads on its own as that weekday"
                    + " of the article's week (52 of the 69 dates the rule removed were HeidelTime's too). HeidelTime is"
                    + " wrong on these."),
            Map.entry("missed: not written", "HeidelTime dates with no surface form in the text: anchored expressions"
                    + " ('the next day') that HeidelTime counts from a weekday or relative date and we leave unresolved"
                    + " (only a written date anchors them, never a guess), or dates from a different version of the"
                    + " article. Unverifiable from the text."),
            Map.entry("missed: year", "Years we find but resolve differently, or HeidelTime's year from a phrase we"
                    + " reject as a count; mixed, HeidelTime right on about half."),
            Map.entry("missed: weekday", "Weekdays we resolved to the other week (future tense): see above; ours are"
                    + " usually right."));

    private HeidelTimeAgreementReport() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Timeline17Corpus.root(args);
        Path out = Path.of(args.length > 1 ? args[1] : "bench/timeline17-dates.md");
        long start = System.nanoTime();
        DateAgreement agreement = new DateAgreement();
        for (Timeline17Corpus.Topic topic : Timeline17Corpus.read(root)) {
            topic.articles().forEach(agreement::add);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.createDirectories(out.toAbsolutePath().getParent());
        ReportFiles.write(out, markdown(agreement, seconds));
        System.out.println(summaryLine(agreement) + " -> " + out);
    }

    static String summaryLine(DateAgreement a) {
        double p = ratio(a.truePositives(), a.truePositives() + a.falsePositives());
        double r = ratio(a.truePositives(), a.truePositives() + a.falseNegatives());
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f over %d articles", p, r, f1(p, r), a.articles());
    }

    static String markdown(DateAgreement a, double seconds) {
        double p = ratio(a.truePositives(), a.truePositives() + a.falsePositives());
        double r = ratio(a.truePositives(), a.truePositives() + a.falseNegatives());
        StringBuilder md = new StringBuilder("# Time expressions: agreement with HeidelTime on Timeline17\n\n");
        md.append("Made by `org.newsbrief.eval.timeline.HeidelTimeAgreementReport`. Every article's text is tagged by")
                .append(" `org.newsbrief.time.TimeExpressionTagger` anchored at the article's `dct`; the set of dates it")
                .append(" resolves (days; months as their first day and years as 1 January, the corpus's convention;")
                .append(" weeks, seasons and intervals left out) is compared with the set of non-null `dates` HeidelTime")
                .append(" stored with the article. HeidelTime is a reference, not ground truth.\n\n");
        md.append("| articles | identical sets | mean Jaccard | shared | ours only | HeidelTime only | precision | recall | F1 | seconds |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| %d | %.3f | %.3f | %d | %d | %d | %.3f | %.3f | %.3f | %.1f |%n%n",
                a.articles(), ratio(a.identical(), a.articles()), a.meanJaccard(), a.truePositives(), a.falsePositives(),
                a.falseNegatives(), p, r, f1(p, r), seconds));
        md.append("Precision: share of our dates that HeidelTime also has; recall: share of HeidelTime's dates we also have (micro, over all article-date pairs).\n\n");
        section(md, "Dates only we resolve, by our rule", "extra: ", a.extraByKind(), a.extraExamples());
        section(md, "Dates only HeidelTime resolves, by where the date is written", "missed: ", a.missedByKind(),
                a.missedExamples());
        return md.toString();
    }

    private static void section(StringBuilder md, String title, String prefix, Map<String, Integer> counts,
            Map<String, List<DateAgreement.Example>> examples) {
        md.append("## ").append(title).append("\n\n| kind | count |\n|---|---|\n");
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                .forEach(e -> md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
        md.append('\n');
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).forEach(e -> {
            md.append("### ").append(e.getKey()).append(" (").append(e.getValue()).append(")\n\n");
            String judgement = JUDGEMENT.get(prefix + e.getKey());
            if (judgement != null) {
                md.append("Judgement: ").append(judgement).append("\n\n");
            }
            for (DateAgreement.Example x : examples.getOrDefault(e.getKey(), List.of())) {
                md.append("- `").append(x.articleId()).append("` (dct ").append(x.dct()).append(") ").append(x.date())
                        .append(": ").append(x.context().replace("|", "\\|").replace("\n", " ")).append('\n');
            }
            md.append('\n');
        });
    }

    static double ratio(double num, double den) {
        return den == 0 ? 0 : num / den;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
