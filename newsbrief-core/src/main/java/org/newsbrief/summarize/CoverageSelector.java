package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.model.Sentence;

/**
 * The default selector: maximises covered concept weight plus sentence salience,
 * {@code sum_c w_c [c covered] + lambda * sum_s q_s}, a monotone submodular objective, by the
 * budgeted greedy algorithm with cost scaling ({@code gain / cost^r}). Concepts are the bigrams
 * of {@link Concepts}, weighted by the number of documents holding them and boosted when they
 * appear among an article's opening sentences, where news puts its main facts; salience
 * {@code q_s} is the scorer's score, scaled to the mean concept weight. With
 * {@link Options#leadFirst()} (the default) the greedy starts from the story's best article lead
 * ({@link #bestLead}), so that a brief opens the way news does. With {@link LearnedConceptWeights}
 * a concept weighs what a model of its features predicts instead of its document frequency (the
 * default summarizer since bench/README.md step 13). Immutable and thread-safe.
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
     * @param unigramWeight {@code alpha}: when above 0, content-word unigrams are concepts too,
     *     weighted {@code alpha} times their support ({@link Concepts}); 0 (the default) keeps
     *     bigrams only
     * @param supportExponent {@code p}: a concept weighs its support to the power {@code p}
     *     (1, the default, is plain document frequency; above 1 favours what most articles report);
     *     with {@link LearnedConceptWeights}, its learned weight to the power {@code p}
     * @param sentenceSupport whether a concept's support is the number of sentences holding it
     *     (repeats of a sentence counted once) rather than of documents (the default)
     * @param positionDecay {@code k}: when above 0, each document (or sentence) holding a concept
     *     counts {@code k / (k + position)}, its position being the sentence's index in its
     *     article (for a document, the first sentence holding the concept): a smooth form of the
     *     opening boost; 0 (the default) counts each 1
     * @param compression when above 0, the greedy may also take a shortened version of a sentence
     *     made by the {@link SentenceCompressor} rules of that level and below (1: brackets,
     *     opening phrases, attributions, appositives; 2: also non-restrictive relative clauses and
     *     closing "saying ..." phrases); 0 (the default) takes whole sentences only. At most one
     *     version of each sentence; a shortened one holds the source's concepts left in it and
     *     costs its own words ({@link #choose}, {@link CompressingSummarizer})
     * @param redundancy the TF-IDF cosine to a chosen sentence at or above which a sentence repeats
     *     it, whatever concepts it adds, and is passed over
     */
    public record Options(double salienceWeight, double openingBoost, int openingSentences, double costScaling,
            boolean leadFirst, double unigramWeight, double supportExponent, boolean sentenceSupport,
            double positionDecay, int compression, double redundancy) {
        public static final Options DEFAULTS = new Options(2.0, 1.0, 5, 0.5, true);

        public Options {
            if (salienceWeight < 0 || openingBoost < 0 || openingSentences < 0 || costScaling < 0 || costScaling > 2
                    || compression < 0 || compression > SentenceCompressor.MAX_LEVEL || !(unigramWeight >= 0) || !(supportExponent >= 0 && supportExponent <= 4) || !(positionDecay >= 0)
                    || !(redundancy > 0 && redundancy <= 1)) {
                throw new IllegalArgumentException("invalid coverage options: " + salienceWeight + ", " + openingBoost
                        + ", " + openingSentences + ", " + costScaling + ", " + unigramWeight + ", " + supportExponent
                        + ", " + positionDecay + ", " + redundancy);
            }
        }

        /** Options with bigram concepts weighted by document frequency. */
        public Options(double salienceWeight, double openingBoost, int openingSentences, double costScaling,
                boolean leadFirst) {
            this(salienceWeight, openingBoost, openingSentences, costScaling, leadFirst, 0, 1, false, 0, 0, Redundancy.NEAR_DUPLICATE);
        }

        /** Whether concept weights are other than the plain document frequency of bigrams. */
        boolean reweighted() {
            return unigramWeight > 0 || supportExponent != 1 || sentenceSupport || positionDecay > 0;
        }

        /**
         * Parses {@code salience=1+opening=0.5+openingSentences=3+cost=1+lead=1+unigrams=0.25+power=1.5+support=1+decay=5+compress=1+redundancy=0.5},
         * starting from the defaults ({@code support=1}: sentence support).
         */
        public static Options parse(String text) {
            Options o = DEFAULTS;
            double salience = o.salienceWeight;
            double opening = o.openingBoost;
            int openingSentences = o.openingSentences;
            double cost = o.costScaling;
            boolean lead = o.leadFirst;
            double unigrams = o.unigramWeight;
            double power = o.supportExponent;
            boolean sentences = o.sentenceSupport;
            double decay = o.positionDecay;
            int compress = o.compression;
            double redundancy = o.redundancy;
            for (String pair : text.split("\\+")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("expected name=value, not '" + pair + "'");
                }
                double v = Double.parseDouble(kv[1]);
                switch (kv[0].strip()) {
                    case "salience" -> salience = v;
                    case "opening" -> opening = v;
                    case "openingSentences" -> openingSentences = (int) v;
                    case "cost" -> cost = v;
                    case "lead" -> lead = v != 0;
                    case "unigrams" -> unigrams = v;
                    case "power" -> power = v;
                    case "support" -> sentences = v != 0;
                    case "decay" -> decay = v;
                    case "compress" -> compress = (int) v;
                    case "redundancy" -> redundancy = v;
                    default -> throw new IllegalArgumentException("unknown coverage option '" + kv[0]
                            + "'; valid: salience, opening, openingSentences, cost, lead, unigrams, power, support, decay, compress, redundancy"
                            + " (and fill for the default)");
                }
            }
            return new Options(salience, opening, openingSentences, cost, lead, unigrams, power, sentences, decay, compress,
                    redundancy);
        }
    }

    private final Options options;
    private final LearnedConceptWeights learned; // null: concepts weigh their (reweighted) support

    public CoverageSelector(Options options) {
        this(options, null);
    }

    /**
     * A selector whose concepts weigh what {@code learned} predicts, to the power
     * {@link Options#supportExponent()} (the opening boost still applies); null for document
     * frequency, reweighted as the options say.
     */
    public CoverageSelector(Options options, LearnedConceptWeights learned) {
        this.options = java.util.Objects.requireNonNull(options, "options");
        if (learned != null && (options.unigramWeight() > 0 || options.sentenceSupport() || options.positionDecay() > 0)) {
            throw new IllegalArgumentException("learned concept weights replace the support options (unigrams, support, decay)");
        }
        this.learned = learned;
    }

    /** The cosine to a chosen sentence at or above which a sentence repeats it ({@link Options#redundancy()}). */
    double redundancy() {
        return options.redundancy();
    }

    /**
     * The chosen sentences' pool indexes; with {@link Options#compression()} these are the sources
     * of the chosen versions, whose shortened texts only {@link #choose} gives.
     */
    @Override
    public List<Integer> select(SentencePool pool, double[] scores, Budget budget) {
        return choose(pool, scores, budget).indexes();
    }

    /**
     * What the selector chose: pool indexes, and the shortened text of those it took shortened.
     *
     * @param indexes the chosen sentences (sources of shortened versions included), in choice order
     * @param shortened by pool index, the shortened version chosen instead of the whole sentence
     */
    public record Choice(List<Integer> indexes, Map<Integer, Sentence> shortened) {
        public Choice {
            indexes = List.copyOf(indexes);
            shortened = Map.copyOf(shortened);
        }
    }

    /**
     * Chooses by the budgeted greedy ({@link BudgetedGreedy}) over the pool's sentences and, with
     * {@link Options#compression()}, their shortened versions ({@link Shortenings}), items
     * {@code pool.size()} and on. The gain of an item is its salience (a version has its
     * source's) times the salience weight plus the weights of the concepts it holds that are not
     * yet covered, divided by its cost to the power of the cost scaling; a sentence too similar to
     * a chosen one is passed over.
     */
    public Choice choose(SentencePool pool, double[] scores, Budget budget) {
        Concepts concepts = concepts(pool);
        double[] weights = weights(pool, concepts);
        double[] salience = scaledSalience(pool, scores, meanBigramWeight(concepts, weights));
        boolean[] covered = new boolean[weights.length];
        Shortenings shortenings = options.compression() > 0
                ? Shortenings.of(pool, concepts, budget, options.compression())
                : Shortenings.NONE;
        List<Integer> first = options.leadFirst() ? bestLead(pool, scores, budget) : List.of();
        if (!first.isEmpty()) {
            first = List.of(shortenings.itemOf(first.get(0), pool.size()));
        }
        int n = pool.size();
        BudgetedGreedy.Objective objective = new BudgetedGreedy.Objective() {
            @Override
            public double score(int item, int cost) {
                double gain = options.salienceWeight() * salience[item < n ? item : shortenings.source(item - n)];
                for (int c : item < n ? concepts.of(item) : shortenings.concepts(item - n)) {
                    gain += covered[c] ? 0 : weights[c];
                }
                return gain / Math.pow(cost, options.costScaling());
            }

            @Override
            public void take(int item) {
                for (int c : item < n ? concepts.of(item) : shortenings.concepts(item - n)) {
                    covered[c] = true;
                }
            }

            @Override
            public boolean eligible(int i, List<Integer> chosen) {
                return Redundancy.max(pool, i, chosen) < options.redundancy();
            }
        };
        List<Integer> items = BudgetedGreedy.select(shortenings.items(pool, budget), n, budget, objective, first);
        List<Integer> indexes = new ArrayList<>();
        Map<Integer, Sentence> shortened = new HashMap<>();
        for (int item : items) {
            int source = item < n ? item : shortenings.source(item - n);
            indexes.add(source);
            if (item >= n) {
                shortened.put(source, shortenings.sentence(item - n));
            }
        }
        return new Choice(indexes, shortened);
    }

    /**
     * The first readable sentence of each article (captions and fragments before it are passed
     * over), the highest scored of them; none when no article has one that fits the budget.
     */
    static List<Integer> bestLead(SentencePool pool, double[] scores, Budget budget) {
        int best = -1;
        for (int i = 0; i < pool.size(); i++) {
            if (!pool.opensItsDocument(i)) {
                continue;
            }
            int cost = pool.cost(i, budget);
            if (cost > 0 && pool.termIds(i).length > 0 && budget.fits(0, cost) && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return best < 0 ? List.of() : List.of(best);
    }

    /** The story's concepts under these options (unigrams too when asked for). */
    Concepts concepts(SentencePool pool) {
        return new Concepts(pool, learned == null ? ConceptCoverageSelector.MIN_DOCUMENTS : learned.minDocuments(),
                options.unigramWeight());
    }

    /**
     * Each concept's weight: its support, reweighted as the options ask, or its learned weight,
     * boosted in article openings.
     */
    double[] weights(SentencePool pool, Concepts concepts) {
        Set<Integer> inOpenings = new HashSet<>();
        for (int i = 0; i < pool.size(); i++) {
            if (pool.sentence(i).index() < options.openingSentences()) {
                for (int c : concepts.of(i)) {
                    inOpenings.add(c);
                }
            }
        }
        double[] support = learned != null ? learned.weights(pool, concepts, options.supportExponent())
                : options.reweighted() ? support(pool, concepts) : null;
        double[] weights = new double[concepts.count()];
        for (int c = 0; c < weights.length; c++) {
            double weight = support == null ? concepts.weight(c) : support[c];
            weights[c] = weight * (inOpenings.contains(c) ? 1 + options.openingBoost() : 1);
        }
        return weights;
    }

    /**
     * Each concept's weight before the opening boost when the options reweigh concepts: its
     * support (documents, or sentences with {@link Options#sentenceSupport()}, each counted by
     * {@link Options#positionDecay()} when set) to the power
     * {@link Options#supportExponent()}, times {@link Options#unigramWeight()} for a unigram.
     */
    private double[] support(SentencePool pool, Concepts concepts) {
        double[] support = new double[concepts.count()];
        double decay = options.positionDecay();
        if (decay > 0) {
            int[] lastDocument = new int[support.length];
            java.util.Arrays.fill(lastDocument, -1);
            for (int i = 0; i < pool.size(); i++) {
                int document = pool.documentIndex(i);
                double count = decay / (decay + pool.sentence(i).index());
                for (int c : concepts.of(i)) {
                    if (options.sentenceSupport() || lastDocument[c] != document) {
                        support[c] += count;
                        lastDocument[c] = document;
                    }
                }
            }
        } else if (!options.sentenceSupport()) {
            for (int c = 0; c < support.length; c++) {
                support[c] = concepts.documentFrequency(c);
            }
        } else {
            for (int i = 0; i < pool.size(); i++) {
                for (int c : concepts.of(i)) {
                    support[c]++;
                }
            }
        }
        for (int c = 0; c < support.length; c++) {
            double weight = options.supportExponent() == 1 ? support[c] : Math.pow(support[c], options.supportExponent());
            support[c] = concepts.isUnigram(c) ? options.unigramWeight() * weight : weight;
        }
        return support;
    }

    /**
     * The mean weight of the bigram concepts (1 when there are none): salience is scaled to it, so
     * that adding unigram concepts does not change lambda's meaning.
     */
    private double meanBigramWeight(Concepts concepts, double[] weights) {
        if (options.unigramWeight() == 0) {
            return java.util.Arrays.stream(weights).average().orElse(1);
        }
        return java.util.stream.IntStream.range(0, weights.length).filter(c -> !concepts.isUnigram(c))
                .mapToDouble(c -> weights[c]).average().orElse(1);
    }

    /** Scores rescaled to [0, 1] times the mean bigram concept weight, so lambda is comparable across stories. */
    private static double[] scaledSalience(SentencePool pool, double[] scores, double meanWeight) {
        double max = 0;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double[] scaled = new double[pool.size()];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = max > 0 ? Math.max(0, scores[i]) / max * meanWeight : 0;
        }
        return scaled;
    }
}
