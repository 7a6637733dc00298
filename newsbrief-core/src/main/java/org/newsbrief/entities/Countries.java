package org.newsbrief.entities;

import java.util.Locale;
import java.util.Set;

/**
 * The single-word countries of {@code places.txt} (its section "countries and their usual short forms";
 * not its continents and regions, nor the nations of Britain listed apart): for readers outside the
 * resolver, such as the place containment of the key figures, which knows that no country lies within
 * another ("Tunisia, Egypt, what's next?" is a list, not Tunisia in Egypt). Stateless.
 */
public final class Countries {

    private static final Set<String> COUNTRIES = NameRules.loadWords("places.txt", "# countries");

    private Countries() {
    }

    /** Whether {@code name}, in any case, is one of the listed countries ("Egypt", "Britain"; not "Europe", not "Wales"). */
    public static boolean isCountry(String name) {
        return COUNTRIES.contains(name.toLowerCase(Locale.ROOT));
    }
}
