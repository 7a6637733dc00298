package org.newsbrief.entities;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The single-word countries of {@code places.txt} (its section "countries and their usual short forms";
 * not its continents and regions, nor the nations of Britain listed apart): for readers outside the
 * resolver, such as the place containment of the key figures, which knows that no country lies within
 * another ("Tunisia, Egypt, what's next?" is a list, not Tunisia in Egypt). Stateless.
 */
public final class Countries {

    private static final Set<String> COUNTRIES = section("places.txt", "# countries");

    private Countries() {
    }

    /** Whether {@code name}, in any case, is one of the listed countries ("Egypt", "Britain"; not "Europe", not "Wales"). */
    public static boolean isCountry(String name) {
        return COUNTRIES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The words of {@code resource} after a comment line opening with {@code header}, up to the next comment line (the next section's header). */
    private static Set<String> section(String resource, String header) {
        Set<String> all = NameRules.loadWords(resource); // checks the resource is there
        Set<String> words = new HashSet<>();
        try (java.io.InputStream in = Countries.class.getResourceAsStream(resource)) {
            java.io.BufferedReader reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            boolean inside = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.startsWith("#")) {
                    if (inside) {
                        break; // the next section's header ("# nations of ...")
                    }
                    inside = text.startsWith(header);
                } else if (inside && !text.isEmpty()) {
                    words.add(text.toLowerCase(Locale.ROOT));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        words.retainAll(all);
        return Set.copyOf(words);
    }
}
