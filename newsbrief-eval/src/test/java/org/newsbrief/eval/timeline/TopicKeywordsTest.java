package org.newsbrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicKeywordsTest {

    @Test
    void matchesTheTopicsQueryWordsInAnyCase() {
        assertThat(TopicKeywords.matches(TopicKeywords.of("LibyaWar"), "Libyan rebels enter Tripoli .")).isTrue();
        assertThat(TopicKeywords.matches(TopicKeywords.of("libyawar"), "Oil prices rose on Monday .")).isFalse();
    }

    @Test
    void anUnknownTopicFiltersNothing() {
        assertThat(TopicKeywords.of("unknown")).isEmpty();
        assertThat(TopicKeywords.matches(TopicKeywords.of("unknown"), "Anything at all .")).isTrue();
    }
}
