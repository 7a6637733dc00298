package org.newsbrief.summarize;

import java.util.List;

/**
 * Concept coverage (Gillick and Favre 2009) solved greedily: repeatedly adds the sentence with
 * the best ratio of newly covered concept weight to length (without the paper's final comparison
 * with the best single sentence, which never wins at summary lengths of several sentences). The exact integer program is solved by the optional
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
        return BudgetedGreedy.select(pool, budget, new BudgetedGreedy.Objective() {
            @Override
            public double score(int i, int cost) {
                double gain = 0;
                for (int c : concepts.of(i)) {
                    gain += covered[c] ? 0 : concepts.weight(c);
                }
                return gain / cost;
            }

            @Override
            public void take(int i) {
                for (int c : concepts.of(i)) {
                    covered[c] = true;
                }
            }
        });
    }
}
