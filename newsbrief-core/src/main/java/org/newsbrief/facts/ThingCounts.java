package org.newsbrief.facts;

import java.util.Locale;
import java.util.Set;

/**
 * Counts whose counted noun is positively a thing, not people, though a cue of a concept stands in their clause: such
 * a count keeps its concept (a seizure of anything is a capture in the labels of {@code bench/concepts}) but is no key
 * figure, whose rows count people. The test fails safe: only a noun of the short lists below is a thing, so a noun
 * of people the lists lack ("seized two Britons", "12 Iranians") keeps its figure.
 * <ol>
 * <li><b>Objects and kinds</b> (arms, vehicles, papers and devices, goods; nationalities, countries; flights; counts
 * and charges of a crime) count no one of any concept: "They also seized two computers, ..., two Korans", "Three miners
 * in the two cars were injured", "the dead or injured represented at least 19 nationalities", "airlines cancelled about
 * 1,000 flights", "arrested her on three counts of first-degree murder".</li>
 * <li><b>Places</b> (towns, villages, bases, buildings, sites, states) count no one killed, wounded or captured ({@link
 * QuantityRules#CASUALTY_CONCEPTS}): "rebels captured two towns", "inspect the two killing sites", "death toll spans 5
 * states". Of the other
 * concepts they may be the figure ("12 villages were evacuated", "three besieged towns"), so they stay.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class ThingCounts {

    /** Plural nouns of objects (arms, vehicles, papers and devices, goods) and of kinds of people. */
    private static final Set<String> OBJECTS = Set.of(
            "weapons", "arms", "guns", "rifles", "pistols", "handguns", "shotguns", "grenades", "bombs", "explosives",
            "mines", "rockets", "missiles", "launchers", "mortars", "bullets", "cartridges", "knives", "swords", "machetes",
            "cars", "trucks", "lorries", "vehicles", "vans", "buses", "jeeps", "tanks", "boats", "ships", "vessels",
            "tankers", "trawlers", "planes", "aircraft", "airplanes", "airliners", "jets", "helicopters", "motorcycles",
            "bicycles", "trains",
            "computers", "laptops", "phones", "telephones", "cellphones", "cameras", "radios", "diskettes", "disks",
            "tapes", "cassettes", "videotapes", "documents", "papers", "files", "passports", "letters", "books",
            "magazines", "newspapers", "leaflets", "maps", "photographs", "photos", "korans", "bibles",
            "drugs", "bags", "packages", "parcels", "boxes", "crates", "containers", "bales", "barrels", "bottles",
            "nationalities", "countries", "nations",
            "flights", "counts", "charges");

    /** Plural nouns of places, which no one kills, wounds or captures as people: "captured two towns". */
    private static final Set<String> PLACES = Set.of("towns", "villages", "cities", "bases", "posts", "outposts",
            "positions", "checkpoints", "hills", "airports", "airfields", "ports", "bridges", "buildings", "houses",
            "offices", "districts", "neighbourhoods", "neighborhoods", "oilfields", "sites", "states", "provinces", "counties");

    private ThingCounts() {
    }

    /** Whether {@code quantity}'s counted noun is a thing ({@link #OBJECTS}; {@link #PLACES} of a casualty concept). */
    static boolean countsThings(Quantity quantity) {
        String noun = quantity.unit().toLowerCase(Locale.ROOT);
        return thing(OBJECTS, noun) || QuantityRules.CASUALTY_CONCEPTS.contains(quantity.concept()) && thing(PLACES, noun);
    }

    /** Whether the noun or its plural ("one computer", "a bus") is in the list. */
    private static boolean thing(Set<String> nouns, String noun) {
        return nouns.contains(noun) || nouns.contains(noun + "s") || nouns.contains(noun + "es");
    }
}
