package org.newsbrief.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * KL-Sum (Haghighi and Vanderwende 2009) as the GreedyKL baseline of Hong et al. (2014) runs
 * it: greedily adds the sentence that leaves the summary's word distribution closest to the
 * story's, by the divergence of the summary from the story, {@code KL(summary || story)}, until
 * the budget is full. Ignores the scores it is given. Immutable and thread-safe.
 *
 * <p>Why this direction: the GreedyKL summaries that Hong et al. released (SumRepo, DUC 2004)
 * hold long sentences (15 to 43 words, median 32) and never a short one, and their sentences
 * come in the order the greedy picks them. {@code KL(summary || story)} rewards a summary whose
 * own distribution is spread over many of the story's frequent words, so it picks such
 * sentences and reproduces 79 of SumRepo's 216 GreedyKL sentences verbatim. The other direction,
 * {@code KL(story || summary)} with a smoothed summary distribution (this class until issue 4),
 * pays for each word the summary adds to its normaliser and so picks short sentences (median 12
 * words) and reproduces 18. Every word of a summary occurs in the story, so this direction needs
 * no smoothing. Words are the pool's terms (stemmed, stop words removed), with repeats.
 */
public final class KlSumSelector implements SentenceSelector {

    @Override
    public List<Integer> select(SentencePool pool, double[] ignored, Budget budget) {
        double[] story = TermDistribution.of(pool);
        Divergence summary = new Divergence(story);
        return BudgetedGreedy.select(pool, budget, new BudgetedGreedy.Objective() {
            @Override
            public double score(int i, int cost) {
                return -summary.divergenceWith(pool.termIds(i));
            }

            @Override
            public void take(int i) {
                summary.add(pool.termIds(i));
            }
        });
    }

    /**
     * {@code KL(Q || P)} of the chosen sentences' term distribution {@code Q} from the story's
     * {@code P}, kept as {@code A = sum_w c_w log c_w} and {@code B = sum_w c_w log p_w} over the
     * summary's term counts {@code c_w} (total {@code T}), so that
     * {@code KL = (A - B) / T - log T} and a candidate costs its own length, not the vocabulary's.
     * Not thread-safe: one per selection.
     */
    static final class Divergence {

        private final double[] logStory;
        private final double[] counts;
        private double entropyPart;
        private double crossPart;
        private double total;

        Divergence(double[] story) {
            this.logStory = new double[story.length];
            for (int id = 0; id < story.length; id++) {
                logStory[id] = Math.log(story[id]);
            }
            this.counts = new double[story.length];
        }

        /** {@code KL(summary + sentence || story)}; 0 for an empty summary and sentence. */
        double divergenceWith(int[] sentence) {
            if (total + sentence.length == 0) {
                return 0;
            }
            Map<Integer, Integer> added = new HashMap<>();
            for (int id : sentence) {
                added.merge(id, 1, Integer::sum);
            }
            double a = entropyPart;
            double b = crossPart;
            for (Map.Entry<Integer, Integer> entry : added.entrySet()) {
                int id = entry.getKey();
                double before = counts[id];
                double after = before + entry.getValue();
                a += xLogX(after) - xLogX(before);
                b += entry.getValue() * logStory[id];
            }
            double t = total + sentence.length;
            return (a - b) / t - Math.log(t);
        }

        void add(int[] sentence) {
            for (int id : sentence) {
                entropyPart += xLogX(counts[id] + 1) - xLogX(counts[id]);
                crossPart += logStory[id];
                counts[id]++;
                total++;
            }
        }

        private static double xLogX(double x) {
            return x == 0 ? 0 : x * Math.log(x);
        }
    }
}
