package org.newsbrief.entities;

import java.util.List;
import java.util.Objects;

/**
 * One person, place or organisation of a story with every way the outlets write it.
 *
 * @param name the most used spelling (the longest among equals)
 * @param type its kind
 * @param variants every spelling used, most used first
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
