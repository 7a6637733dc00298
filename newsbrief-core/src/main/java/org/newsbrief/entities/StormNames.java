package org.newsbrief.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storms named as people are: "Hurricane Georges", "Super Typhoon Zeb", "Tropical Storm Hermine". A story calls the storm
 * by its name alone as often ("Georges hit Puerto Rico"), and the place prepositions around it ("in Georges' path") had
 * typed that name a place apart from the storm (DUC 2003 d31028t: "Georges", 28 mentions, a place beside "Hurricane
 * Georges"; d31011t: "Babs" apart from "Typhoon Babs" and "Supertyphoon Babs"; issue 5). Stateless.
 */
final class StormNames {

    /** A storm's kind and its one-word name. */
    private static final Pattern STORM = Pattern.compile(
            "(?:Super\\s+Typhoon|Supertyphoon|Typhoon|Hurricane|Tropical\\s+(?:Storm|Depression|Cyclone)|Cyclone)\\s+(\\p{Lu}[\\p{L}'-]+)");

    private StormNames() {
    }

    /** The name of the storm a spelling names ("Georges" of "Hurricane Georges"), else null. */
    static String name(String spelling) {
        Matcher storm = STORM.matcher(spelling);
        return storm.matches() ? storm.group(1) : null;
    }

    /** The names of the storms among a story's spellings. */
    static Set<String> names(Iterable<String> spellings) {
        Set<String> names = new HashSet<>();
        for (String spelling : spellings) {
            String name = name(spelling);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Turns every vote for a storm's name written alone into a strong vote for no kind of person, place or
     * organisation ({@link EntityType#OTHER}), but a strong person cue (a title, a pronoun): "Andrew" of a story that
     * names "Hurricane Andrew" may still be a man of it.
     */
    static <T> void retype(List<T> items, Function<T, String> text, Function<T, TypeCues.Kind> kind,
            BiFunction<T, TypeCues.Kind, T> retyped, Set<String> spellings) {
        Set<String> storms = names(spellings);
        if (storms.isEmpty()) {
            return;
        }
        items.replaceAll(item -> {
            TypeCues.Kind k = kind.apply(item);
            return storms.contains(text.apply(item)) && !(k.type() == EntityType.PERSON && !k.weak())
                    ? retyped.apply(item, new TypeCues.Kind(EntityType.OTHER, false)) : item;
        });
    }

    /**
     * The storm's name an entity is shown by: the most frequent of its spellings that names the storm ("Hurricane
     * Georges") where its most frequent is the name alone ("Georges"); else {@code top}.
     */
    static String shown(String top, List<String> variants) {
        return top.indexOf(' ') >= 0 ? top
                : variants.stream().filter(v -> top.equals(name(v))).findFirst().orElse(top);
    }
}
