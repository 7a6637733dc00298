package org.newsbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.model.IssueLog;
import org.newsbrief.model.Sentence;
import org.newsbrief.testing.Stories;

class BriefBuilderTest {

    private final List<Document> story = Stories.aleppo();
    private final Brief brief = new BriefBuilder(BriefConfig.defaults()).build(story, new IssueLog());

    @Test
    void numbersSourcesDatedFirstThenInStoryOrder() {
        assertThat(brief.sources()).extracting(BriefSource::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(brief.sources().get(0).published()).isNotNull();
        assertThat(brief.sources()).extracting(BriefSource::articleId).containsExactly("000_c5b914e8b5ddad63.txt",
                "001_1c135515f0ea67c2.txt", "002_ed614cf42815e3f1.txt", "003_0029573163271e72.txt",
                "004_89f9305643469b58.txt");
    }

    @Test
    void everyCitationResolvesToASentenceOfTheCitedArticle() {
        Map<String, Document> byId = story.stream().collect(Collectors.toMap(Document::id, Function.identity()));
        for (BriefSentence sentence : brief.summary()) {
            assertThat(sentence.citations().get(0).sentence().articleId()).isEqualTo(sentence.articleId());
            for (Citation citation : sentence.citations()) {
                BriefSource source = brief.source(citation.source());
                assertThat(source.articleId()).isEqualTo(citation.sentence().articleId());
                Sentence cited = byId.get(source.articleId()).sentences().get(citation.sentence().sentenceIndex());
                assertThat(cited.span()).isEqualTo(citation.sentence().span());
            }
            Document own = byId.get(sentence.articleId());
            assertThat(sentence.span().of(own.text())).isEqualTo(sentence.text());
        }
    }

    @Test
    void staysWithinTheBudgetAndCitesSeveralArticles() {
        assertThat(brief.summaryWords()).isLessThanOrEqualTo(BriefConfig.DEFAULT_WORDS);
        assertThat(brief.summary().stream().flatMap(s -> s.sourceNumbers().stream()).distinct().count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void listsANameOfTwoArticlesOfOneOutlet() {
        var analyzer = org.newsbrief.analysis.NewsTextAnalyzer.standard();
        List<Document> oneOutlet = List.of(
                analyzer.analyze(new org.newsbrief.model.Article("a", "Associated Press", null, "", java.time.LocalDate.of(1998, 10, 16),
                        "Cambodian leader Hun Sen rejected the offer on Friday. The talks in Phnom Penh failed.", "a.txt")),
                analyzer.analyze(new org.newsbrief.model.Article("b", "Associated Press", null, "", java.time.LocalDate.of(1998, 10, 17),
                        "The opposition criticised Hun Sen on Saturday. Talks resumed in Bangkok.", "b.txt")));
        Brief one = new BriefBuilder(BriefConfig.defaults()).build(oneOutlet, new IssueLog());
        assertThat(one.entities()).extracting(BriefEntity::name).contains("Hun Sen").doesNotContain("Bangkok");
    }

    @Test
    void recordsTheConfigurationAndCounts() {
        assertThat(brief.run().config()).isEqualTo(BriefConfig.defaults());
        assertThat(brief.run().articles()).isEqualTo(5);
        assertThat(brief.run().sentences()).isEqualTo(story.stream().mapToInt(d -> d.sentences().size()).sum());
        assertThat(brief.title()).isNotBlank();
    }
}
