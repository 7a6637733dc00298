package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewsTextCleanerTest {

    private final NewsTextCleaner cleaner = new NewsTextCleaner();

    @ParameterizedTest
    @ValueSource(strings = {"Share", "Advertisement", "Other news", "Share this article", "Tweet",
        "Related stories", "Read more: Aleppo siege explained", "Sign up for our daily newsletter",
        "© 2016 Daily Example", "Copyright 2016 Reuters. All rights reserved.",
        "A tank is seen on a street on Sunday in Masaken Hanano (AFP photo)", "Photo: Rebels in Aleppo.",
        "By Jane Reporter", "By Jane Reporter and John Writer, Reuters", "Reporting by Tom Perry; Editing by Sami Aboudi",
        "Regime sights on Sakhur", "US, Russia take Syria battle to new heights"})
    void dropsFurnitureLine(String line) {
        assertThat(cleaner.clean(line + "\nThe army advanced into the district on Sunday.")).isEqualTo(
                "The army advanced into the district on Sunday.");
    }

    @Test
    void keepsSentencesThatMentionFurnitureWords() {
        String text = "The share of civilians who fled rose sharply on Sunday.\nBy Sunday, the army had taken the district.";
        assertThat(cleaner.clean(text)).isEqualTo(text);
    }

    @Test
    void stripsDatelinesButNotCapitalisedOpenings() {
        assertThat(cleaner.clean("ALEPPO — Thousands of civilians have fled.")).isEqualTo("Thousands of civilians have fled.");
        assertThat(cleaner.clean("BEIRUT, Lebanon (AP) _ Rebels lost ground.")).isEqualTo("Rebels lost ground.");
        assertThat(cleaner.clean("WASHINGTON (Reuters) - Officials met.")).isEqualTo("Officials met.");
        assertThat(cleaner.clean("US - Russian talks were disappointing, he said.")).isEqualTo(
                "US - Russian talks were disappointing, he said.");
    }

    @Test
    void dropsRepeatedLines() {
        assertThat(cleaner.clean("Rebels retreated on Sunday.\nThe army advanced.\nRebels retreated on Sunday."))
                .isEqualTo("Rebels retreated on Sunday.\nThe army advanced.");
    }

    @Test
    void normalisesQuotesAndWhiteSpace() {
        assertThat(cleaner.clean("  \u201CHandarat has fallen\u201D,\u00A0an   official\u2019s aide said.\u200B  "))
                .isEqualTo("\"Handarat has fallen\", an official's aide said.");
    }

    @Test
    void removesControlCharactersAndBlankLines() {
        assertThat(cleaner.clean("First line\u0007 has a bell in it.\n\n\n\u0000Second line is here too.")).isEqualTo(
                "First line has a bell in it.\nSecond line is here too.");
    }
}
