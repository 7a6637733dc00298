package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lets a summary keep reading: after the wrapped selector has chosen, while the budget has room,
 * adds the sentence that follows a chosen sentence in its article, also when it opens with a
 * pronoun or connective ("He said ...", "But ..."), since reading order puts it right after the
 * sentence it depends on. Sentences following earlier choices go first. Matters where the
 * readable candidates alone cannot fill the budget (short stories such as Multi-News's
 * truncated inputs); a budget that fills to its limit is already full. A following sentence that
 * repeats a chosen one (TF-IDF cosine at or above the redundancy cut, where one is given) is
 * passed over. Immutable and thread-safe when the wrapped selector is.
 */
public final class ContinuationSelector implements SentenceSelector {

    private final SentenceSelector selector;
    private final double redundancy;

    /** Adds following sentences however close they are to chosen ones. */
    public ContinuationSelector(SentenceSelector selector) {
        this(selector, Double.POSITIVE_INFINITY);
    }

    /** Adds following sentences whose cosine to every chosen one stays below {@code redundancy}. */
    public ContinuationSelector(SentenceSelector selector, double redundancy) {
        this.selector = Objects.requireNonNull(selector, "selector");
        this.redundancy = redundancy;
    }

    @Override
    public List<Integer> select(SentencePool pool, double[] scores, Budget budget) {
        List<Integer> chosen = new ArrayList<>(selector.select(pool, scores, budget));
        Set<Integer> taken = new HashSet<>(chosen);
        int used = chosen.stream().mapToInt(i -> pool.cost(i, budget)).sum();
        for (int k = 0; k < chosen.size() && !budget.isFull(used); k++) {
            int next = chosen.get(k) + 1;
            if (next >= pool.size() || taken.contains(next) || pool.documentIndex(next) != pool.documentIndex(chosen.get(k))
                    || !pool.isCandidateAfterItsPredecessor(next)) {
                continue;
            }
            int cost = pool.cost(next, budget);
            if (cost > 0 && budget.fits(used, cost) && Redundancy.max(pool, next, chosen) < redundancy) {
                chosen.add(next);
                taken.add(next);
                used += cost;
            }
        }
        return chosen;
    }
}
