package org.newsbrief.eval.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.newsbrief.eval.rouge.RougeScore;
import org.newsbrief.eval.rouge.RougeScorer;
import org.newsbrief.summarize.Budget;
import org.newsbrief.summarize.SentencePool;

/**
 * The greedy extractive oracle (as in Nallapati et al. 2017's labels): starting from nothing,
 * adds the allowed sentence that most raises ROUGE-1 plus ROUGE-2 (F, or recall under the DUC
 * protocol) of the summary against the references, scored by the project's own ROUGE, while a sentence fits the budget and raises the
 * score. It shows how much room a sentence extractor has above a baseline, and its choice labels
 * the sentences that {@link SentenceScorerTraining} learns from. Because ROUGE F also rewards a
 * shorter summary (precision), the oracle can instead be made to {@code fill} the budget as every
 * summarizer does: it then keeps taking the best remaining sentence while one fits, which
 * measures the headroom of choosing sentences rather than of choosing a length. Stateless.
 */
public final class ExtractiveOracle {

    private ExtractiveOracle() {
    }

    /**
     * Pool indexes of the oracle summary, in pool order.
     *
     * @param fill whether to keep adding the best sentence while one fits, even where it lowers the score
     * @param recall whether to score by recall (the DUC protocol) instead of F (Multi-News)
     */
    public static List<Integer> select(SentencePool pool, IntPredicate allowed, List<List<String>> references,
            RougeScorer scorer, Budget budget, boolean fill, boolean recall) {
        List<Integer> chosen = new ArrayList<>();
        int used = 0;
        double current = 0;
        while (true) {
            int best = -1;
            double bestScore = fill ? Double.NEGATIVE_INFINITY : current;
            for (int i = 0; i < pool.size(); i++) {
                int cost = pool.cost(i, budget);
                if (cost == 0 || !allowed.test(i) || chosen.contains(i) || !budget.fits(used, cost)) {
                    continue;
                }
                List<Integer> trial = new ArrayList<>(chosen);
                trial.add(i);
                double score = rouge12(pool, trial, references, scorer, recall);
                if (score > bestScore + 1e-9) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(best);
            used += pool.cost(best, budget);
            current = bestScore;
        }
        Collections.sort(chosen);
        return chosen;
    }

    /** ROUGE-1 plus ROUGE-2 (F, or recall) of the given sentences, in pool order. */
    static double rouge12(SentencePool pool, List<Integer> sentences, List<List<String>> references, RougeScorer scorer,
            boolean recall) {
        Map<String, RougeScore> scores = scorer.score(lines(pool, sentences), references);
        return recall ? scores.get("ROUGE-1").recall() + scores.get("ROUGE-2").recall()
                : scores.get("ROUGE-1").f() + scores.get("ROUGE-2").f();
    }

    /** The sentences' texts, in pool order, as a summary's lines. */
    public static List<String> lines(SentencePool pool, List<Integer> sentences) {
        return sentences.stream().sorted().map(i -> pool.sentence(i).text().strip()).toList();
    }
}
