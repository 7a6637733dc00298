package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceOpeningsTest {

    @Test
    void wordsGivenToABarePronounNeedTheSentenceBefore() {
        // DUC 2003 d31011t and d31031t: who "he" and "she" are stands in the sentence before
        assertThat(SentenceOpenings.quotesAPronoun("Seventeen others died in landslides in nearby Camarines Sur province, he said."))
                .isTrue();
        assertThat(SentenceOpenings.quotesAPronoun("\"The Republican leaders should be ashamed of themselves,\" she said."))
                .isTrue();
        assertThat(SentenceOpenings.quotesAPronoun("\"We will stay,\" Mayor Ann Lee said.")).isFalse();
        assertThat(SentenceOpenings.quotesAPronoun("Mayor Ann Lee said she would stay in the town.")).isFalse();
    }

    @Test
    void aSentenceQuotingAPronounStandsOnlyAfterItsPredecessor() {
        SentencePool pool = TestPools.of("Mayor Ann Lee visited the flooded town on Sunday with a team of aid workers."
                + " Seventeen others died in landslides in the nearby province, she said.");
        int quote = TestPools.sentenceStarting(pool, "Seventeen");
        assertThat(pool.isCandidate(quote)).isFalse();
        assertThat(pool.isCandidateAfterItsPredecessor(quote)).isTrue();
    }
}
