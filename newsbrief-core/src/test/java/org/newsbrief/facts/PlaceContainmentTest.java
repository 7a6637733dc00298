package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every phrase here was written for these tests. */
class PlaceContainmentTest {

    /** A place preposition before "Ostria": the story reads it as a place, so an apposition may name it a container. */
    private static final String IN_OSTRIA = "Aid flights landed in Ostria.";

    private static PlaceContainment learn(List<String> places, String... sentences) {
        return PlaceContainment.learn(List.of(sentences), places);
    }

    @Test
    void anAppositionPlacesTheNameWithinTheNext() {
        PlaceContainment places = learn(List.of("Vellmar"), "Rescuers reached Vellmar, Ostria, on Tuesday.", IN_OSTRIA);
        assertThat(places.within("Vellmar", "Ostria")).isTrue();
        assertThat(places.within("Ostria", "Vellmar")).isFalse();
        assertThat(learn(List.of("Vellmar"), "The road to Vellmar , Ostria , is closed.", IN_OSTRIA).within("Vellmar", "Ostria"))
                .isTrue();
    }

    @Test
    void aNameOfTwoWordsIsAContainerOnlyBeforeTheClausesEnd() {
        assertThat(learn(List.of("Vellmar"), "They flew to Vellmar, New Ostria.", "Rain fell in New Ostria.")
                .within("Vellmar", "New Ostria")).isTrue();
        assertThat(learn(List.of("Vellmar"), "The UN envoy in Vellmar, Arn Volk, was missing.").within("Vellmar", "Arn Volk"))
                .isFalse();
        assertThat(learn(List.of("Dorn"), "Reporting by Ida Kern in Dorn, Tom el Sayed in Kessel").within("Dorn", "Tom el Sayed"))
                .isFalse();
        assertThat(learn(List.of("Dorn"), "Rebels shelled Dorn, Saturday.").within("Dorn", "Saturday")).isFalse();
    }

    @Test
    void aListIsNoApposition() {
        assertThat(learn(List.of("Vellmar"), "Floods hit Vellmar, Dorn and Kessel.").within("Vellmar", "Dorn")).isFalse();
        assertThat(learn(List.of("Dorn"), "Floods hit Vellmar, Dorn, Kessel.").within("Dorn", "Kessel")).isFalse();
        assertThat(learn(List.of("Dorn"), "Aid reached Kessel and Dorn, Ostria.").within("Dorn", "Ostria")).isFalse();
    }

    @Test
    void aCapitalOrCityOfAPlaceLiesWithinIt() {
        assertThat(learn(List.of("Vellmar"), "Crowds gathered in Ostria's capital, Vellmar, at dawn.")
                .within("Vellmar", "Ostria")).isTrue();
        assertThat(learn(List.of("Vellmar", "Ostria"), "Aid landed in the Ostrian capital, Vellmar.")
                .within("Vellmar", "Ostria")).isTrue();
        assertThat(learn(List.of("Dorn", "Ostria"), "Shelling hit the Ostrian city of Dorn overnight.")
                .within("Dorn", "Ostria")).isTrue();
        assertThat(learn(List.of("Vellmar"), "Vellmar, the capital of Ostria, lost power.").within("Vellmar", "Ostria"))
                .isTrue();
        assertThat(learn(List.of("Dorn", "Ostria"), "Shelling hit the Kesselian city of Dorn.").within("Dorn", "Ostria"))
                .isFalse();
    }

    @Test
    void aPlaceInADirectionOfAnotherLiesWhereTheOtherLies() {
        PlaceContainment places = learn(List.of("Dorn", "Vellmar"), "Dorn, 40km west of Vellmar, was flattened.",
                "Roads out of Vellmar, Ostria, were blocked.", IN_OSTRIA);
        assertThat(places.within("Dorn", "Ostria")).isTrue();
        assertThat(places.within("Dorn", "Vellmar")).isFalse();
        assertThat(learn(List.of("Dorn"), "Dorn, west of Vellmar, was flattened.").within("Dorn", "Vellmar")).isFalse();
    }

    @Test
    void theMoreFrequentReadingWinsAndATieGivesNeither() {
        PlaceContainment more = learn(List.of("Vellmar", "Ostria"), "They flew to Vellmar, Ostria.",
                "They flew to Vellmar, Ostria.", "They flew to Ostria, Vellmar.");
        assertThat(more.within("Vellmar", "Ostria")).isTrue();
        assertThat(more.within("Ostria", "Vellmar")).isFalse();
        PlaceContainment tie = learn(List.of("Vellmar", "Ostria"), "They flew to Vellmar, Ostria.", "They flew to Ostria, Vellmar.");
        assertThat(tie.within("Vellmar", "Ostria")).isFalse();
        assertThat(tie.within("Ostria", "Vellmar")).isFalse();
    }

    @Test
    void withinFollowsSeveralStepsAndInsideIncludesThePlace() {
        PlaceContainment places = learn(List.of("Kessel", "Dorn"), "Kessel, Dorn, was cut off.", "Dorn, Ostria, was cut off.",
                IN_OSTRIA);
        assertThat(places.within("Kessel", "Ostria")).isTrue();
        assertThat(places.inside("kessel", "Kessel")).isTrue();
        assertThat(PlaceContainment.NONE.within("Kessel", "Ostria")).isFalse();
    }

    @Test
    void anAppositionsContainerMustBeAPlaceToTheStory() {
        // written for this test, after Timeline17 haiti_bbc, where a UN mission named in apposition after
        // "in Haiti" placed Haiti within the mission
        String mission = "The UN relief mission in Ostria, Unmisor, has said 40 of its staff are missing.";
        assertThat(learn(List.of("Ostria"), mission, IN_OSTRIA).within("Ostria", "Unmisor")).isFalse();
        assertThat(learn(List.of("Vellmar"), "Rescuers reached Vellmar, Ostria, on Tuesday.").within("Vellmar", "Ostria"))
                .isFalse(); // nothing reads Ostria as a place
        assertThat(learn(List.of("Vellmar", "Ostria"), "Rescuers reached Vellmar, Ostria, on Tuesday.")
                .within("Vellmar", "Ostria")).isTrue(); // a place looked up
    }
    @Test
    void aListClosedByEtcIsNoApposition() {
        // written for this test (Timeline17 LibyaWar_reuters, H1N1_bbc: a country "within Europe")
        assertThat(learn(List.of("Vellmar", "Ostria"), "Fear spread from Vellmar, Ostria, etc. to the coast.")
                .within("Vellmar", "Ostria")).isFalse();
        assertThat(learn(List.of("Vellmar", "Ostria"), "Fear spread from Vellmar, Ostria, on Monday.")
                .within("Vellmar", "Ostria")).isTrue();
    }

    @Test
    void noCountryLiesWithinAnother() {
        // written for this test (Timeline17 EgyptianProtest_cnn "Tunisia within Egypt", SyrianCrisis_bbc
        // "Turkey within France": lists read as appositions)
        assertThat(learn(List.of("Chad", "Niger"), "Chad, Niger: who falls next?").within("Chad", "Niger")).isFalse();
        assertThat(learn(List.of("Vellmar", "Niger"), "Vellmar, Niger: who falls next?").within("Vellmar", "Niger")).isTrue();
    }

    @Test
    void aGivenNameIsNoContainer() {
        // written for this test (Timeline17 EgyptianProtest_cnn: a presenter addressed, "... in Egypt, Wolf.",
        // once "back in, Wolf" without its comma, put Egypt within "Wolf")
        String[] story = {"The crowds are growing in Ostria, Pavel.", "Let me come back in Pavel, as the march goes on.",
            "Pavel Holm reports from the square.", "Thanks, Pavel Holm."};
        assertThat(learn(List.of("Ostria"), story).within("Ostria", "Pavel")).isFalse();
        String[] place = {"The crowds are growing in Vellmar, Ostria.", "Aid flights landed in Ostria.",
            "Rain fell in Ostria.", "The Ostria Relief Fund paid."}; // a place more often than it opens a name
        assertThat(learn(List.of("Vellmar"), place).within("Vellmar", "Ostria")).isTrue();
        String[] acronym = {"Fans gathered in Vellmar, OS.", "The OS Open and the OS Cup were played in OS.", "OS Senate"};
        assertThat(learn(List.of("Vellmar"), acronym).within("Vellmar", "OS")).isTrue(); // an acronym opens names, not as a given name
    }
}
