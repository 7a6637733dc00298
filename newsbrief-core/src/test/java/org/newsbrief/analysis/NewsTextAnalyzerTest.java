package org.newsbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;

class NewsTextAnalyzerTest {

    private final NewsTextAnalyzer analyzer = NewsTextAnalyzer.standard();

    private static Article article(String body) {
        return new Article("a1", "Outlet", null, "", null, body, "a1.txt");
    }

    @Test
    void everySentenceSpanTracesBackToTheCleanedText() {
        Document document = analyzer.analyze(article(
                "Share\nALEPPO — Thousands fled on Sunday. The army advanced.\n\nAdvertisement\nMr. Assad's forces won."));
        assertThat(document.sentences()).extracting(Sentence::text)
                .containsExactly("Thousands fled on Sunday.", "The army advanced.", "Mr. Assad's forces won.");
        for (Sentence sentence : document.sentences()) {
            assertThat(sentence.span().of(document.text())).isEqualTo(sentence.text());
        }
        assertThat(document.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
    }

    @Test
    void sentencesNeverCrossParagraphs() {
        Document document = analyzer.analyze(article("A heading-like paragraph without a stop that is long enough to stay\n"
                + "Next paragraph starts here."));
        assertThat(document.sentences()).hasSize(2);
    }

    @Test
    void tokensAndTermsAreFilled() {
        Sentence sentence = analyzer.analyze(article("Nearly 1,700 civilians had fled.")).sentences().get(0);
        assertThat(sentence.tokens()).containsExactly("Nearly", "1,700", "civilians", "had", "fled", ".");
        assertThat(sentence.terms()).contains("civilian", "fled");
        assertThat(sentence.wordCount()).isEqualTo(5);
    }

    @Test
    void emptyOrFurnitureOnlyBodyGivesNoSentences() {
        assertThat(analyzer.analyze(article("Share\nAdvertisement\n")).sentences()).isEmpty();
        assertThat(analyzer.analyze(article("")).sentences()).isEmpty();
    }
}
