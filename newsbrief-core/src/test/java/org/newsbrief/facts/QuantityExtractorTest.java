package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<String> read(String sentence) {
        return extractor.extract(sentence).stream()
                .map(q -> q.text() + "|" + fmt(q.value()) + "|" + q.change() + "|" + q.unit() + "|" + q.concept()).toList();
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    @Test
    void readsCountsWithModifiersUnitsAndConcepts() {
        assertThat(read("The Syrian observatory said nearly 1,700 civilians had fled over the past 24 hours to western"
                + " Aleppo and another 2,500 to the Kurdish-controlled district of Sheikh Maksoud.")).containsExactly(
                        "nearly 1,700|1700|~|civilians|fled", "24|24|=|hours|-", "2,500|2500|=|civilians|fled");
        assertThat(read("At least 225 civilians, including 27 children, have been killed since November 15."))
                .containsExactly("At least 225|225|>|civilians|killed", "27|27|=|children|killed");
        assertThat(read("That took to 219 the overall number of civilians killed.")).containsExactly(
                "219|219|=|civilians|killed");
    }

    @Test
    void readsScalesPercentCurrencyAndChanges() {
        assertThat(read("The Dow rose 0.65 per cent to end at 27,349.19, while almost 2 million people lack water."))
                .containsExactly("0.65 per cent|0.65|up|percent|-", "27,349.19|27349.19|=|-|-",
                        "almost 2 million|2000000|~|people|-");
        assertThat(read("Tickets sell for $6 each and a 25% duty applies.")).containsExactly("$6|6|=|dollar|-",
                "25%|25|=|percent|-");
    }

    @Test
    void readsUnitsAndScalesGluedToTheNumber() {
        assertThat(read("It doubles storage to 256GB with a 640bhp engine, about 25k cheaper, worth $1.762bn."))
                .containsExactly("256GB|256|=|gb|-", "640bhp|640|=|bhp|-", "about 25k|25000|~|-|-",
                        "$1.762bn|1762000000|=|dollar|-");
    }

    @Test
    void readsSpelledAndVagueNumbers() {
        assertThat(read("Rebel rockets killed at least four civilians and wounded dozens of others.")).containsExactly(
                "at least four|4|>|civilians|killed", "dozens|12|=|civilians|wounded");
        assertThat(read("Tens of thousands of residents fled westward.")).containsExactly(
                "Tens of thousands|20000|=|residents|fled");
    }

    @Test
    void keepsModifierIntervalsAsDocumented() {
        Quantity about = extractor.extract("Around 250,000 civilians are trapped.").get(0);
        assertThat(about.low()).isCloseTo(243750.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(about.high()).isCloseTo(256250.0, org.assertj.core.data.Offset.offset(1e-6));
        Quantity more = extractor.extract("More than 10,000 civilians fled.").get(0);
        assertThat(more.high()).isInfinite();
        Quantity nearly = extractor.extract("Nearly 1,700 people fled.").get(0);
        assertThat(nearly.high()).isEqualTo(1700.0);
    }

    @Test
    void ignoresYearsDatesTimesScoresIdentifiersAndLinks() {
        assertThat(read("In 2016 the siege began on November 15 at 12:01 a.m. (0401 GMT); the match ended 2-2;"
                + " see Section 427 Row 21, www.example.com/page2 and Resolution 2254.")).isEmpty();
        assertThat(read("Masaken Hanao was the first district, and no one left.")).isEmpty();
        assertThat(read("Oklahoma finished in the Big 12, won Game 2 and bought a Galaxy 11, as in 1600.")).isEmpty();
        assertThat(read("The company has more than 1000 customers.")).containsExactly("more than 1000|1000|>|customers|-");
    }
}
