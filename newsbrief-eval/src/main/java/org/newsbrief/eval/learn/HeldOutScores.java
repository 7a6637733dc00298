package org.newsbrief.eval.learn;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.newsbrief.eval.experiment.ClusterWork;
import org.newsbrief.eval.experiment.Protocol;
import org.newsbrief.eval.rouge.RougeScore;
import org.newsbrief.eval.rouge.RougeScorer;
import org.newsbrief.summarize.SentencePool;
import org.newsbrief.summarize.Summarizer;

/**
 * Per-story ROUGE-1 and ROUGE-2 (recall or F, as the protocol says, x100), in story order, of the
 * summaries a cross-validation gives: each story summarized by its own summarizer (its fold's
 * model) and scored by the project's ROUGE. Every story is scored once, so the per-story scores
 * pair with any other summarizer's on the same stories.
 */
public record HeldOutScores(double[] rouge1, double[] rouge2) {

    /**
     * Scores story {@code c} (its pool and references) summarized by {@code summarizer.apply(c)}
     * under the protocol's budget.
     */
    public static HeldOutScores of(List<SentencePool> pools, List<List<List<String>>> references, Protocol protocol,
            int threads, IntFunction<Summarizer> summarizer) {
        RougeScorer scorer = new RougeScorer(protocol.rouge());
        List<double[]> rows = ClusterWork.map(IntStream.range(0, pools.size()).boxed().toList(), threads, c -> {
            List<String> lines = summarizer.apply(c).summarize(pools.get(c), protocol.budget()).sentences().stream()
                    .map(s -> s.text().strip()).toList();
            Map<String, RougeScore> s = scorer.score(lines, references.get(c));
            return new double[] {value(s.get("ROUGE-1"), protocol), value(s.get("ROUGE-2"), protocol)};
        });
        return new HeldOutScores(rows.stream().mapToDouble(r -> 100 * r[0]).toArray(),
                rows.stream().mapToDouble(r -> 100 * r[1]).toArray());
    }

    /** The plain mean of the per-story ROUGE-1. */
    public double meanRouge1() {
        return java.util.Arrays.stream(rouge1).average().orElse(0);
    }

    /** The plain mean of the per-story ROUGE-2. */
    public double meanRouge2() {
        return java.util.Arrays.stream(rouge2).average().orElse(0);
    }

    private static double value(RougeScore score, Protocol protocol) {
        return protocol.recall() ? score.recall() : score.f();
    }
}
