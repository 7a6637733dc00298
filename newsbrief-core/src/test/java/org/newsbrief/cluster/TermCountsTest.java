package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermCountsTest {

    @Test
    void capitalisedWordsInsideASentenceAreNames() {
        // "Actress Lindsay Lohan checked into Betty Ford ..." (ECB+ topic 1): the names tell the two rehab stories apart
        assertThat(TermCounts.isName("Lohan", "Lindsay")).isTrue();
        assertThat(TermCounts.isName("McCain", "Senator")).isTrue();
    }

    @Test
    void acronymsShortWordsAndClauseOpeningsAreNot() {
        assertThat(TermCounts.isName("US", "the")).isFalse();
        assertThat(TermCounts.isName("I", "said")).isFalse();
        assertThat(TermCounts.isName("checked", "Lohan")).isFalse();
        // after a colon or an opening quote any word is capitalised: "He said: "We will rebuild""
        assertThat(TermCounts.isName("We", "\"")).isFalse();
        assertThat(TermCounts.isName("Rebuilding", ":")).isFalse();
    }

    @Test
    void namesCountOnceMoreAndTitlesTwice() {
        org.newsbrief.analysis.TermAnalyzer analyzer = new org.newsbrief.analysis.TermAnalyzer();
        String text = "Actress Lindsay Lohan checked into rehab on Friday.";
        List<String> tokens = List.of("Actress", "Lindsay", "Lohan", "checked", "into", "rehab", "on", "Friday", ".");
        var sentence = new org.newsbrief.model.Sentence("a1", 0, new org.newsbrief.model.Span(0, text.length()), text, tokens,
                analyzer.terms(text));
        var article = new org.newsbrief.model.Article("a1", "outlet", null, "Lohan in rehab", null, text, "a1");
        Map<String, Integer> counts = new TermCounts(analyzer, 1).of(new org.newsbrief.model.Document(article, text, List.of(sentence)));
        String lohan = analyzer.terms("Lohan").get(0);
        String actress = analyzer.terms("Actress").get(0);
        String rehab = analyzer.terms("rehab").get(0);
        // body 1 + name 1 + title 2
        assertThat(counts.get(lohan)).isEqualTo(4);
        // sentence-initial: no name count
        assertThat(counts.get(actress)).isEqualTo(1);
        // body 1 + title 2
        assertThat(counts.get(rehab)).isEqualTo(3);
        assertThat(new TermCounts(analyzer, 0).of(new org.newsbrief.model.Document(article, text, List.of(sentence))).get(lohan))
                .isEqualTo(3);
    }

    private static org.newsbrief.model.Document document(org.newsbrief.analysis.TermAnalyzer analyzer, List<String> tokens) {
        String text = String.join(" ", tokens);
        var sentence = new org.newsbrief.model.Sentence("a1", 0, new org.newsbrief.model.Span(0, text.length()), text, tokens,
                analyzer.terms(text));
        var article = new org.newsbrief.model.Article("a1", "outlet", null, "", null, text, "a1");
        return new org.newsbrief.model.Document(article, text, List.of(sentence));
    }

    @Test
    void theNamesOfAnArticleLeaveOutCommonWordsDaysAndMonths() {
        org.newsbrief.analysis.TermAnalyzer analyzer = new org.newsbrief.analysis.TermAnalyzer();
        // the web address writes the name in lower case once ("la-me-lohan-rehab"), the article capitalises it once
        List<String> tokens = List.of("la-me", "lohan", "rehab", "the", "actress", "Lindsay", "Lohan", "met", "County",
                "officials", "on", "Friday", "in", "May", "and", "the", "county", "said", "the", "county", "sheriff",
                "agreed", ".");

        List<String> names = new TermCounts(analyzer, 1).counted(document(analyzer, tokens)).names();

        assertThat(names).contains(analyzer.terms("Lindsay").get(0), analyzer.terms("Lohan").get(0));
        // "County" is written more often in lower case: a common word; "Friday" and "May" are dates
        assertThat(names).doesNotContain(analyzer.terms("county").get(0), analyzer.terms("friday").get(0));
        assertThat(names).hasSize(2);
    }
}
