package org.newsbrief.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Types a person an untyped name that opens with a common given name ({@code given-names.txt} beside this class):
 * "Richard Nixon", "Kenneth Starr", "Glenn Poshard" had no title, speech verb or pronoun beside them and stayed
 * untyped (DUC 2003 reading, the largest class of wrong types left; issue 5). One spelling must open with a listed
 * given name, and every spelling of two words or more must have two to four words, hold no organisation's,
 * institution's, company's, place's or thing's word ("Simon Wiesenthal Center", "Charles River", "Jack Tar Village
 * Resort") nor end in a people's or faith's word, and open no longer name that holds one. Only OTHER is changed: a
 * vote of the story is kept. Stateless.
 */
final class GivenNameTypes {

    /** Given names, in lower case. */
    static final Set<String> GIVEN_NAMES = NameRules.loadWords("given-names.txt");

    /** The most words of a person's spelling read: "Luiz Inacio Lula da Silva" has five and is left. */
    static final int MOST_WORDS = 4;

    private GivenNameTypes() {
    }

    /**
     * Words of places and things named after people, beside the organisation and place words of {@link NameRules}:
     * "Jack Tar Village Resort" is a hotel.
     */
    static final Set<String> THING_WORDS = Set.of("resort", "village", "hotel", "casino", "park", "stadium", "airport",
            "bridge", "street", "avenue", "road", "square", "memorial", "award", "prize", "trophy", "hospital", "museum",
            "library", "hall", "tower", "building", "fund", "trust", "show", "day", "township", "county", "state", "crusade",
            "advisors", "advisers", "partners", "associates", "capital", "holdings", "station", "beach", "heights",
            "arena", "theater", "theatre", "productions", "pictures", "records", "entertainment", "foundation",
            // places of worship: "Alexander Nevsky Monastery" had been typed a person (DUC 2004; issue 5, nineteenth round)
            "monastery", "cathedral", "convent", "mosque", "chapel", "basilica", "shrine");

    /**
     * Nouns after a name that make it a shop's, a brand's or a thing's: "the Harry Winston jewellery store" (ECB+
     * topic 24), "the Walter Reed hospital"; a name written so once is left untyped.
     */
    static final Set<String> THING_NOUNS_AFTER = Set.of("store", "stores", "shop", "shops", "jewellers", "jewelers",
            "jewellery", "jewelry", "boutique", "brand", "label", "company", "firm", "restaurant", "hotel", "hospital",
            "foundation", "award", "prize", "trophy", "show", "collection", "dealership", "school", "stadium");

    /**
     * {@code entities} with each untyped name that a given name opens typed a person, unless one of its spellings is
     * among {@code beforeThings} (written before a {@link #THING_NOUNS_AFTER} noun).
     */
    static void type(List<Entity> entities, Set<String> beforeThings) {
        List<String> things = new ArrayList<>();
        entities.forEach(entity -> entity.variants().stream().filter(v -> v.indexOf(' ') > 0)
                .filter(v -> Arrays.stream(v.split("\\s+")).anyMatch(GivenNameTypes::thingWord)).forEach(things::add));
        entities.replaceAll(entity -> entity.type() == EntityType.OTHER && personsName(entity.variants(), things)
                && entity.variants().stream().noneMatch(beforeThings::contains)
                ? EntityResolver.retyped(entity, EntityType.PERSON) : entity);
    }

    /**
     * Whether the spellings of an untyped entity name a person by a given name; none may open a longer name of the
     * story's {@code things} ("Jack Tar" of "Jack Tar Village Resort").
     */
    static boolean personsName(List<String> variants, List<String> things) {
        boolean given = false;
        for (String variant : variants) {
            String[] words = variant.split("\\s+");
            if (words.length == 1) {
                continue;
            }
            if (words.length > MOST_WORDS || TypeCues.groupWord(words[words.length - 1])
                    || Arrays.stream(words).anyMatch(GivenNameTypes::thingWord)
                    || things.stream().anyMatch(thing -> thing.startsWith(variant + " "))) {
                return false;
            }
            given |= GIVEN_NAMES.contains(words[0].toLowerCase(Locale.ROOT));
        }
        return given;
    }

    /** Whether a word names a thing or a place, not a person ({@link #THING_WORDS}, {@link NameRules}), or is no name's word. */
    private static boolean thingWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
        return word.isEmpty() || !Character.isUpperCase(word.charAt(0)) && !NameRules.SURNAME_PARTICLES.contains(word)
                || THING_WORDS.contains(lower) || NameRules.ORGANIZATION_WORDS.contains(lower)
                || NameRules.LOCATION_WORDS.contains(lower) || NameRules.INSTITUTION_HEADS.contains(lower)
                || NameRules.COMPANY_HEADS.contains(lower) || TypeCues.COUNTRIES.contains(lower);
    }
}
