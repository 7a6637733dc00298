package org.newsbrief.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Span;
import org.newsbrief.testing.Stories;

class MentionGrouperTest {

    private final Document first = Stories.document("a", null,
            "Fighters entered Sheikh Maqsoud on Sunday, said Bashar al-Assad. He spoke in Aleppo.");
    private final Document second = Stories.document("b", null,
            "Residents of Sheikh Maksoud fled, Assad said. The man said Russia helped.");

    private static EntityMention mention(Document document, String text) {
        for (Sentence sentence : document.sentences()) {
            int at = sentence.text().indexOf(text);
            if (at >= 0) {
                int start = sentence.span().start() + at;
                return new EntityMention(document.id(), sentence.index(), new Span(start, start + text.length()), text);
            }
        }
        throw new AssertionError(text);
    }

    private MentionGrouper.Grouping group(String... texts) {
        List<EntityMention> mentions = new ArrayList<>();
        for (String text : texts) {
            EntityMention inFirst = null;
            try {
                inFirst = mention(first, text);
            } catch (AssertionError notThere) {
                mentions.add(mention(second, text));
            }
            if (inFirst != null) {
                mentions.add(inFirst);
            }
        }
        return new MentionGrouper().group(List.of(first, second), mentions);
    }

    private static List<List<String>> texts(MentionGrouper.Grouping grouping) {
        return grouping.names().stream().map(g -> g.stream().map(EntityMention::text).toList()).toList();
    }

    @Test
    void cutsANameRunningPastTheMentionInATitleCaseHeadline() {
        // the name finder sees one name "Jane Mercer Checks Into Desert Rehab"; the mention is "Jane Mercer"
        Document headline = Stories.document("h", null,
                "Jane Mercer Checks Into Desert Rehab After Court Hearing. She was ordered there by a judge on Monday.");
        Document body = Stories.document("i", null, "Yesterday Mercer entered the clinic, and Desert Rehab said so.");
        List<EntityMention> mentions = List.of(mention(headline, "Jane Mercer"), mention(headline, "Desert Rehab"),
                mention(body, "Mercer"), mention(body, "Desert Rehab"));
        MentionGrouper.Grouping grouping = new MentionGrouper().group(List.of(headline, body), mentions);
        assertThat(texts(grouping)).containsExactlyInAnyOrder(List.of("Jane Mercer", "Mercer"), List.of("Desert Rehab", "Desert Rehab"));
    }

    @Test
    void joinsSpellingVariantsAndShortFormsAcrossDocuments() {
        MentionGrouper.Grouping grouping = group("Sheikh Maqsoud", "Bashar al-Assad", "Sheikh Maksoud", "Assad", "Russia");
        assertThat(texts(grouping)).containsExactly(List.of("Sheikh Maqsoud", "Sheikh Maksoud"),
                List.of("Bashar al-Assad", "Assad"), List.of("Russia"));
        assertThat(grouping.others()).isEmpty();
    }

    @Test
    void leavesPronounsAndCommonNounsApart() {
        MentionGrouper.Grouping grouping = group("He", "The man", "Residents", "Aleppo");
        assertThat(texts(grouping)).containsExactly(List.of("Aleppo"));
        assertThat(grouping.others()).extracting(EntityMention::text).containsExactly("He", "The man", "Residents");
    }

    @Test
    void takesTheNameFromTheMentionsLastWord() {
        MentionGrouper.Grouping grouping = group("in Aleppo", "Residents of Sheikh Maksoud");
        assertThat(texts(grouping)).containsExactly(List.of("in Aleppo"), List.of("Residents of Sheikh Maksoud"));
    }

    @Test
    void rejectsMentionsOutsideTheDocuments() {
        EntityMention stray = new EntityMention("zzz", 0, new Span(0, 2), "He");
        assertThatThrownBy(() -> new MentionGrouper().group(List.of(first), List.of(stray)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("zzz");
    }

    @Test
    void aPeoplesNameIsLeftToTheCallerLikeOtherMentionsThatAreNoNames() {
        // written for this test: ECB+ annotates a nationality as a person or a people, never with the country
        Document story = Stories.document("l", null, "Crowds in Libya cheered on Friday, and most Libyans voted in Libya.");
        MentionGrouper.Grouping grouping = new MentionGrouper().group(List.of(story),
                List.of(mention(story, "Libya"), mention(story, "Libyans")));
        assertThat(texts(grouping)).containsExactly(List.of("Libya"));
        assertThat(grouping.others()).extracting(EntityMention::text).containsExactly("Libyans");
    }

    @Test
    void aNewsAgencysWordThatSpeaksJoinsItsFullNameAsInTheBrief() {
        // written for this test (issue 5): "Voskat added" typed a person here though the brief's entities retype it
        Document agency = Stories.document("v", null, "The Voskat News Agency reported floods in Varna.");
        Document quote = Stories.document("w", null, "Rain will go on, Voskat added.");
        MentionGrouper.Grouping grouping = new MentionGrouper().group(List.of(agency, quote),
                List.of(mention(agency, "Voskat News Agency"), mention(quote, "Voskat")));
        assertThat(texts(grouping)).containsExactly(List.of("Voskat News Agency", "Voskat"));
    }
}
