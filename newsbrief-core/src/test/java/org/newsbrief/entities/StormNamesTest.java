package org.newsbrief.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StormNamesTest {

    @Test
    void aStormsNameAloneVotesForNoPlaceButAStrongPersonCueStays() {
        // DUC 2003 d31028t: "Georges" had 28 place votes beside "Hurricane Georges"
        List<Map.Entry<String, TypeCues.Kind>> votes = new ArrayList<>(List.of(
                Map.entry("Zelda", new TypeCues.Kind(EntityType.LOCATION, false)),
                Map.entry("Zelda", new TypeCues.Kind(EntityType.PERSON, true)),
                Map.entry("Andrew", new TypeCues.Kind(EntityType.PERSON, false)),
                Map.entry("Tortola", new TypeCues.Kind(EntityType.LOCATION, false))));
        StormNames.retype(votes, Map.Entry::getKey, Map.Entry::getValue, (e, kind) -> Map.entry(e.getKey(), kind),
                Set.of("Hurricane Zelda", "Zelda", "Hurricane Andrew", "Andrew", "Tortola"));
        assertThat(votes).extracting(e -> e.getValue().type())
                .containsExactly(EntityType.OTHER, EntityType.OTHER, EntityType.PERSON, EntityType.LOCATION);
    }

    @Test
    void aStormIsShownByTheNameThatSaysItIsOne() {
        assertThat(StormNames.shown("Zelda", List.of("Zelda", "Hurricane Zelda"))).isEqualTo("Hurricane Zelda");
        assertThat(StormNames.name("Super Typhoon Zeb")).isEqualTo("Zeb");
        assertThat(StormNames.name("Hurricane Cove Bungalows")).isNull();
    }
}
