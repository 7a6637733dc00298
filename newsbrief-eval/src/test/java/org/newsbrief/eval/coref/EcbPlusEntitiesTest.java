package org.newsbrief.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Document;

class EcbPlusEntitiesTest {

    /** Sentence 0 is not listed; sentence 1 is; sentence 2 is. */
    private static final String XML = """
            <Document doc_name="36_1ecb.xml" doc_id="D1">
            <token t_id="1" sentence="0" number="0">Headline</token>
            <token t_id="2" sentence="1" number="0">Warren</token>
            <token t_id="3" sentence="1" number="1">Jeffs</token>
            <token t_id="4" sentence="1" number="2">was</token>
            <token t_id="5" sentence="1" number="3">arrested</token>
            <token t_id="6" sentence="1" number="4">in</token>
            <token t_id="7" sentence="1" number="5">Utah</token>
            <token t_id="8" sentence="2" number="0">He</token>
            <token t_id="9" sentence="2" number="1">met</token>
            <token t_id="10" sentence="2" number="2">police</token>
            <token t_id="11" sentence="2" number="3">&amp;</token>
            <token t_id="12" sentence="2" number="4">officers</token>
            <Markables>
            <HUMAN_PART_PER m_id="1"><token_anchor t_id="2"/><token_anchor t_id="3"/></HUMAN_PART_PER>
            <LOC_GEO m_id="2"><token_anchor t_id="6"/><token_anchor t_id="7"/></LOC_GEO>
            <HUMAN_PART_PER m_id="3"><token_anchor t_id="8"/></HUMAN_PART_PER>
            <ACTION_OCCURRENCE m_id="4"><token_anchor t_id="5"/></ACTION_OCCURRENCE>
            <HUMAN_PART_ORG m_id="5"><token_anchor t_id="10"/></HUMAN_PART_ORG>
            <HUMAN_PART_ORG m_id="6"><token_anchor t_id="12"/></HUMAN_PART_ORG>
            <LOC_GEO m_id="7"><token_anchor t_id="1"/></LOC_GEO>
            <HUMAN_PART_PER m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t36_jeffs" instance_id="HUM42" />
            <UNKNOWN_INSTANCE_TAG m_id="21" RELATED_TO="" TAG_DESCRIPTOR="" />
            </Markables>
            <Relations>
            <CROSS_DOC_COREF r_id="100" note="HUM42"><source m_id="1"/><source m_id="3"/><target m_id="20"/></CROSS_DOC_COREF>
            <INTRA_DOC_COREF r_id="101"><source m_id="5"/><source m_id="6"/><target m_id="21"/></INTRA_DOC_COREF>
            </Relations>
            </Document>
            """;

    private final EcbPlusEntities read = EcbPlusEntities.parse("36_1ecb", "36", XML, Set.of(1, 2));

    @Test
    void keepsOnlyTheListedSentencesAsOneLineEach() {
        Document document = read.documents().get(0);
        assertThat(document.text()).isEqualTo("Warren Jeffs was arrested in Utah\nHe met police & officers");
        assertThat(document.sentences()).extracting(s -> s.index()).containsExactly(1, 2);
        assertThat(document.sentences().get(1).text()).isEqualTo("He met police & officers");
    }

    @Test
    void readsHumanAndLocationMentionsWithSpansIntoTheText() {
        List<GoldMention> mentions = read.mentions();
        assertThat(mentions).extracting(m -> m.mention().text()).containsExactly("Warren Jeffs", "in Utah", "He", "police",
                "officers");
        GoldMention utah = mentions.get(1);
        assertThat(utah.mention().span().of(read.documents().get(0).text())).isEqualTo("in Utah");
        assertThat(utah.mention().sentenceIndex()).isEqualTo(1);
        assertThat(utah.type()).isEqualTo("LOC_GEO");
        assertThat(utah.human()).isFalse();
        assertThat(mentions.get(3).mention().span().start()).isEqualTo("Warren Jeffs was arrested in Utah\nHe met ".length());
    }

    @Test
    void chainsByCrossDocumentInstanceThenWithinDocumentThenAlone() {
        List<GoldMention> mentions = read.mentions();
        assertThat(mentions.get(0).chain()).isEqualTo("HUM42");
        assertThat(mentions.get(2).chain()).isEqualTo("HUM42");
        assertThat(mentions.get(3).chain()).isEqualTo(mentions.get(4).chain()).isEqualTo("36_1ecb/intra101");
        assertThat(mentions.get(1).chain()).isEqualTo("36_1ecb/2");
    }

    @Test
    void poolsGoldChainsByTopic() {
        assertThat(EcbPlusEntityBenchmark.gold(read.mentions())).hasSize(3);
        assertThat(EcbPlusEntityBenchmark.topicOf("36_10ecbplus")).isEqualTo("36");
    }
}
