package org.newsbrief.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations that a speech verb alone had typed people: "Xinhua added", "Interpol warned" (DUC 2003 d30020t,
 * d30003t; issue 5). A speech verb is a weak person cue ({@link TypeVotes}), and a single word named by nothing
 * else takes it. Two shapes outweigh it, each a weak organisation vote in its place: a word that the story also
 * writes as its news agency's full name ("Xinhua News Agency", "Kyodo News"; {@link #agencies}), and a single
 * word shaped as a blended institution's or company's name ({@link #ENDINGS}: "Interpol", "Europol", "Telecom",
 * "Intelsat"). Stateless.
 */
final class SpeakingOrganisations {

    /**
     * Endings of blended names of institutions and companies ("Inter-pol", "Tele-com", "Intel-sat", "Micro-soft"),
     * which no given name or surname takes; names that the English list holds are left out ("Malcom").
     */
    static final List<String> ENDINGS = List.of("pol", "com", "sat", "soft", "tech", "corp");

    /** A news agency's full name: its own word, then "News" or "Press", maybe "Agency" or "Service". */
    private static final Pattern AGENCY = Pattern.compile("(\\p{Lu}[\\p{L}-]+) (?:News|Press)(?: (?:Agency|Service))?");

    private SpeakingOrganisations() {
    }

    /**
     * The own words, in lower case, of the news agencies among a story's {@code spellings} ("xinhua" of "Xinhua News
     * Agency"), where no longer spelling ends in that word: "Bloomberg News" beside "Michael Bloomberg" gives none.
     */
    static Set<String> agencies(Set<String> spellings) {
        Set<String> agencies = new HashSet<>();
        for (String spelling : spellings) {
            Matcher agency = AGENCY.matcher(spelling);
            if (agency.matches()) {
                agencies.add(agency.group(1));
            }
        }
        if (agencies.isEmpty()) {
            return agencies;
        }
        for (String spelling : spellings) {
            int space = spelling.lastIndexOf(' ');
            if (space > 0) {
                agencies.remove(spelling.substring(space + 1));
            }
        }
        Set<String> lower = new HashSet<>();
        agencies.forEach(word -> lower.add(word.toLowerCase(Locale.ROOT)));
        return lower;
    }

    /** The own word of a news agency's full name ("Xinhua" of "Xinhua News Agency"), else null. */
    static String agencyWord(String spelling) {
        Matcher agency = AGENCY.matcher(spelling);
        return agency.matches() ? agency.group(1) : null;
    }

    /** Whether a single word is shaped as a blended institution's or company's name ({@link #ENDINGS}). */
    static boolean organisationShaped(String text) {
        if (text.length() < 6 || text.indexOf(' ') >= 0 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return ENDINGS.stream().anyMatch(lower::endsWith) && !NameKeys.ENGLISH_NAMES.contains(NameKeys.fold(lower));
    }

    /**
     * Turns the weak person votes of the story's news agencies' words and of organisation-shaped words into weak
     * organisation votes; strong person cues (a title, a pronoun) are kept.
     */
    static <T> void retype(List<T> items, Function<T, String> text, Function<T, TypeCues.Kind> kind,
            BiFunction<T, TypeCues.Kind, T> retyped, Set<String> spellings) {
        Set<String> agencies = agencies(spellings);
        items.replaceAll(item -> {
            TypeCues.Kind k = kind.apply(item);
            if (k.type() != EntityType.PERSON || !k.weak()) {
                return item;
            }
            String name = text.apply(item);
            return agencies.contains(name.toLowerCase(Locale.ROOT)) || organisationShaped(name)
                    ? retyped.apply(item, new TypeCues.Kind(EntityType.ORGANIZATION, true)) : item;
        });
    }
}
