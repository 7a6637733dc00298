package org.newsbrief.summarize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The default selector: maximises covered concept weight plus sentence salience,
 * {@code sum_c w_c [c covered] + lambda * sum_s q_s}, a monotone submodular objective, by the
 * budgeted greedy algorithm with cost scaling ({@code gain / cost^r}). Concepts are the bigrams
 * of {@link Concepts}, weighted by the number of documents holding them and boosted when they
 * appear among an article's opening sentences, where news puts its main facts; salience
 * {@code q_s} is the scorer's score, scaled to the mean concept weight. With
 * {@link Options#leadFirst()} (the default) the greedy starts from the story's best article lead
 * ({@link #bestLead}), so that a brief opens the way news does. Immutable and thread-safe.
 */
public final class CoverageSelector implements SentenceSelector {

    /**
     * Options, chosen on DUC 2003 and the first 1,000 Multi-News validation clusters, never on DUC 2004
     * (bench/tuning-duc2003-coverage-3.md and -4.md, bench/tuning-multinews-1000-2.md and -3.md, bench/README.md).
     *
     * @param salienceWeight {@code lambda}, weight of the scorer's salience against coverage
     * @param openingBoost extra weight share of a concept found in an article's opening sentences
     * @param openingSentences how many sentences of each article count as its opening
     * @param costScaling {@code r}, exponent of the sentence length in the greedy ratio
     * @param leadFirst whether the summary starts from the story's best article lead: of the
     *     articles' first readable sentences, the one the scorer rates highest (centrality,
     *     which rewards what several outlets report, plus position), as a news reader expects
     */
    public record Options(double salienceWeight, double openingBoost, int openingSentences, double costScaling,
            boolean leadFirst) {
        public static final Options DEFAULTS = new Options(2.0, 1.0, 5, 0.5, true);

        public Options {
            if (salienceWeight < 0 || openingBoost < 0 || openingSentences < 0 || costScaling < 0 || costScaling > 2) {
                throw new IllegalArgumentException("invalid coverage options: " + salienceWeight + ", " + openingBoost
                        + ", " + openingSentences + ", " + costScaling);
            }
        }

        /** Parses {@code salience=1+opening=0.5+openingSentences=3+cost=1+lead=1}, starting from the defaults. */
        public static Options parse(String text) {
            Options o = DEFAULTS;
            for (String pair : text.split("\\+")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("expected name=value, not '" + pair + "'");
                }
                double v = Double.parseDouble(kv[1]);
                o = switch (kv[0].strip()) {
                    case "salience" -> new Options(v, o.openingBoost, o.openingSentences, o.costScaling, o.leadFirst);
                    case "opening" -> new Options(o.salienceWeight, v, o.openingSentences, o.costScaling, o.leadFirst);
                    case "openingSentences" -> new Options(o.salienceWeight, o.openingBoost, (int) v, o.costScaling, o.leadFirst);
                    case "cost" -> new Options(o.salienceWeight, o.openingBoost, o.openingSentences, v, o.leadFirst);
                    case "lead" -> new Options(o.salienceWeight, o.openingBoost, o.openingSentences, o.costScaling, v != 0);
                    default -> throw new IllegalArgumentException("unknown coverage option '" + kv[0]
                            + "'; valid: salience, opening, openingSentences, cost, lead (and fill for the default)");
                };
            }
            return o;
        }
    }

    private final Options options;

    public CoverageSelector(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public List<Integer> select(SentencePool pool, double[] scores, Budget budget) {
        Concepts concepts = new Concepts(pool, ConceptCoverageSelector.MIN_DOCUMENTS);
        double[] weights = weights(pool, concepts);
        double[] salience = scaledSalience(pool, scores, weights);
        boolean[] covered = new boolean[weights.length];
        List<Integer> first = options.leadFirst() ? bestLead(pool, scores, budget) : List.of();
        return BudgetedGreedy.select(pool, budget, new BudgetedGreedy.Objective() {
            @Override
            public double score(int i, int cost) {
                double gain = options.salienceWeight() * salience[i];
                for (int c : concepts.of(i)) {
                    gain += covered[c] ? 0 : weights[c];
                }
                return gain / Math.pow(cost, options.costScaling());
            }

            @Override
            public void take(int i) {
                for (int c : concepts.of(i)) {
                    covered[c] = true;
                }
            }

            @Override
            public boolean eligible(int i, List<Integer> chosen) {
                return Redundancy.max(pool, i, chosen) < NEAR_DUPLICATE;
            }
        }, first);
    }

    /**
     * The first readable sentence of each article (captions and fragments before it are passed
     * over), the highest scored of them; none when no article has one that fits the budget.
     */
    static List<Integer> bestLead(SentencePool pool, double[] scores, Budget budget) {
        int best = -1;
        int document = -1;
        for (int i = 0; i < pool.size(); i++) {
            if (pool.documentIndex(i) == document || !pool.isCandidate(i)) {
                continue;
            }
            document = pool.documentIndex(i);
            int cost = pool.cost(i, budget);
            if (cost > 0 && pool.termIds(i).length > 0 && budget.fits(0, cost) && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return best < 0 ? List.of() : List.of(best);
    }

    /** Sentences this similar to a chosen one repeat it, whatever concepts they add. */
    private static final double NEAR_DUPLICATE = 0.7;

    private double[] weights(SentencePool pool, Concepts concepts) {
        Set<Integer> inOpenings = new HashSet<>();
        for (int i = 0; i < pool.size(); i++) {
            if (pool.sentence(i).index() < options.openingSentences()) {
                for (int c : concepts.of(i)) {
                    inOpenings.add(c);
                }
            }
        }
        double[] weights = new double[concepts.count()];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = concepts.weight(c) * (inOpenings.contains(c) ? 1 + options.openingBoost() : 1);
        }
        return weights;
    }

    /** Scores rescaled to [0, 1] times the mean concept weight, so lambda is comparable across stories. */
    private static double[] scaledSalience(SentencePool pool, double[] scores, double[] weights) {
        double max = 0;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double meanWeight = weights.length == 0 ? 1 : java.util.Arrays.stream(weights).average().orElse(1);
        double[] scaled = new double[pool.size()];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = max > 0 ? Math.max(0, scores[i]) / max * meanWeight : 0;
        }
        return scaled;
    }
}
