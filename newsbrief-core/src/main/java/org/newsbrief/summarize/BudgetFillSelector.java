package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Degrades gracefully where the readable candidates cannot fill the budget (short stories such
 * as Multi-News's truncated inputs, or articles whose sentences run long): after the wrapped
 * selector has chosen, while the budget has room, adds the best-scored sentences that pass every
 * {@link CandidateFilter} rule but the upper length bound ({@link SentencePool#isCandidateOfAnyLength}):
 * a whole sentence of 70 words reads better than room left unused. Sentences nearly repeating a
 * chosen one are skipped. A budget already full is left alone, so stories with enough candidates
 * get exactly the wrapped selector's choice. Where even that leaves the summary empty (a story of
 * a few short sentences, none of {@link CandidateFilter#MIN_WORDS} words), the last resort takes
 * the best-scored whole sentences of any length that are no byline or dateline
 * ({@link SentencePool#isWholeSentence}), within the budget, so that a story with such a sentence
 * never gets an empty summary. Immutable and thread-safe when the wrapped selector is.
 */
public final class BudgetFillSelector implements SentenceSelector {

    private final SentenceSelector selector;
    private final double redundancy;

    /** Skips sentences at cosine {@link Redundancy#NEAR_DUPLICATE} or more to a chosen one. */
    public BudgetFillSelector(SentenceSelector selector) {
        this(selector, Redundancy.NEAR_DUPLICATE);
    }

    /** Skips sentences at cosine {@code redundancy} or more to a chosen one. */
    public BudgetFillSelector(SentenceSelector selector, double redundancy) {
        this.selector = Objects.requireNonNull(selector, "selector");
        this.redundancy = redundancy;
    }

    @Override
    public List<Integer> select(SentencePool pool, double[] scores, Budget budget) {
        List<Integer> chosen = new ArrayList<>(selector.select(pool, scores, budget));
        int used = chosen.stream().mapToInt(i -> pool.cost(i, budget)).sum();
        if (budget.isFull(used)) {
            return chosen;
        }
        Set<Integer> taken = new HashSet<>(chosen);
        used = fill(pool, scores, budget, chosen, used, redundancy,
                i -> !taken.contains(i) && !pool.isCandidate(i) && pool.isCandidateOfAnyLength(i));
        if (chosen.isEmpty()) {
            fill(pool, scores, budget, chosen, used, redundancy, pool::isWholeSentence);
        }
        return chosen;
    }

    /** Adds the best-scored sentences that pass {@code eligible} while they fit; returns the words used. */
    private static int fill(SentencePool pool, double[] scores, Budget budget, List<Integer> chosen, int used,
            double redundancy, IntPredicate eligible) {
        List<Integer> order = IntStream.range(0, pool.size())
                .filter(eligible)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                .toList();
        for (int i : order) {
            int cost = pool.cost(i, budget);
            if (budget.isFull(used)) {
                break;
            }
            if (cost > 0 && budget.fits(used, cost) && Redundancy.max(pool, i, chosen) < redundancy) {
                chosen.add(i);
                used += cost;
            }
        }
        return used;
    }
}
