package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void namesSymbolsAbbreviationsAndSpellings() {
        assertThat(UnitNames.normalize("%")).isEqualTo("percentage");
        assertThat(UnitNames.normalize("per cent")).isEqualTo("percentage");
        assertThat(UnitNames.normalize("US$")).isEqualTo("dollar");
        assertThat(UnitNames.normalize("kilometers")).isEqualTo("kilometre");
        assertThat(UnitNames.normalize("mph")).isEqualTo("mile per hour");
        assertThat(UnitNames.normalize("feet")).isEqualTo("foot");
        assertThat(UnitNames.normalize("year-old")).isEqualTo("year of age");
        assertThat(UnitNames.normalize("G")).isEqualTo("generation wireless");
        assertThat(UnitNames.normalize("g")).isEqualTo("gram");
        assertThat(UnitNames.normalize("-")).isEqualTo("-");
        // temperatures as people type them, ages "of age", rates "per annum"
        assertThat(UnitNames.normalize("degrees f")).isEqualTo("fahrenheit");
        assertThat(UnitNames.normalize("deg c")).isEqualTo("celsius");
        assertThat(UnitNames.normalize("celcius")).isEqualTo("celsius");
        assertThat(UnitNames.normalize("years of age")).isEqualTo("year of age");
        assertThat(UnitNames.normalize("percent per annum")).isEqualTo("percentage per year");
    }

    /** Names as CQE's unit table (unit.json) writes them, where ours differed: its keys, symbols and surfaces. */
    @Test
    void namesUnitsAsCqesUnitTableDoes() {
        assertThat(UnitNames.normalize("pound-feet")).isEqualTo("pound-foot"); // "275 pound-feet of torque"
        assertThat(UnitNames.normalize("lb-ft")).isEqualTo("foot pound-force");
        assertThat(UnitNames.normalize("barrels of oil")).isEqualTo("barrel of oil"); // "1 million barrels of oil"
        assertThat(UnitNames.normalize("swedish crowns")).isEqualTo("swedish krone");
        assertThat(UnitNames.normalize("SEK")).isEqualTo("swedish krone");
        assertThat(UnitNames.normalize("ppm")).isEqualTo("parts-per-million"); // as "ppb" is parts-per-billion
        assertThat(UnitNames.normalize("psi")).isEqualTo("pound per square inch");
        assertThat(UnitNames.normalize("hPa")).isEqualTo("hectopascal");
        assertThat(UnitNames.normalize("TWh")).isEqualTo("terawatt hour");
        assertThat(UnitNames.normalize("nits")).isEqualTo("candela per square metre"); // "1,000 nits" of a screen
        assertThat(UnitNames.normalize("cc")).isEqualTo("millilitre"); // "a 250cc engine"
        assertThat(UnitNames.normalize("kmph")).isEqualTo("kilometre per hour");
        assertThat(UnitNames.normalize("yo")).isEqualTo("year of age"); // "a 87 yo man"
        assertThat(UnitNames.normalize("dutch guilders")).isEqualTo("netherlands guilde");
        assertThat(UnitNames.normalize("czech crowns")).isEqualTo("czech koruna");
        assertThat(UnitNames.normalize("元")).isEqualTo("chinese yuan");
        assertThat(UnitNames.normalize("₾")).isEqualTo("georgian lari");
        assertThat(UnitNames.normalize("instances")).isEqualTo("count");
        // bare currency words as CQE's table has them: "won" is south korean won, a bare "lira" or "riyal" stays itself
        assertThat(UnitNames.normalize("won")).isEqualTo("south korean won"); // "10 trillion won"
        assertThat(UnitNames.normalize("lira")).isEqualTo("lira");
        assertThat(UnitNames.normalize("turkish lira")).isEqualTo("turkish lira");
        assertThat(UnitNames.normalize("riyals")).isEqualTo("riyal");
        assertThat(UnitNames.normalize("SAR")).isEqualTo("saudi riyal");
        // bits in lower case or mixed, bytes in capitals: "100 mb" is megabit, "64 GB" gigabyte
        assertThat(UnitNames.normalize("mb")).isEqualTo("megabit");
        assertThat(UnitNames.normalize("Gb")).isEqualTo("gigabit");
        assertThat(UnitNames.normalize("GB")).isEqualTo("gigabyte");
        assertThat(UnitNames.normalize("MB")).isEqualTo("megabyte");
        // "MPs" are members of parliament, not metres per second (CQE's "mps")
        assertThat(UnitNames.known("MPs")).isNull();
    }

    @Test
    void namesPerUnitsAndCountedPhrases() {
        assertThat(UnitNames.normalize("dollar per square foot")).isEqualTo("dollar per square foot");
        assertThat(UnitNames.normalize("cents per share")).isEqualTo("cent per share");
        assertThat(UnitNames.normalize("rushing yards")).isEqualTo("yard");
        assertThat(UnitNames.normalize("first-team players")).isEqualTo("first-team player");
        assertThat(UnitNames.normalize("shipping containers")).isEqualTo("shipping container");
    }

    @Test
    void singularisesEnglishPlurals() {
        assertThat(UnitNames.singular("countries")).isEqualTo("country");
        assertThat(UnitNames.singular("bosses")).isEqualTo("boss");
        assertThat(UnitNames.singular("viruses")).isEqualTo("virus");
        assertThat(UnitNames.singular("fishermen")).isEqualTo("fisherman");
        assertThat(UnitNames.singular("inches")).isEqualTo("inch");
        assertThat(UnitNames.singular("people")).isEqualTo("people");
        assertThat(UnitNames.singular("status")).isEqualTo("status");
        assertThat(UnitNames.singular("houses")).isEqualTo("house"); // "four empty houses"
        assertThat(UnitNames.singular("causes")).isEqualTo("cause");
    }

    @Test
    void singularisesMenNounsInSAndPluralsOfNounsInIe() {
        assertThat(UnitNames.singular("men")).isEqualTo("man"); // "four men", as CQE lemmatizes it
        assertThat(UnitNames.singular("news")).isEqualTo("news"); // "three news programs", not "new"
        assertThat(UnitNames.singular("measles")).isEqualTo("measles");
        assertThat(UnitNames.singular("movies")).isEqualTo("movie"); // not "movy"
        assertThat(UnitNames.singular("cookies")).isEqualTo("cookie");
        assertThat(UnitNames.singular("cities")).isEqualTo("city");
    }

    @Test
    void pluralsInZesDropTheS() {
        assertThat(UnitNames.singular("prizes")).isEqualTo("prize"); // "24 million prizes", not "priz"
        assertThat(UnitNames.singular("sizes")).isEqualTo("size");
        assertThat(UnitNames.singular("waltzes")).isEqualTo("waltz");
        assertThat(UnitNames.singular("buzzes")).isEqualTo("buzz");
        assertThat(UnitNames.singular("quizzes")).isEqualTo("quiz"); // "three pop quizzes", not "quizz"
        assertThat(UnitNames.singular("whizzes")).isEqualTo("whiz");
    }

    @Test
    void hyphenatedCompoundsTakeTheIrregularPluralOfTheirLastPart() {
        assertThat(UnitNames.singular("ex-wives")).isEqualTo("ex-wife"); // "his two ex-wives", not "ex-wive"
        assertThat(UnitNames.singular("half-lives")).isEqualTo("half-life");
        assertThat(UnitNames.singular("step-children")).isEqualTo("step-child");
        assertThat(UnitNames.singular("co-ops")).isEqualTo("co-op");
    }
}
