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

    @ParameterizedTest
    @ValueSource(strings = {
        "LAGOS | Tue Mar 8, 2011 9:05 am EST LAGOS (Reuters) - Voters queued early.",
        "Voters queue in Lagos ACCRA, Ghana | Tue Mar 8, 2011 9:05 am EST ACCRA, Ghana (Reuters) - Voters queued early.",
        "Wed Mar 9, 2011 4:36 pm GMT (Reuters) - Voters queued early.",
        "Wed Mar 9, 2011 4:36 pm GMT (Adds turnout figures) ACCRA, March 9 (Reuters) - Voters queued early.",
        "LAGOS | Tue Mar 8, 2011 9:05 am EST LAGOS Mar 8 (Reuters) Voters queued early."})
    void cutsAScrapedPagesHeadlineAndStampBeforeTheAgencyDateline(String paragraph) {
        assertThat(cleaner.clean(paragraph)).isEqualTo("Voters queued early.");
    }

    @Test
    void keepsASentenceThatMentionsADateAndAnAgency() {
        String text = "On Tue Mar 8, 2011 at 9:05 am the agency (Reuters) said voters queued early.";
        assertThat(cleaner.clean(text)).isEqualTo(text);
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
        assertThat(cleaner.clean("Cairo (CNN) -- Crowds gathered.")).isEqualTo("Crowds gathered.");
        assertThat(cleaner.clean("San Diego, California (Reuters) - Fires spread.")).isEqualTo("Fires spread.");
        assertThat(cleaner.clean("Officials told CNN (CNN) -- it was over.")).isEqualTo("Officials told CNN (CNN) -- it was over.");
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

    @Test
    void writesTheNewswireDashAsAnEmDash() {
        assertThat(cleaner.clean("The talks _ the third this year _ ended without a deal, the envoy said."))
                .isEqualTo("The talks \u2014 the third this year \u2014 ended without a deal, the envoy said.");
        assertThat(cleaner.clean("_ Health Department. The bill funds two new clinics."))
                .isEqualTo("\u2014 Health Department. The bill funds two new clinics.");
        assertThat(cleaner.clean("The court ruled _in part, at least_ for the city."))
                .isEqualTo("The court ruled \u2014 in part, at least_ for the city.");
        assertThat(cleaner.clean("The U.S._Canada panel met on Friday to sign it.")).isEqualTo("The U.S.-Canada panel met on Friday to sign it.");
        assertThat(cleaner.clean("The log is kept in build_output.txt on the server.")).isEqualTo(
                "The log is kept in build_output.txt on the server.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(kb-rt)", "(jd/lm/ )", "(wpt)", "(MORE)", "(END OPTIONAL TRIM)", "The senators, 4th graf pvs."})
    void dropsNewswireRoutingLines(String line) {
        assertThat(cleaner.clean("The dam held through the night.\n\n" + line + "\n\nThe river fell by morning."))
                .isEqualTo("The dam held through the night.\nThe river fell by morning.");
    }

    @Test
    void removesEditorsNotesInsideAParagraph() {
        assertThat(cleaner.clean("The dam held. (OPTIONAL TRIM BEGINS HERE) Engineers had feared a breach. "
                + "(END OPTIONAL TRIM) The river fell.")).isEqualTo("The dam held. Engineers had feared a breach. The river fell.");
        assertThat(cleaner.clean("The dam held through the night. The senators, 4th graf pvs"))
                .isEqualTo("The dam held through the night.");
        assertThat(cleaner.clean("The dam held through the night. \"Talks broke off, pickup 7th pvs"))
                .isEqualTo("The dam held through the night.");
        assertThat(cleaner.clean("The dam held through the night. In Ohio, 3rd graf, 2nd Ld-Writethru"))
                .isEqualTo("The dam held through the night.");
        assertThat(cleaner.clean("The dam held through the night. MORE")).isEqualTo("The dam held through the night.");
    }

    @Test
    void keepsSentencesThatLookLikeWireNotes() {
        String text = "She finished 5th, graf by graf, in the reading contest.\nThe team (more or less) agreed.\n"
                + "The (AMD) chip sold out, and more is coming.\nHe said there would be MORE talks.";
        assertThat(cleaner.clean(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By the Example Wire Staff A crowd waves flags in a square on Monday . Marchers say the police stayed away "
            + "NEW : Talks are set for Friday -LRB- CNN -RRB- -- ",
        "By Jane Q. Reporter , CNN Smoke rises over the harbour at dawn . The port is closed, officials say "
            + "LISBON, Portugal (CNN) -- ",
        "By Ana Smith and Tom Lee Ships wait offshore as the strike goes on. PORTO (Reuters) - "})
    void dropsTheBylineCaptionAndHighlightsBeforeAnAgencyDateline(String lead) {
        assertThat(cleaner.clean(lead + "The dock workers ended their strike on Tuesday after a pay deal."))
                .isEqualTo("The dock workers ended their strike on Tuesday after a pay deal.");
    }

    @Test
    void keepsAParagraphWithoutABylineOrWithoutAFollowingDateline() {
        String noDateline = "By Ana Smith , CNN The dock workers ended their strike on Tuesday after a pay deal.";
        assertThat(cleaner.clean(noDateline)).isEqualTo(noDateline);
        String noByline = "By Tuesday, the dock workers had ended the strike, the union said (CNN) -- Talks go on.";
        assertThat(cleaner.clean(noByline)).isEqualTo(noByline);
        String farDateline = "By the Example Wire Staff " + "The strike went on for a week. ".repeat(60)
                + "(CNN) -- The port reopened.";
        assertThat(cleaner.clean(farDateline)).isEqualTo(farDateline);
    }
}
