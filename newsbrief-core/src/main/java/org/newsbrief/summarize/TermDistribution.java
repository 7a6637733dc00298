package org.newsbrief.summarize;

/** Term probabilities of a story: counts over all its sentences, normalised. Stateless. */
final class TermDistribution {

    private TermDistribution() {
    }

    static double[] of(SentencePool pool) {
        double[] counts = new double[pool.vocabularySize()];
        double total = 0;
        for (int i = 0; i < pool.size(); i++) {
            for (int id : pool.termIds(i)) {
                counts[id]++;
                total++;
            }
        }
        if (total > 0) {
            for (int id = 0; id < counts.length; id++) {
                counts[id] /= total;
            }
        }
        return counts;
    }
}
