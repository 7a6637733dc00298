package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TreebankTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Cairo -LRB- CNN -RRB- -- Crowds gathered.",
        "The minister , who spoke late , said the vote , held on Monday , was fair .",
        "It 's over .",
        "They do n't know ."})
    void tokenisedTextIsRecognised(String text) {
        assertThat(TreebankText.isTokenized(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The minister, who spoke late, said the vote, held on Monday, was fair.",
        // a writer's own spaced quotes and one stray spaced comma in lower-cased, edited text
        "a comment on the ' pulp ' nature of some genres , the charts, the lists, the shops and the fairs",
        "It's over, the vote is in.",
        "Dan's team lost 's points, he said."})
    void editedProseIsNot(String text) {
        assertThat(TreebankText.isTokenized(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Washington -LRB- CNN -RRB- -- The president 's speech , he said , was `` historic . ''"
            + "|Washington (CNN) -- The president's speech, he said, was ``historic.''",
        "They do n't know what we 're gonna do , she said .|They don't know what we're gonna do, she said.",
        "The players ' union met in Washington , D.C. .|The players' union met in Washington, D.C.",
        "Prices rose 5 % to $ 3 million -LRB- about # 2 million -RRB- .|Prices rose 5% to $3 million (about #2 million).",
        "Students News - 1\\/26\\/11 : the show|Students News - 1/26/11: the show",
        "a 1\\/2 share , and Calif. .|a 1/2 share, and Calif.",
        "I wan na go but I can not .|I wanna go but I cannot.",
        "Is it ? Yes ! Wait ...|Is it? Yes! Wait...",
        "He said ` no ' .|He said `no'."})
    void rejoinsTokensAsWritten(String tokenised, String written) {
        assertThat(TreebankText.detokenize(tokenised)).isEqualTo(written);
    }

    @Test
    void cleanerRejoinsATokenisedArticleAndLeavesEditedTextAlone() {
        NewsTextCleaner cleaner = new NewsTextCleaner();
        assertThat(cleaner.clean("Cairo -LRB- CNN -RRB- -- Egypt 's army , on Sunday , deployed .")).isEqualTo(
                "Egypt's army, on Sunday, deployed.");
        assertThat(cleaner.clean("Egypt's army deployed ; the ' old ' guard left.")).isEqualTo(
                "Egypt's army deployed ; the ' old ' guard left.");
    }
}
