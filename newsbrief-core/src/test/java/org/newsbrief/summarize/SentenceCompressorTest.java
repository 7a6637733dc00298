package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule with the phrase that motivated it (written for this test), and the cases it must leave alone. */
class SentenceCompressorTest {

    private final SentenceCompressor compressor = new SentenceCompressor();
    private final SentenceCompressor level2 = new SentenceCompressor(2);

    @Test
    void everyRuleShortensItsOwnExampleAtItsLevelOnly() {
        for (SentenceCompressor.Rule rule : SentenceCompressor.RULES) {
            String[] example = rule.example().split(" -> ");
            assertThat(level2.compress(example[0])).as(rule.name()).isEqualTo(example[1]);
            assertThat(compressor.compress(example[0])).as(rule.name()).isEqualTo(rule.level() == 1 ? example[1] : example[0]);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pablo Ruiz, who ruled the province for ten years, was arrested in Madrid. | Pablo Ruiz was arrested in Madrid.",
        // a relative clause before a name, not a verb, stays
        "The judge, who heard the case, Ann Wu, ruled for the city. | The judge, who heard the case, Ann Wu, ruled for the city.",
        // a restrictive clause (no comma) stays
        "The men who stormed the bank were caught in Lyon. | The men who stormed the bank were caught in Lyon.",
    })
    void levelTwoDropsNonRestrictiveClauses(String source, String expected) {
        assertThat(level2.compress(source)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The talks (held behind closed doors in the capital) ended without a deal. | The talks ended without a deal.",
        "In a statement Monday, the company said it would cut 200 jobs. | The company said it would cut 200 jobs.",
        "Late on Friday night, the storm reached the coast near the port. | The storm reached the coast near the port.",
        "on tuesday, the council voted to close the plant. | the council voted to close the plant.",
        "The plant will close next year, the company said Tuesday. | The plant will close next year.",
        "The plant will close next year, Acme Steel Corp. said on Tuesday. | The plant will close next year.",
        "The port will reopen on Friday, the ministry said in a statement. | The port will reopen on Friday.",
        "At Kabul Airport, crowds waited for the last flights out of the city. | Crowds waited for the last flights out of the city.",
        "Two ships were damaged in the storm, according to the coast guard. | Two ships were damaged in the storm.",
        "The fire, officials said Monday, started in a kitchen on the third floor. | The fire started in a kitchen on the third floor.",
        "Ann Wu, the chief executive of the airline, said fares would rise. | Ann Wu said fares would rise.",
        "Tom Hale, 62, and his wife were rescued from the roof by boat. | Tom Hale, 62, and his wife were rescued from the roof by boat.",
        // an age before another appositive stays: dropping it alone would leave "Tom Hale a retired teacher, was"
        "Tom Hale, 62, a retired teacher, was rescued from the roof. | Tom Hale, 62, a retired teacher, was rescued from the roof.",
    })
    void shortensOnlyWhereTheRestStaysAWholeSentence(String source, String expected) {
        String got = compressor.compress(source);
        if (!got.equals(source)) {
            assertThat(compressor.isDeletionOf(source, got)).isTrue();
        }
        assertThat(got).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a quotation keeps its attribution: the comma lies inside the quotation marks
        "\"We will rebuild the bridge,\" the mayor said.",
        // a time phrase that is the subject's own, not an opening adverbial before a clause
        "Monday was the first day of the trial.",
        // the opening phrase needs a clause after it
        "On Tuesday, nothing.",
        // a list of names, not an appositive: the next word is a conjunction
        "Ann Wu, the chief executive, and two pilots met the minister.",
        // a long bracket is more than an aside
        "The report (which took the committee of inquiry three full years and two hundred witnesses to finish) was published.",
        // an attribution between commas far from the subject, before a participle: dropping it leaves "Chile speaking"
        "The court ruled that the two men had kept the money in a bank in Zurich, the spokeswoman said, speaking anonymously.",
        // a second appositive: dropping it alone leaves "Rep. Jo Ames, R-Ohio said"
        "Rep. Jo Ames, R-Ohio, the chairman of the budget committee, said the bill would pass.",
        // "In" before a lower-case phrase is no place name
        "In the morning, the crews returned to the site of the crash.",
        // an opening time before another opening phrase: dropping it leaves "In contrast, ..."
        "On Tuesday, in contrast, the leaders of the party danced in the street.",
        // a place followed by its appositive or by a second place
        "In Lima, Peru's largest city, the council voted to close the plant.",
        "In Cusco, in the southern highlands, farmers lost their crops to frost.",
        // an age before a phrase that needs its closing comma
        "Ann Wu, 62, in town for the hearing, was questioned by the police.",
        // a role phrase followed by a name is no appositive of the name before it
        "The case went to trial on Monday, a day after another judge, Ann Wu, filed a petition.",
        // a quotation keeps whose words it is
        "\"The case is serious\" and the reaction bears watching, the minister said.",
        // "said" opening a reported clause, not an inverted attribution
        "The mayor thanked the crews, said the bridge would reopen soon.",
        // an attribution whose speaker is a whole clause is not dropped
        "The plan failed, and a spokesman who asked not to be named said.",
    })
    void leavesAloneWhatNoRuleSafelyShortens(String source) {
        assertThat(compressor.compress(source)).isEqualTo(source);
    }

    @Test
    void aResultThatIsNotAPureDeletionIsRefused() {
        assertThat(compressor.isDeletionOf("The plant will close next year, officials said.", "The plant will close next year."))
                .isTrue();
        assertThat(compressor.isDeletionOf("The plant will close next year.", "The plant will open next year.")).isFalse();
        assertThat(compressor.isDeletionOf("The plant will close.", "The plant will close.")).isFalse();
    }
}
