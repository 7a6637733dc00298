package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.testing.Stories;

/** What every summarizer must do; each implementation's test implements this interface. */
public interface SummarizerContract {

    Summarizer summarizer();

    @Test
    default void respectsTheWordBudget() {
        for (int words : new int[] {1, 15, 50, 120, 400}) {
            Summary summary = summarizer().summarize(Stories.aleppo(), Budget.words(words));
            assertThat(Budget.words(words).cost(summary.text().replace('\n', ' '))).isLessThanOrEqualTo(words);
        }
    }

    @Test
    default void respectsAByteBudget() {
        Summary summary = summarizer().summarize(Stories.aleppo(), Budget.bytes(665));
        int bytes = summary.sentences().stream().mapToInt(s -> Budget.bytes(1).cost(s.text())).sum();
        assertThat(bytes).isLessThanOrEqualTo(665);
    }

    @Test
    default void returnsOnlySentencesOfTheStory() {
        List<Document> story = Stories.aleppo();
        Set<Sentence> all = new HashSet<>();
        story.forEach(document -> all.addAll(document.sentences()));
        Summary summary = summarizer().summarize(story, Budget.words(120));
        assertThat(summary.sentences()).isNotEmpty();
        assertThat(all).containsAll(summary.sentences());
        assertThat(new HashSet<>(summary.sentences())).hasSameSizeAs(summary.sentences());
    }

    @Test
    default void isDeterministic() {
        Summary first = summarizer().summarize(Stories.aleppo(), Budget.words(120));
        Summary second = summarizer().summarize(Stories.aleppo(), Budget.words(120));
        assertThat(second).isEqualTo(first);
    }

    @Test
    default void survivesHostileText() {
        for (long seed = 1; seed <= 3; seed++) {
            Summary summary = summarizer().summarize(Stories.hostile(seed), Budget.words(100));
            assertThat(Budget.words(100).cost(summary.text().replace('\n', ' '))).isLessThanOrEqualTo(100);
        }
    }

    @Test
    default void summarizesAStoryOfOneShortArticle() {
        Document only = Stories.document("solo", null, "The army took the district on Sunday after a long battle.");
        assertThat(summarizer().summarize(List.of(only), Budget.words(50)).sentences()).hasSize(1);
    }
}
