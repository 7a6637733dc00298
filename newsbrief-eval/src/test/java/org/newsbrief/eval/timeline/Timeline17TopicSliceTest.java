package org.newsbrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.eval.dataset.ClusterSlice;

class Timeline17TopicSliceTest {

    private static final List<Timeline17Corpus.Topic> TOPICS = List.of(topic("bpoil"), topic("egypt"),
            topic("h1n1"), topic("libya"));

    private static Timeline17Corpus.Topic topic(String name) {
        return new Timeline17Corpus.Topic(name, List.of(), List.of());
    }

    @Test
    void skipAndLimitChooseTheTopicsInOrder() {
        assertThat(Timeline17Benchmark.topicsOf(TOPICS, new ClusterSlice(1, 2)))
                .extracting(Timeline17Corpus.Topic::name).containsExactly("egypt", "h1n1");
    }

    @Test
    void fewerThanTwoTopicsCannotBeCrossValidated() {
        assertThatThrownBy(() -> Timeline17Benchmark.topicsOf(TOPICS, new ClusterSlice(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--skip 0 --limit 1 keeps 1 Timeline17 topic of 4; leave-one-topic-out cross-validation"
                        + " needs at least 2");
    }
}
