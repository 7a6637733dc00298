package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.testing.Stories;

/** Runs the summarizer contract against every registered summarizer. */
class SummarizerSuiteTest {

    @TestFactory
    Stream<DynamicTest> everyRegisteredSummarizerHonoursTheContract() {
        return Summarizers.names().stream().flatMap(name -> {
            SummarizerContract contract = () -> Summarizers.create(name);
            return Stream.of(
                    DynamicTest.dynamicTest(name + " respects the word budget", contract::respectsTheWordBudget),
                    DynamicTest.dynamicTest(name + " respects a byte budget", contract::respectsAByteBudget),
                    DynamicTest.dynamicTest(name + " returns only story sentences", contract::returnsOnlySentencesOfTheStory),
                    DynamicTest.dynamicTest(name + " is deterministic", contract::isDeterministic),
                    DynamicTest.dynamicTest(name + " survives hostile text", contract::survivesHostileText),
                    DynamicTest.dynamicTest(name + " summarizes one short article", contract::summarizesAStoryOfOneShortArticle),
                    DynamicTest.dynamicTest(name + " fills a filled budget", () -> fillsToTheLimit(name)));
        });
    }

    private static void fillsToTheLimit(String name) {
        List<Document> story = Stories.aleppo();
        Budget budget = Budget.words(100).filled();
        List<Sentence> sentences = Summarizers.create(name).summarize(story, budget).sentences();
        int words = sentences.stream().mapToInt(s -> budget.cost(s.text())).sum();
        // Only the sentence chosen last may run over; sentences are in reading order, so the
        // longest one bounds it.
        int longest = sentences.stream().mapToInt(s -> budget.cost(s.text())).max().orElse(0);
        assertThat(words).isGreaterThanOrEqualTo(100);
        assertThat(words - longest).isLessThan(100);
    }
}
