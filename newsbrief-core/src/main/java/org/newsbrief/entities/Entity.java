package org.newsbrief.entities;

import java.util.List;
import java.util.Objects;

/**
 * One person, place or organisation of a story with every way the outlets write it.
 *
 * @param name the spelling with the most mentions, then the most outlets, then one without a letter
 *     written three times over ("Baadeen" before "Baadeeen"), then the longest
 * @param type its kind
 * @param variants every spelling used, in that order (the name first); references added after the
 *     spellings ("the observatory")
 * @param mentions every occurrence, in story order
 * @param outlets how many distinct outlets name it
 */
public record Entity(String name, EntityType type, List<String> variants, List<EntityMention> mentions, int outlets) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        mentions = List.copyOf(mentions);
    }
}
