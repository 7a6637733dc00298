package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Sentence;

/** {@code coverage:compress=N}: shortened versions compete with whole sentences, cite their source, stay readable. */
class CompressingSummarizerTest {

    /** Three reports of one flood, each with an attribution or an aside the compressor drops. */
    private static SentencePool flood() {
        return TestPools.of(
                "The river burst its banks near the old mill town on Sunday night, officials said Monday. "
                        + "Hundreds of families were moved to the school gym on the hill, the mayor said.",
                "The river burst its banks near the old mill town after three days of heavy rain, police said. "
                        + "Hundreds of families spent the night in the school gym on the hill.",
                "On Monday, the river burst its banks near the old mill town and flooded the main street (the town's only road). "
                        + "Hundreds of families were moved to the school gym on the hill by army trucks.");
    }

    @Test
    void shortenedSentencesCiteTheirSourceAndAreOnlyDeletions() {
        SentencePool pool = flood();
        Summary summary = Summarizers.create("coverage:compress=1").summarize(pool, Budget.words(40));
        assertThat(summary.sentences()).isNotEmpty();
        Set<String> sources = new HashSet<>();
        SentenceCompressor compressor = new SentenceCompressor();
        boolean anyShortened = false;
        for (Sentence sentence : summary.sentences()) {
            Sentence source = sourceOf(pool, sentence);
            assertThat(sources.add(source.articleId() + "#" + source.index())).as("one version per sentence").isTrue();
            assertThat(sentence.span()).isEqualTo(source.span());
            if (!sentence.text().equals(source.text())) {
                anyShortened = true;
                assertThat(compressor.isDeletionOf(source.text(), sentence.text())).isTrue();
                assertThat(CandidateFilter.judge(sentence, false).alone()).isTrue();
                assertThat(CandidateFilter.isWhole(sentence, false)).isTrue();
            }
        }
        assertThat(anyShortened).as("some chosen sentence loses its attribution").isTrue();
        assertThat(summary.text()).doesNotContain("officials said").doesNotContain("police said");
        int words = summary.sentences().stream().mapToInt(s -> Budget.words(40).cost(s.text())).sum();
        assertThat(words).isLessThanOrEqualTo(40);
    }

    @Test
    void theShortenedVersionKeepsOnlyTheConceptsLeftInIt() {
        SentencePool pool = flood();
        int i = TestPools.sentenceStarting(pool, "The river burst its banks near the old mill town on Sunday");
        Concepts concepts = new Concepts(pool, ConceptCoverageSelector.MIN_DOCUMENTS);
        Sentence shorter = Shortenings.of(pool, concepts, Budget.words(100), 1).sentence(0);
        assertThat(shorter.text()).isEqualTo("The river burst its banks near the old mill town on Sunday night.");
        int[] kept = concepts.ofShortened(i, shorter.tokens());
        assertThat(concepts.of(i)).contains(kept);
        assertThat(kept.length).isPositive();
    }

    @Test
    void withoutCompressionTheChoiceIsTheSelectors() {
        SentencePool pool = flood();
        double[] scores = new CentroidScorer(CentroidScorer.Options.DEFAULTS).score(pool);
        CoverageSelector selector = new CoverageSelector(CoverageSelector.Options.DEFAULTS);
        CoverageSelector.Choice choice = selector.choose(pool, scores, Budget.words(40));
        assertThat(choice.shortened()).isEmpty();
        assertThat(choice.indexes()).isEqualTo(selector.select(pool, scores, Budget.words(40)));
        assertThat(CoverageSelector.Options.DEFAULTS.compression()).isZero();
        assertThat(CoverageSelector.Options.parse("compress=2").compression()).isEqualTo(2);
    }

    private static Sentence sourceOf(SentencePool pool, Sentence sentence) {
        for (int i = 0; i < pool.size(); i++) {
            Sentence s = pool.sentence(i);
            if (s.articleId().equals(sentence.articleId()) && s.index() == sentence.index()) {
                return s;
            }
        }
        throw new AssertionError("no source for " + sentence);
    }
}
