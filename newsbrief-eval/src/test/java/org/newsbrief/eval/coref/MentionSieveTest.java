package org.newsbrief.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.entities.EntityMention;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Span;

/** Each rule of the sieve with the kind of phrase that motivated it (invented sentences, not corpus text). */
class MentionSieveTest {

    private final List<Document> documents = new ArrayList<>();
    private final List<GoldMention> mentions = new ArrayList<>();

    @Test
    void aPronounPrefersTheNearestNameToANearerNominal() {
        // "her" must not take "a beach clinic" (the nearer singular mention), but the actress's name
        Document d = document("1_1ecbplus", "After leaving a beach clinic and breaking her probation , Jane Roe entered a desert clinic .",
                "She said her fans helped .");
        GoldMention clinic = mention(d, 0, "a beach clinic", "LOC_FAC");
        GoldMention herFirst = mention(d, 0, "her", "HUMAN_PART_PER");
        GoldMention jane = mention(d, 0, "Jane Roe", "HUMAN_PART_PER");
        GoldMention she = mention(d, 1, "She", "HUMAN_PART_PER");
        List<List<GoldMention>> chains = new MentionSieve(true).group(documents, mentions);
        assertThat(chainOf(chains, she)).contains(jane).doesNotContain(clinic);
        assertThat(chainOf(chains, herFirst)).doesNotContain(clinic);
    }

    @Test
    void withTheGoldTypeAPersonPronounSkipsPlaces() {
        Document d = document("2_1ecb", "The singer flew to Paris and he sang .");
        GoldMention singer = mention(d, 0, "The singer", "HUMAN_PART_PER");
        GoldMention paris = mention(d, 0, "Paris", "LOC_GEO");
        GoldMention he = mention(d, 0, "he", "HUMAN_PART_PER");
        assertThat(chainOf(new MentionSieve(true).group(documents, mentions), he)).contains(singer).doesNotContain(paris);
        assertThat(chainOf(new MentionSieve(false).group(documents, mentions), he)).contains(paris);
    }

    @Test
    void headLemmasAndNameFormsJoinAcrossDocuments() {
        Document a = document("3_1ecb", "The actress Mary Smith was arrested .");
        Document b = document("3_2ecb", "Police said the actress and Smith left .");
        GoldMention actressA = mention(a, 0, "actress", "HUMAN_PART_PER");
        GoldMention mary = mention(a, 0, "Mary Smith", "HUMAN_PART_PER");
        GoldMention actressB = mention(b, 0, "the actress", "HUMAN_PART_PER");
        GoldMention smith = mention(b, 0, "Smith", "HUMAN_PART_PER");
        List<List<GoldMention>> chains = new MentionSieve(true).group(documents, mentions);
        assertThat(chainOf(chains, actressA)).contains(actressB).doesNotContain(mary);
        assertThat(chainOf(chains, mary)).contains(smith);
    }

    @Test
    void theyTakesAPluralOrANominalButNotASingularNameAndHeTakesTheName() {
        Document d = document("4_1ecb", "Prosecutors charged Jones and they said he fled .");
        GoldMention prosecutors = mention(d, 0, "Prosecutors", "HUMAN_PART_PER");
        GoldMention jones = mention(d, 0, "Jones", "HUMAN_PART_PER");
        GoldMention they = mention(d, 0, "they", "HUMAN_PART_PER");
        GoldMention he = mention(d, 0, "he", "HUMAN_PART_PER");
        List<List<GoldMention>> chains = new MentionSieve(true).group(documents, mentions);
        assertThat(chainOf(chains, they)).contains(prosecutors).doesNotContain(jones);
        assertThat(chainOf(chains, he)).contains(jones).doesNotContain(prosecutors);
    }

    @Test
    void aRelativePronounTakesTheMentionJustBeforeIt() {
        Document d = document("5_1ecb", "The coach praised the player who scored .");
        mention(d, 0, "The coach", "HUMAN_PART_PER");
        GoldMention player = mention(d, 0, "the player", "HUMAN_PART_PER");
        GoldMention who = mention(d, 0, "who", "HUMAN_PART_PER");
        assertThat(chainOf(new MentionSieve(true).group(documents, mentions), who)).containsExactlyInAnyOrder(player, who);
    }

    @Test
    void firstPersonPronounsJoinWithinTheirDocumentAndUnresolvedOnesByWord() {
        Document a = document("6_1ecb", "We are sad , we said .");
        Document b = document("6_2ecb", "We mourn .");
        GoldMention weA = mention(a, 0, "We", "HUMAN_PART_PER");
        GoldMention weA2 = mention(a, 0, "we", "HUMAN_PART_PER");
        GoldMention weB = mention(b, 0, "We", "HUMAN_PART_PER");
        assertThat(chainOf(new MentionSieve(true).group(documents, mentions), weA)).containsExactlyInAnyOrder(weA, weA2, weB);
    }

    private static List<GoldMention> chainOf(List<List<GoldMention>> chains, GoldMention mention) {
        return chains.stream().filter(c -> c.contains(mention)).findFirst().orElseThrow();
    }

    private Document document(String id, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> built = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            if (i > 0) {
                text.append('\n');
            }
            int start = text.length();
            text.append(sentences[i]);
            built.add(new Sentence(id, i, new Span(start, text.length()), sentences[i], Arrays.asList(sentences[i].split(" ")),
                    List.of()));
        }
        Document document = new Document(new Article(id, "test", null, "", null, text.toString(), id), text.toString(), built);
        documents.add(document);
        return document;
    }

    /** The first occurrence of {@code phrase} in the sentence after the mentions already made there. */
    private GoldMention mention(Document document, int sentence, String phrase, String type) {
        Sentence s = document.sentences().get(sentence);
        int from = mentions.stream().filter(m -> m.mention().articleId().equals(document.id()) && m.mention().sentenceIndex() == sentence)
                .mapToInt(m -> m.mention().span().end() - s.span().start()).max().orElse(0);
        int at = (" " + s.text() + " ").indexOf(" " + phrase + " ", from);
        assertThat(at).as(phrase).isGreaterThanOrEqualTo(0);
        Span span = new Span(s.span().start() + at, s.span().start() + at + phrase.length());
        GoldMention mention = new GoldMention(new EntityMention(document.id(), sentence, span, phrase),
                document.id().substring(0, document.id().indexOf('_')), type, document.id() + "/" + mentions.size());
        mentions.add(mention);
        return mention;
    }
}
