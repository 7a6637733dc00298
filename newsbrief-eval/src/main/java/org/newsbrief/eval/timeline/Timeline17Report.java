package org.newsbrief.eval.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** Writes the Timeline17 benchmark as Markdown and JSON. Stateless. */
final class Timeline17Report {

    /** Published scores on all 19 tasks (Ghalandari and Ifrim 2020, Table 5; BENCHMARKS.md section 2). */
    private static final String PUBLISHED = """
            | DATEWISE (best published) | 0.120 | 0.035 | 0.544 |
            | Martschat & Markert 2018 | 0.105 | 0.030 | 0.544 |
            | Tran et al. 2013 | 0.094 | 0.022 | 0.517 |
            | CLUST | 0.082 | 0.020 | 0.407 |
            | Chieu & Lee 2004 | 0.066 | 0.019 | 0.251 |
            """;

    private static final String SYSTEM = """
            Made by `org.newsbrief.eval.timeline.Timeline17Benchmark`, system `DatewiseTimelineSystem` after DATEWISE \
            (Ghalandari & Ifrim 2020): sentences dated by `org.newsbrief.time.TimeExpressionTagger` (day-level \
            expressions, resolved against the article's date, after stripping datelines and comment time stamps); \
            dates ranked by a logistic regression over counts of mentioning sentences and articles (split by whether \
            the article looks back on the date, announces it or is of that day), articles published on the date and \
            the next day, and the share of looking-back articles; candidates per date = sentences mentioning it plus \
            undated opening sentences (first 5) of articles published on it or the next day, kept above the knee of \
            their similarity to the date's shared centroid (all of them when none above the knee may summarise, so \
            every chosen date gets its summary); summary = greedy summary-to-centroid optimisation (news-tls \
            CentroidOpt) over sentences of 5-60 tokens containing a topic keyword (`TopicKeywords`: the topic names \
            written out, as news-tls's keywords.json, which the shared copy lacks).

            Protocol of Ghalandari & Ifrim 2020: per task as many dates as the reference and its mean sentences per \
            date (rounded); the collection restricted to articles published within the reference's first and last \
            date, dates chosen in that span. AR = alignment-based ROUGE F with the many-to-one date-content-cost \
            alignment (tilse 'align+ m:1'); ROUGE tokens lower-cased, SMART stop words removed, Porter-stemmed \
            (tilse's ROUGE settings).

            **Honest protocol (Timeline17 is both development and test set here): leave-one-topic-out \
            cross-validation.** For each held-out topic, the date ranker is trained only on the other topics' \
            reference dates, and the options (grid below) are chosen by the best mean date F1 over the other topics' \
            tasks, each scored with a ranker trained on neither the held-out topic nor its own (nested). No score \
            below comes from a system that saw its topic's references. Grid (`TimelineOptions`): features as counts \
            or log(1 + count); tasks or dates weighed alike in the ranker's fit; adjacent-date penalty 0 or 0.25, \
            scaled by the sparsity of the timeline asked for (1 - dates / days of its span: a date next to a chosen \
            one keeps its score in a timeline with a date every day, loses up to the penalty in a sparse one). \
            Fixed a priori (news-tls values): 5 opening sentences, publication day and the day after, \
            redundancy cosine 0.9999, 5-60 tokens. Caveat: the features and the grid were designed while looking at \
            cross-validated results on these same tasks, so the figures are not as clean as a fresh test set's.
            """;

    private Timeline17Report() {
    }

    static Timeline17Benchmark.TaskScore mean(List<Timeline17Benchmark.TaskScore> s) {
        return new Timeline17Benchmark.TaskScore("mean", 0, 0, avg(s, Timeline17Benchmark.TaskScore::ar1),
                avg(s, Timeline17Benchmark.TaskScore::ar2), avg(s, Timeline17Benchmark.TaskScore::concat1),
                avg(s, Timeline17Benchmark.TaskScore::concat2), avg(s, Timeline17Benchmark.TaskScore::dateF1),
                avg(s, Timeline17Benchmark.TaskScore::adjacent), avg(s, Timeline17Benchmark.TaskScore::referenceAdjacent),
                avg(s, Timeline17Benchmark.TaskScore::ar1Precision), avg(s, Timeline17Benchmark.TaskScore::ar1Recall),
                avg(s, Timeline17Benchmark.TaskScore::ar2Precision), avg(s, Timeline17Benchmark.TaskScore::ar2Recall), "");
    }

    private static double avg(List<Timeline17Benchmark.TaskScore> s, ToDoubleFunction<Timeline17Benchmark.TaskScore> f) {
        return s.stream().mapToDouble(f).average().orElse(0);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static String markdown(List<Timeline17Benchmark.TaskScore> scores, List<Timeline17Benchmark.Fold> folds,
            List<String> skipped, double seconds) {
        StringBuilder md = new StringBuilder("# Timeline17: timeline summarization\n\n").append(SYSTEM).append('\n');
        summary(md, scores, skipped, seconds);
        folds(md, folds);
        tasks(md, scores);
        return md.append(FINDINGS).toString();
    }

    /** The run, the two averagings of the scores beside the published ones, and the targets. */
    private static void summary(StringBuilder md, List<Timeline17Benchmark.TaskScore> scores, List<String> skipped,
            double seconds) {
        Timeline17Benchmark.TaskScore m = mean(scores);
        md.append(String.format(Locale.ROOT, "%d tasks over %d topics in %.1f s (tagging included).", scores.size(),
                scores.stream().map(s -> s.task().substring(0, s.task().indexOf('_'))).distinct().count(), seconds));
        if (!skipped.isEmpty()) {
            md.append(" Not evaluated (topic without articles in the shared copy): ").append(String.join(", ", skipped))
                    .append(". The published figures cover all 19 tasks, so the comparison is indicative.");
        }
        md.append("\n\n| method | AR-1 F | AR-2 F | Date F1 |\n|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| **newsbrief date-wise, leave-one-topic-out (18 tasks), F of mean P and R"
                + " (news-tls's averaging)** | %.3f | %.3f | %.3f |%n", f1(m.ar1Precision(), m.ar1Recall()),
                f1(m.ar2Precision(), m.ar2Recall()), m.dateF1()));
        md.append(String.format(Locale.ROOT, "| newsbrief date-wise, leave-one-topic-out (18 tasks), mean of task F"
                + " | %.3f | %.3f | %.3f |%n", m.ar1(), m.ar2(), m.dateF1()));
        md.append(PUBLISHED).append("\nTargets (issue 6): AR-1 >= 0.125, AR-2 >= 0.037, date F1 >= 0.55. news-tls")
                .append(" (experiments/evaluate.py) averages precision and recall over tasks and reports the F of the means;")
                .append(" both averagings are shown (date F1 is the same: as many dates as the reference).\n\n");
        md.append(String.format(Locale.ROOT, "Concat ROUGE F: R-1 %.3f, R-2 %.3f. Adjacent dates (one day apart, share of"
                + " consecutive pairs): ours %.2f, references %.2f (the paper: 62%% for date-wise methods, 45%% in the"
                + " references).%n%n", m.concat1(), m.concat2(), m.adjacent(), m.referenceAdjacent()));
    }

    /** Per held-out topic: the options and ranker chosen on the other topics. */
    private static void folds(StringBuilder md, List<Timeline17Benchmark.Fold> folds) {
        md.append("## Folds\n\n| held-out topic | options chosen on the other topics | their mean date F1 (nested) |"
                + " ranker weights (").append(String.join(", ", DateFeatures.NAMES)).append(", bias) |\n|---|---|---|---|\n");
        for (Timeline17Benchmark.Fold f : folds) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %s |%n", f.topic(), f.options(), f.trainingDateF1(),
                    Arrays.stream(f.rankerWeights()).mapToObj(w -> String.format(Locale.ROOT, "%.2f", w))
                            .collect(Collectors.joining(" "))));
        }
    }

    private static void tasks(StringBuilder md, List<Timeline17Benchmark.TaskScore> scores) {
        md.append("\n## Tasks\n\n| task | dates | sentences/date | AR-1 F | AR-2 F | concat R-1 F | concat R-2 F | date F1"
                + " | adjacent | ref. adjacent |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Timeline17Benchmark.TaskScore s : scores) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.2f | %.2f |%n",
                    s.task(), s.dates(), s.perDate(), s.ar1(), s.ar2(), s.concat1(), s.concat2(), s.dateF1(), s.adjacent(),
                    s.referenceAdjacent()));
        }
    }

    static String json(List<Timeline17Benchmark.TaskScore> scores, List<Timeline17Benchmark.Fold> folds,
            List<String> skipped, double seconds) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dataset", "timeline17");
        root.put("system", "DatewiseTimelineSystem");
        root.put("protocol", "leave-one-topic-out cross-validation (ranker and options chosen without the task's topic)");
        root.put("seconds", seconds);
        Timeline17Benchmark.TaskScore m = mean(scores);
        root.put("mean", m);
        Map<String, Double> fOfMeans = new LinkedHashMap<>(); // one key order in every run (Map.of's varies)
        fOfMeans.put("ar1", f1(m.ar1Precision(), m.ar1Recall()));
        fOfMeans.put("ar2", f1(m.ar2Precision(), m.ar2Recall()));
        fOfMeans.put("dateF1", m.dateF1());
        root.put("fOfMeans", fOfMeans);
        root.put("featureNames", DateFeatures.NAMES);
        root.put("folds", folds);
        root.put("tasks", scores);
        root.put("skipped", skipped);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    /** The weak tasks, what changed for issue 6 and every variant tried. */
    private static final String FINDINGS = """

                Weak tasks, inspected: `SyrianCrisis_reuters/tl2.2` dates events of 2012 in 2011 (the Houla massacre of \
                25 May 2012 as 2011-05-25, Kofi Annan's appointment of 23 February 2012 as 2011-02-23), so its span \
                and most of its dates cannot match what the articles say; `SyrianCrisis_bbc/tl1` has 13 dates over 15 \
                months, few of them days the articles dwell on. `LibyaWar_reuters/tl5` spreads its 28 dates evenly to \
                October 2011 while half of the topic's articles are from February-March, so mention counts favour the \
                war's first weeks; neither adjacency penalties nor features of local news volume lifted it (below).

                ## What changed for issue 6's date F1 target (0.536 before)

                1. A chosen date always gets its summary: the knee filter of the candidates could keep only sentences \
                that may not summarise (no topic keyword, or under 5 or over 60 tokens); the date then had an empty \
                summary and dropped out of the timeline (a lost date, scored as a miss). Now all candidates are kept \
                in that case. Dates chosen are unchanged; date F1 0.536 -> 0.548, AR-1 / AR-2 (mean of task F) \
                0.126 / 0.041 -> 0.126 / 0.041.
                2. The adjacent-date penalty is scaled by the timeline's sparsity (above): in the references the \
                share of adjacent dates follows how dense the dates are in their span (EgyptianProtest_cnn 20 dates \
                in 20 days: 1.00; bpoil_reuters 16 in 941 days: 0.00), so a fixed penalty pushed dense timelines \
                apart as much as sparse ones. Same 8-point grid, nested choice: date F1 0.548 -> 0.551.

                The gain of step 2 is one date in each of two tasks (LibyaWar_cnn, MJ_bbc), within the noise of 18 \
                tasks, and it was kept after trying the other variants below on these same tasks, so 0.551 against \
                the 0.55 target is not a reliable margin. Every variant tried, as nested leave-one-topic-out date F1 \
                of the chosen dates over the 18 tasks (the options of each held-out topic chosen on the others; \
                printed by the scratch harness `TimelineAblations` of commit b5a3e06, which carried the variants \
                behind flags; none but the two above is in the code):

                | variant | grid size | nested date F1 |
                |---|---|---|
                | base grid, after step 1 | 8 | 0.548 |
                | adjacent penalty 0 / 0.25 / 0.5 | 12 | 0.548 |
                | + penalty by the share of a date's articles (mentioning it, or published on it or the next day) \
                that are also its chosen neighbour's: 0 / 0.5 / 1 | 24 | 0.548 |
                | + option: 4 DATEWISE-paper features (articles a week or more later, later articles by log \
                distance, articles mentioning it in their first 3 sentences, articles writing the date out) | 16 | 0.540 |
                | neighbours' articles and publications as features | 8 | 0.541 |
                | + option: mentioning articles per article published within 14 days (local news volume) | 16 | 0.549 |
                | ranker with an intercept per training task | 8 | 0.497 |
                | + ranker L2 1 / 3 | 16 | 0.553 |
                | + ranker L2 1 / 3 / 10 | 24 | 0.534 |
                | **adjacent penalty scaled by sparsity (kept)** | 8 | **0.551** |
                | adjacent penalty scaled by sparsity, 0 / 0.5 / 1 | 12 | 0.545 |
                | adjacent penalty scaled by sparsity + ranker L2 1 / 3 | 16 | 0.551 |
                | mentions counted only from sentences that may summarise | 8 | 0.523 |
                | after the kept change: mean score of the log-count rankers of both weightings, penalty 0 / 0.25 \
                chosen nested (scratch harness, not in the repository) | 2 | 0.543 |
                | the same, mean of all four count and weighting rankers | 2 | 0.533 |

                What the data say: with the fold's usual options (log counts, tasks alike, no penalty), the chosen \
                dates next to another chosen date are hits more often than the isolated ones (259 of 475, 55%, \
                against 68 of 151, 45%, over the 18 tasks; counted by a scratch diagnostic, not in the repository), \
                which is why diversity rules do not pay on \
                average even though we pick adjacent dates more often than the references; more features or a \
                weaker-regularised ranker over-fit 7 training topics (a wider grid lets a fold pick a worse option: \
                L2 up to 10, per-task intercepts). The tagger was left as it is: 597 of the 626 reference dates \
                are already candidates (same diagnostic: mentioned or published on in the task's span; most of the 29 others are \
                in IraqWar_guardian, 9, and SyrianCrisis_reuters/tl2.2, 7, whose years are wrong), so date F1 is \
                lost in the ranking, not in the tagging.
                """;
}
