package org.newsbrief.eval.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts of n-grams or skip-bigrams of one text, with their total. Not thread-safe. */
final class GramCounts {

    final Map<String, Integer> counts = new HashMap<>();
    int total;

    private void add(String gram) {
        counts.merge(gram, 1, Integer::sum);
        total++;
    }

    static GramCounts ngrams(List<String> tokens, int n) {
        GramCounts grams = new GramCounts();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.add(n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n)));
        }
        return grams;
    }

    /**
     * Skip-bigrams with at most {@code gap} words between (negative: any), as the script makes
     * them: with {@code unigrams}, every token but the last also counts alone.
     */
    static GramCounts skipBigrams(List<String> tokens, int gap, boolean unigrams) {
        GramCounts grams = new GramCounts();
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (unigrams) {
                grams.add(tokens.get(i));
            }
            for (int j = i + 1; j < tokens.size() && (gap < 0 || j <= i + gap + 1); j++) {
                grams.add(tokens.get(i) + " " + tokens.get(j));
            }
        }
        return grams;
    }

    /** Clipped matches: for every gram of {@code model}, the smaller of the two counts. */
    int hits(GramCounts peer) {
        int hits = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            Integer inPeer = peer.counts.get(entry.getKey());
            if (inPeer != null) {
                hits += Math.min(inPeer, entry.getValue());
            }
        }
        return hits;
    }
}
