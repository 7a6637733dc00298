package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

class CoverageSelectorTest {

    private static Document document(String id, String body) {
        return NewsTextAnalyzer.standard().analyze(new Article(id, id, null, "", null, body, id));
    }

    private static List<Document> story() {
        return List.of(
                document("a", "Photo by staff. "
                        + "Thousands of residents have left the flooded river towns after the dam upstream gave way on Sunday night. "
                        + "On Monday, rescue teams also reached two villages cut off by the water, the regional office said."),
                document("b", "Rescue teams reached two villages cut off by the flood water on Monday, officials said. "
                        + "Thousands of residents have left the river towns since the dam upstream gave way."));
    }

    @Test
    void theBestLeadIsTheHighestScoredFirstReadableSentenceOfAnArticle() {
        SentencePool pool = SentencePool.of(story());
        assertThat(pool.isCandidate(0)).as("a caption fragment is not the lead").isFalse();
        double[] scores = new double[pool.size()];
        scores[0] = 9; // the caption: never a lead
        scores[1] = 0.6; // article a's lead
        scores[2] = 0.8; // article a's third sentence: not a lead
        scores[3] = 0.5; // article b's lead
        assertThat(CoverageSelector.bestLead(pool, scores, Budget.words(100))).containsExactly(1);
        scores[3] = 0.7;
        assertThat(CoverageSelector.bestLead(pool, scores, Budget.words(100))).containsExactly(3);
    }

    /** Three reports of one seizure; the first tells it twice, in two different sentences. */
    private static SentencePool seizure() {
        return TestPools.of(
                "The rebels seized the airport of the city after a long battle on Monday. "
                        + "By the evening the rebels seized the airport of the city and its fuel depot as well.",
                "Rebel fighters seized the airport of the city in a surprise attack at dawn.",
                "Government officials said rebels seized the airport of the city during the night.");
    }

    /** Weights of the bigram concepts, sorted, under {@code options} with no opening boost. */
    private static double[] bigramWeights(String options) {
        SentencePool pool = seizure();
        CoverageSelector selector = new CoverageSelector(CoverageSelector.Options.parse("opening=0+" + options));
        Concepts concepts = selector.concepts(pool);
        double[] weights = selector.weights(pool, concepts);
        return java.util.stream.IntStream.range(0, weights.length).filter(c -> !concepts.isUnigram(c))
                .mapToDouble(c -> weights[c]).sorted().toArray();
    }

    @Test
    void conceptWeightsAreDocumentFrequencyUnlessTheOptionsReweighThem() {
        // "seiz the", "the airport", "airport of", "the citi" are in all three documents; "rebel seiz" in the
        // first and third (the story has three, so the threshold is two)
        assertThat(bigramWeights("")).containsExactly(2, 3, 3, 3, 3);
        double root3 = Math.sqrt(3);
        assertThat(bigramWeights("power=0.5")).containsExactly(Math.sqrt(2), root3, root3, root3, root3);
        // sentence support: four sentences hold each of the four; "rebel seiz" three (two of them in the first document)
        assertThat(bigramWeights("support=1")).containsExactly(3, 4, 4, 4, 4);
        // position decay 1: a sentence at index n counts 1 / (1 + n); the first article's second sentence 1/2
        assertThat(bigramWeights("support=1+decay=1")).containsExactly(2.5, 3.5, 3.5, 3.5, 3.5);
        // per document, only the first sentence holding a concept counts: here always an article's lead
        assertThat(bigramWeights("decay=1")).containsExactly(2, 3, 3, 3, 3);
    }

    @Test
    void learnedConceptWeightsAreTheModelsProbabilityToThePowerThenBoostedInOpenings() {
        SentencePool pool = seizure();
        double[] model = new double[ConceptFeatures.NAMES.size() + 1];
        model[ConceptFeatures.NAMES.indexOf("support")] = 3; // all three documents: 1, "rebel seiz": 2/3
        model[model.length - 1] = -1;
        LearnedConceptWeights learned = new LearnedConceptWeights(model, 2);
        CoverageSelector selector = new CoverageSelector(CoverageSelector.Options.parse("opening=0+power=0.5"), learned);
        Concepts concepts = selector.concepts(pool);
        double[] weights = selector.weights(pool, concepts);
        double full = Math.sqrt(1 / (1 + Math.exp(-2)));
        double twoThirds = Math.sqrt(1 / (1 + Math.exp(-1)));
        double[] sorted = weights.clone();
        java.util.Arrays.sort(sorted);
        assertThat(sorted).containsExactly(new double[] {twoThirds, full, full, full, full}, within(1e-12));
        // every concept is in an article's first five sentences here, so the opening boost doubles each
        CoverageSelector boosted = new CoverageSelector(CoverageSelector.Options.parse("opening=1+power=0.5"), learned);
        double[] doubled = boosted.weights(pool, concepts);
        for (int c = 0; c < weights.length; c++) {
            assertThat(doubled[c]).isCloseTo(2 * weights[c], within(1e-12));
        }
        assertThatThrownBy(() -> new CoverageSelector(CoverageSelector.Options.parse("unigrams=0.5"), learned))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replace the support options");
    }

    @Test
    void theLearnedSummarizerTakesCoverageOptionsOverItsOwnButNotCompression() {
        SentencePool pool = seizure();
        assertThat(Summarizers.create("coverage-learned:salience=2").summarize(pool, Budget.words(30)).sentences()).isNotEmpty();
        assertThatThrownBy(() -> Summarizers.create("coverage-learned:compress=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole sentences only");
    }

    @Test
    void theRedundancyCutIsAnOptionBetweenZeroAndOne() {
        assertThat(CoverageSelector.Options.DEFAULTS.redundancy()).isEqualTo(0.7);
        assertThat(CoverageSelector.Options.parse(Summarizers.LEARNED_CONCEPT_OPTIONS).redundancy()).isEqualTo(0.5);
        assertThatThrownBy(() -> CoverageSelector.Options.parse("redundancy=0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid coverage options");
    }

    @Test
    void unigramConceptsAddWeightButLeaveTheSalienceScaleToTheBigrams() {
        SentencePool pool = seizure();
        CoverageSelector plain = new CoverageSelector(CoverageSelector.Options.parse("opening=0"));
        CoverageSelector withUnigrams = new CoverageSelector(CoverageSelector.Options.parse("opening=0+unigrams=0.25"));
        assertThat(withUnigrams.concepts(pool).count()).isGreaterThan(plain.concepts(pool).count());
        Concepts concepts = withUnigrams.concepts(pool);
        double[] weights = withUnigrams.weights(pool, concepts);
        for (int c = 0; c < weights.length; c++) {
            if (concepts.isUnigram(c)) {
                assertThat(weights[c]).isEqualTo(0.25 * concepts.documentFrequency(c));
            }
        }
        assertThat(CoverageSelector.Options.DEFAULTS.unigramWeight()).isZero();
        assertThat(CoverageSelector.Options.DEFAULTS.supportExponent()).isEqualTo(1);
        assertThat(CoverageSelector.Options.DEFAULTS.sentenceSupport()).isFalse();
        assertThat(CoverageSelector.Options.DEFAULTS.positionDecay()).isZero();
    }

    @Test
    void theSummaryStartsFromTheBestLeadOnlyWhenAsked() {
        SentencePool pool = SentencePool.of(story());
        double[] scores = new CentroidScorer(CentroidScorer.Options.DEFAULTS).score(pool);
        int lead = CoverageSelector.bestLead(pool, scores, Budget.words(25)).get(0);
        CoverageSelector.Options withLead = CoverageSelector.Options.parse("lead=1");
        assertThat(new CoverageSelector(withLead).select(pool, scores, Budget.words(25))).first().isEqualTo(lead);
        assertThat(CoverageSelector.Options.parse("lead=0").leadFirst()).isFalse();
        assertThat(CoverageSelector.Options.DEFAULTS.leadFirst()).isTrue();
    }
}
