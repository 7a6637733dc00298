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
}
