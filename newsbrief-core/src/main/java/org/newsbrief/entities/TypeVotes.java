package org.newsbrief.entities;

import java.util.EnumMap;
import java.util.Map;

/**
 * The kinds the mentions of one name vote for ({@link TypeCues.Kind}). A weak cue (a speech verb
 * after the name, which countries and organisations take as often as people: "Britain said",
 * "Republicans said"; "the" before a single word: "the Taliban", "the Senate") counts a third of a
 * strong one (a title, a place preposition, a place, organisation or media word): "Britain said"
 * twice and "in Britain" once is a place, while a person quoted sixty times stays a person beside
 * the odd place cue a list or a headline gives. By majority of the weighed votes; OTHER where none
 * tells. Not thread-safe (one caller fills and reads it).
 */
final class TypeVotes {

    /** How many weak cues count as one strong cue. */
    static final int WEAK_PER_STRONG = 3;

    private final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    private int strongOrganisation;

    void add(TypeCues.Kind kind) {
        votes.merge(kind.type(), kind.weak() ? 1 : WEAK_PER_STRONG, Integer::sum);
        if (kind.type() == EntityType.ORGANIZATION && !kind.weak()) {
            strongOrganisation++;
        }
    }

    /**
     * Whether the mentions type the name an organisation by strong cues, at least {@code times} of them
     * (an organisation or media word, an acronym, "a Reuters reporter"; not "the" alone), and the
     * votes an organisation.
     */
    boolean knownOrganisation(int times) {
        return strongOrganisation >= times && kind() == EntityType.ORGANIZATION;
    }

    EntityType kind() {
        return EntityResolver.majority(votes);
    }
}
