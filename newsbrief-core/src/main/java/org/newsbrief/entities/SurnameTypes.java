package org.newsbrief.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Types a surname written alone as a person where the story names people by full names ending in it and no cue
 * typed it: "Tan" beside "Lucio Tan", "Livingston" beside "Bob Livingston" and "Robert Livingston", "Suratman" beside
 * two spellings of the general's name (DUC 2003 d31041t, d31031t, d30034t; issue 5). The surname stays apart where
 * its articles or the several people it may be keep it so ({@link NameGroups}), but it is a person's either way. A
 * listed country ("Jordan" beside "Vernon Jordan") and a people's or faith's word are left as they are, and so is a
 * word that ends a place's or an organisation's name too. Stateless.
 */
final class SurnameTypes {

    private SurnameTypes() {
    }

    /** {@code entities} with each untyped single-word surname of the story's people typed a person. */
    static void type(List<Entity> entities) {
        Set<String> personEnds = new HashSet<>();
        Set<String> otherEnds = new HashSet<>();
        for (Entity entity : entities) {
            if (entity.type() == EntityType.OTHER) {
                continue;
            }
            Set<String> ends = entity.type() == EntityType.PERSON ? personEnds : otherEnds;
            for (String variant : entity.variants()) {
                int space = variant.lastIndexOf(' ');
                if (space > 0) {
                    ends.add(variant.substring(space + 1));
                }
            }
        }
        personEnds.removeAll(otherEnds);
        if (personEnds.isEmpty()) {
            return;
        }
        entities.replaceAll(entity -> surname(entity, personEnds)
                ? new Entity(entity.name(), EntityType.PERSON, entity.variants(), entity.mentions(), entity.outlets()) : entity);
    }

    private static boolean surname(Entity entity, Set<String> personEnds) {
        if (entity.type() != EntityType.OTHER || entity.name().length() < 2 // "J" of a run cut at "Henry J."
                || TypeCues.COUNTRIES.contains(entity.name().toLowerCase(Locale.ROOT))
                || TypeCues.groupWord(entity.name())) {
            return false;
        }
        boolean ends = false;
        for (String variant : entity.variants()) {
            if (variant.indexOf(' ') >= 0) {
                return false;
            }
            ends |= personEnds.contains(variant);
        }
        return ends;
    }
}
