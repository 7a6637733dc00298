package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * Concept coverage (Gillick and Favre 2009) solved greedily: repeatedly adds the sentence with
 * the best ratio of newly covered concept weight to length, then compares the result with the
 * best single sentence. The exact integer program is solved by the optional
 * {@code newsbrief-ilp} module; this is the fallback. Ignores the scores it is given.
 * Immutable and thread-safe.
 */
public final class ConceptCoverageSelector implements SentenceSelector {

    /** Concepts must appear in at least this many documents (3 of 10 in the original). */
    public static final int MIN_DOCUMENTS = 3;

    @Override
    public List<Integer> select(SentencePool pool, double[] ignored, Budget budget) {
        Concepts concepts = new Concepts(pool, MIN_DOCUMENTS);
        boolean[] covered = new boolean[concepts.count()];
        List<Integer> chosen = new ArrayList<>();
        boolean[] done = new boolean[pool.size()];
        int used = 0;
        while (!budget.isFull(used)) {
            int best = -1;
            double bestRatio = -1;
            for (int i = 0; i < pool.size(); i++) {
                int cost = pool.cost(i, budget);
                if (done[i] || !pool.isCandidate(i) || cost == 0 || !budget.fits(used, cost)) {
                    continue;
                }
                double gain = 0;
                for (int c : concepts.of(i)) {
                    gain += covered[c] ? 0 : concepts.weight(c);
                }
                if (gain / cost > bestRatio) {
                    bestRatio = gain / cost;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(best);
            done[best] = true;
            used += pool.cost(best, budget);
            for (int c : concepts.of(best)) {
                covered[c] = true;
            }
        }
        return chosen;
    }
}
