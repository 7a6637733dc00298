package org.newsbrief.summarize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The registry of summarizers by name, each a scorer plus a selector plus reading order.
 * Optional modules add theirs through {@link SummarizerProvider} (Java's service loader).
 * Unknown names fail before any work, listing the valid ones. Thread-safe.
 */
public final class Summarizers {

    /** Centroid scoring with MMR redundancy control, in reading order. */
    public static final String CENTROID_MMR = "centroid-mmr";
    /** Concept coverage (concepts weighted by document frequency) plus salience, the default until step 13 (bench/README.md). */
    public static final String COVERAGE = "coverage";
    /** The learned sentence scorer ({@link LearnedScorer}) with a greedy selector. */
    public static final String LEARNED = "learned";
    /** A determinantal point process with learned qualities ({@link DppQualityScorer}), greedy MAP ({@link DppSelector}). */
    public static final String DPP = "dpp";
    /** The {@code dpp} summarizer's cost power, chosen by cross-validation on DUC 2003 (bench/README.md, step 12). */
    public static final double DPP_COST_POWER = 0;

    /** Concept coverage with learned concept weights ({@link LearnedConceptWeights}), the default. */
    public static final String COVERAGE_LEARNED = "coverage-learned";
    /** Documents a concept needs under learned weights, chosen by cross-validation on DUC 2003 (bench/README.md, step 13). */
    public static final int LEARNED_CONCEPT_MIN_DOCUMENTS = 3;
    /**
     * The options of {@link #COVERAGE_LEARNED}, chosen by cross-validation on DUC 2003 (bench/tuning-duc2003-concepts.md);
     * the redundancy cut on DUC 2003 and Multi-News 1-1,000 (bench/README.md, step 16).
     */
    public static final String LEARNED_CONCEPT_OPTIONS = "salience=3+power=0.5+opening=0+redundancy=0.5";

    /** The name used when none is given. */
    public static final String DEFAULT = COVERAGE_LEARNED;

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    /** A registered summarizer. */
    public record Entry(String name, String description, Supplier<Summarizer> factory) {
    }

    static {
        register(COVERAGE, "bigram concept coverage (document frequency, boosted in article openings) plus"
                + " centroid and position salience, budgeted greedy from the best article lead; then the sentences that follow chosen ones while room is left, then readable long sentences if room is still left, and the best whole short sentences where nothing else could stand", () -> coverage(CoverageSelector.Options.DEFAULTS));
        register(CENTROID_MMR, "centroid scoring with a position prior, MMR against redundancy",
                () -> compose(new CentroidScorer(CentroidScorer.Options.DEFAULTS), new MmrSelector(MmrSelector.Options.DEFAULTS)));
        register("lead", "first sentences of the newest article",
                () -> compose(new LeadScorer(), new GreedySelector(new GreedySelector.Options(1.0, false))));
        register("centroid", "Centroid (MEAD's centroid score, as SumRepo's Centroid outputs behave): sum of the centroid values of a sentence's words, redundancy cut at cosine 0.7",
                () -> compose(new MeadScorer(MeadScorer.Options.CENTROID_ONLY), new GreedySelector(new GreedySelector.Options(0.7, true))));
        register("mead", "MEAD (Radev et al. 2004): centroid, position and first-sentence overlap, redundancy cut at cosine 0.7",
                () -> compose(new MeadScorer(MeadScorer.Options.DEFAULTS), new GreedySelector(new GreedySelector.Options(0.7, true))));
        register("lexrank", "LexRank (Erkan and Radev 2004) as SumRepo ran it in MEAD: PageRank over edges at cosine >= 0.1, MEAD's 9-word cutoff, redundancy cut at cosine 0.7",
                () -> lexRank(LexRankScorer.Options.THRESHOLDED));
        register("lexrank-continuous", "LexRank, continuous: PageRank over cosine similarities, MEAD's 9-word cutoff, redundancy cut at cosine 0.7",
                () -> lexRank(LexRankScorer.Options.CONTINUOUS));
        register("textrank", "TextRank: PageRank over normalised word overlap",
                () -> compose(new TextRankScorer(), new GreedySelector(new GreedySelector.Options(0.5, true))));
        register("sumbasic", "SumBasic / FreqSum: mean word probability, chosen words squared",
                () -> compose(new ConstantScorer(), new SumBasicSelector()));
        register("freqsum", "alias of sumbasic", () -> compose(new ConstantScorer(), new SumBasicSelector()));
        register("klsum", "KL-Sum (GreedyKL): greedily minimises KL(summary || story) of the word distributions",
                () -> compose(new ConstantScorer(), new KlSumSelector()));
        register("mmr", "maximal marginal relevance to the story centroid (lambda 0.7)",
                () -> compose(new CentroidScorer(new CentroidScorer.Options(60, 0)), new MmrSelector(MmrSelector.Options.DEFAULTS)));
        register("submodular", "Lin and Bilmes 2011: coverage plus diversity reward, budgeted greedy",
                () -> compose(new ConstantScorer(), new SubmodularSelector(SubmodularSelector.Options.DEFAULTS)));
        register("ilp-greedy", "Gillick and Favre concept coverage, greedy (the exact ILP is in newsbrief-ilp)",
                () -> compose(new ConstantScorer(), new ConceptCoverageSelector()));
        register(LEARNED, "learned sentence scorer (logistic regression over generic position, length and centrality features,"
                + " trained on Multi-News validation clusters 1-1,000 to predict the greedy ROUGE oracle's sentences), taken by"
                + " score, skipping those at cosine 0.3 or more to a chosen one; then the sentences that follow chosen ones,"
                + " then readable long sentences while room is left", Summarizers::learned);
        register(DPP, "determinantal point process (Kulesza and Taskar 2012): kernel diag(q) S diag(q), S the cosine of"
                + " the sentences' term vectors, q = exp(theta . f / 2) over generic position, length, centrality and"
                + " pronoun features, theta learned by maximum likelihood of greedy ROUGE oracle summaries of DUC 2003;"
                + " greedy MAP over the readable candidates, then the sentences that follow chosen ones, then readable"
                + " long sentences while room is left", () -> dpp(DppQualityScorer.bundledWeights(), DPP_COST_POWER));
        register(COVERAGE_LEARNED, "default: the coverage pipeline with learned concept weights: each bigram concept"
                + " weighs the square root of the probability, under a logistic model of generic features (documents"
                + " holding it, how early, its words' support, capitals, digits, stop words) fit on DUC 2003's reference"
                + " summaries, that a reference holds it, instead of its document frequency; salience 3, no opening"
                + " boost", () -> coverageLearned(LearnedConceptWeights.bundledModel(), LEARNED_CONCEPT_MIN_DOCUMENTS,
                        CoverageSelector.Options.parse(LEARNED_CONCEPT_OPTIONS)));
        for (SummarizerProvider provider : ServiceLoader.load(SummarizerProvider.class)) {
            provider.summarizers().forEach(entry -> register(entry.name(), entry.description(), entry.factory()));
        }
    }

    private Summarizers() {
    }

    private static void register(String name, String description, Supplier<Summarizer> factory) {
        if (ENTRIES.putIfAbsent(name, new Entry(name, description, factory)) != null) {
            throw new IllegalStateException("summarizer registered twice: " + name);
        }
    }

    /**
     * LexRank with MEAD's selection, as SumRepo ran it: sentences under 9 words score 0, any
     * opening is allowed, and a sentence at cosine 0.7 or more to a chosen one is skipped
     * (MEAD's {@code default-reranker.pl MEAD-cosine .7}).
     */
    private static Summarizer lexRank(LexRankScorer.Options options) {
        return compose(new MeadLengthCutoff(new LexRankScorer(options), MeadLengthCutoff.MEAD_MIN_WORDS),
                new GreedySelector(new GreedySelector.Options(0.7, false)));
    }

    /**
     * {@link LearnedScorer} with a plain greedy selector: the learned score already weighs
     * centrality, position and length, so no concept objective is added (the default's
     * concept coverage with the learned score as its salience was no better on Multi-News
     * clusters 1-1,000). The redundancy cut, cosine 0.3, was chosen there among 0.2-0.9
     * (bench/README.md, the learned scorer).
     */
    private static Summarizer learned() {
        return learned(LEARNED_MAX_COSINE);
    }

    private static Summarizer learned(double maxCosine) {
        return compose(new LearnedScorer(), new BudgetFillSelector(new ContinuationSelector(
                new GreedySelector(new GreedySelector.Options(maxCosine, true)))));
    }

    /** Parses the learned summarizer's one option, {@code cosine=0.5} (its redundancy cut), for tuning runs. */
    private static Summarizer learned(String options) {
        String[] kv = options.split("=", 2);
        if (kv.length != 2 || !kv[0].strip().equals("cosine")) {
            throw new IllegalArgumentException("unknown learned option '" + options + "'; valid: cosine=X");
        }
        return learned(Double.parseDouble(kv[1].strip()));
    }

    /**
     * The {@code dpp} summarizer with these quality weights ({@link DppQualityScorer#NAMES}, then
     * the bias) and greedy MAP's cost power ({@link DppSelector.Options}): for training and
     * cross-validation runs.
     */
    public static Summarizer dpp(double[] weights, double costPower) {
        return compose(new DppQualityScorer(weights), new BudgetFillSelector(new ContinuationSelector(
                new DppSelector(new DppSelector.Options(costPower)))));
    }

    /** The learned summarizer's redundancy cut. */
    static final double LEARNED_MAX_COSINE = 0.3;

    private static Summarizer compose(SentenceScorer scorer, SentenceSelector selector) {
        return new ComposedSummarizer(scorer, selector, new ReadingOrderer());
    }

    /** The valid names, in registration order. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(ENTRIES.keySet());
    }

    /** Every registered summarizer with its description. */
    public static java.util.Collection<Entry> entries() {
        return Collections.unmodifiableCollection(ENTRIES.values());
    }

    private static Summarizer coverage(CoverageSelector.Options options) {
        return coverage(options, true);
    }

    private static Summarizer coverage(CoverageSelector.Options options, boolean fill) {
        if (options.compression() > 0) {
            return new CompressingSummarizer(new CentroidScorer(CentroidScorer.Options.DEFAULTS),
                    new CoverageSelector(options), fill);
        }
        return compose(new CentroidScorer(CentroidScorer.Options.DEFAULTS),
                readingOn(new CoverageSelector(options), options.redundancy(), fill));
    }

    /**
     * The stages after a coverage choice: the sentences that follow chosen ones ({@link ContinuationSelector}), then,
     * with {@code fill}, readable long sentences while room is left ({@link BudgetFillSelector}); both pass over a
     * sentence at cosine {@code redundancy} or more to a chosen one.
     */
    static SentenceSelector readingOn(SentenceSelector chosen, double redundancy, boolean fill) {
        SentenceSelector continued = new ContinuationSelector(chosen, redundancy);
        return fill ? new BudgetFillSelector(continued, redundancy) : continued;
    }

    /**
     * The default's pipeline with learned concept weights: this model ({@link ConceptFeatures#NAMES},
     * then the bias), concepts in at least {@code minDocuments} documents, and these options; for
     * training and cross-validation runs.
     */
    public static Summarizer coverageLearned(double[] model, int minDocuments, CoverageSelector.Options options) {
        if (options.compression() > 0) {
            throw new IllegalArgumentException("coverage-learned takes whole sentences only (compress is an option of coverage)");
        }
        return compose(new CentroidScorer(CentroidScorer.Options.DEFAULTS), readingOn(new CoverageSelector(options,
                new LearnedConceptWeights(model, minDocuments)), options.redundancy(), true));
    }

    /** {@code fill=0} in the default's options turns {@link BudgetFillSelector} off (ablation); the rest is {@link CoverageSelector.Options}. */
    private static Summarizer coverage(String options) {
        boolean fill = true;
        StringBuilder rest = new StringBuilder();
        for (String pair : options.split("\\+")) {
            if (pair.strip().startsWith("fill=")) {
                fill = Double.parseDouble(pair.strip().substring("fill=".length())) != 0;
            } else {
                rest.append(rest.length() == 0 ? "" : "+").append(pair);
            }
        }
        return coverage(CoverageSelector.Options.parse(rest.toString()), fill);
    }

    /**
     * A new summarizer; throws {@link IllegalArgumentException} listing the valid names. The
     * coverage summarizers also take options after a colon, as {@code coverage:salience=0.5+opening=1}
     * (over its own defaults) or {@code coverage-learned:salience=2} (over its chosen ones), and
     * {@code learned} its redundancy cut, as {@code learned:cosine=0.5}.
     */
    public static Summarizer create(String name) {
        if (name.startsWith(COVERAGE + ":")) {
            return coverage(name.substring(COVERAGE.length() + 1));
        }
        if (name.startsWith(COVERAGE_LEARNED + ":")) {
            return coverageLearned(LearnedConceptWeights.bundledModel(), LEARNED_CONCEPT_MIN_DOCUMENTS,
                    CoverageSelector.Options.parse(LEARNED_CONCEPT_OPTIONS + "+" + name.substring(COVERAGE_LEARNED.length() + 1)));
        }
        if (name.startsWith(LEARNED + ":")) {
            return learned(name.substring(LEARNED.length() + 1));
        }
        Entry entry = ENTRIES.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("unknown summarizer '" + name + "'; valid: " + String.join(", ", names()));
        }
        return entry.factory().get();
    }
}
