package org.newsbrief.entities;

import java.util.EnumMap;
import java.util.Map;

/**
 * The kinds the mentions of one name vote for ({@link TypeCues.Kind}). The weak cues (a speech verb
 * after the name, which countries and organisations take as often as people: "Britain said",
 * "Republicans said"; "the" before a single word: "the Taliban", "the Senate") count only where no
 * strong cue (a title, a place preposition, a place, organisation or media word) tells: "Britain
 * said" twice and "in Britain" once is a place. By majority within the strongest votes; OTHER where
 * none tells. Not thread-safe (one caller fills and reads it).
 */
final class TypeVotes {

    private final Map<EntityType, Integer> strong = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Integer> weak = new EnumMap<>(EntityType.class);

    void add(TypeCues.Kind kind) {
        (kind.weak() ? weak : strong).merge(kind.type(), 1, Integer::sum);
    }

    EntityType kind() {
        EntityType decided = EntityResolver.majority(strong);
        return decided != EntityType.OTHER ? decided : EntityResolver.majority(weak);
    }
}
