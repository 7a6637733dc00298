package org.newsbrief.eval.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
            Map.entry("extra: weekday", "Mostly HeidelTime misses weekdays in the tokenised text or resolves a future weekday"
                    + " backwards; ours follow the past/future convention. Both err when a weekday refers to an earlier report."),
            Map.entry("extra: year", "'in 2004', 'since 1998': HeidelTime often stores no value for these (nulls in the"
                    + " corpus); we keep them as years. Ours are right as year mentions."),
            Map.entry("extra: month-day", "Written dates without a year: we pick the year that puts them nearest before"
                    + " publication; disagreements are usually HeidelTime missing the mention (nulls) rather than a different year."),
            Map.entry("extra: deictic", "'today', 'yesterday': HeidelTime stores 'today' as PRESENT_REF (no date), so"
                    + " ours add the publication day. Ours are right; the sentence is about that day."),
            Map.entry("missed: weekday", "HeidelTime resolves weekdays where we found none, or a different one; most are"
                    + " weekdays we resolved to another week (future tense) or that our patterns did not reach."),
            Map.entry("missed: not written", "HeidelTime dates with no surface form we can find: anchored relative"
                    + " expressions ('the next day', 'that week') resolved against an earlier date; we do not chain anchors."),
            Map.entry("missed: year", "Bare years without a preposition ('the 2009 election'): we only accept years after"
                    + " a time preposition, to avoid counts; HeidelTime is right on most but also tags counts."),
            Map.entry("missed: month", "Bare month names ('in March'): HeidelTime gives the month; we do not resolve a bare"
                    + " month name yet. HeidelTime is right."));

    private HeidelTimeAgreementReport() {
    }

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : SharedDataFolder.find("timeline17")
                .orElseThrow(() -> new IllegalArgumentException("../shared/data/timeline17 not found; give its path"));
        Path out = Path.of(args.length > 1 ? args[1] : "bench/timeline17-dates.md");
        long start = System.nanoTime();
        DateAgreement agreement = new DateAgreement();
        for (Timeline17Corpus.Topic topic : Timeline17Corpus.read(root)) {
            topic.articles().forEach(agreement::add);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown(agreement, seconds), StandardCharsets.UTF_8);
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
