package org.newsbrief.brief;

import java.util.List;
import java.util.Objects;

/**
 * A person, place or organisation of the story.
 *
 * @param name the most used spelling
 * @param type PERSON, LOCATION, ORGANIZATION or OTHER
 * @param variants every spelling the outlets use, most used first
 * @param outlets how many distinct outlets name it
 * @param mentions how many times it is named
 * @param sources the citation numbers of the articles naming it
 */
public record BriefEntity(String name, String type, List<String> variants, int outlets, int mentions,
        List<Integer> sources) {

    public BriefEntity {
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        sources = List.copyOf(sources);
    }
}
