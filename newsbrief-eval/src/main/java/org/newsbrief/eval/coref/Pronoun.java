package org.newsbrief.eval.coref;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The classes of pronoun mentions that {@link MentionSieve} resolves, as data: which words belong
 * to a class and which earlier mentions a pronoun of that class may take as its antecedent.
 * Stateless.
 */
enum Pronoun {
    /** "he", "she", "his", "herself": a name or a singular nominal ("Tara Reid", "the actress"; not "prosecutors"). */
    PERSONAL_SINGULAR,
    /** "they", "them", "their": a nominal ("police officers", "police", "the team"), never a name ("Jones"). */
    PERSONAL_PLURAL,
    /** "it", "its": any mention. */
    NEUTER,
    /** "there", "here", "where": any mention (a place, when the sieve is typed). */
    PLACE,
    /** "who", "which", "that": the mention just before it in the sentence. */
    RELATIVE,
    /** "I", "me", "my": the first such pronoun of the document (one speaker). */
    FIRST_SINGULAR,
    /** "we", "us", "our": the first such pronoun of the document. */
    FIRST_PLURAL,
    /** "you", "this", "these", "those": not resolved; grouped with the same word in the topic. */
    OTHER;

    private static final Map<String, Pronoun> WORDS = words();
    private static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");

    /** The class of a mention that is one pronoun ({@link HeadLemma#PRONOUNS}), else null. */
    static Pronoun of(GoldMention mention) {
        String text = mention.mention().text().strip().toLowerCase(Locale.ROOT);
        if (!HeadLemma.pronoun(text)) {
            String bare = text.replaceFirst("['\u2019]s?$", "");
            return HeadLemma.pronoun(bare) ? WORDS.get(bare) : null;
        }
        return WORDS.get(text);
    }

    /** Whether a pronoun mention is "she", "her", "hers" or "herself". */
    static boolean feminine(GoldMention mention) {
        return FEMININE.contains(mention.mention().text().strip().toLowerCase(Locale.ROOT).replaceFirst("['\u2019]s?$", ""));
    }

    /** Whether an earlier pronoun of the same class (and gender) is an antecedent. */
    boolean chainsWithItself() {
        return this == PERSONAL_SINGULAR || this == PERSONAL_PLURAL || this == NEUTER;
    }

    /** Whether a mention that is not a pronoun can be this pronoun's antecedent. */
    boolean accepts(GoldMention candidate, boolean name) {
        boolean plural = !name && plural(candidate.mention().text()); // "Jones" is not a plural
        return switch (this) {
            case PERSONAL_SINGULAR -> !plural;
            case PERSONAL_PLURAL -> plural || !name;
            case NEUTER, PLACE -> true;
            default -> false;
        };
    }

    /** Whether the head word of a nominal is a plural that {@link HeadLemma} makes singular ("prosecutors", "people"). */
    static boolean plural(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).replaceFirst("['\u2019]s?$", "").split("\\s+");
        return !HeadLemma.of(text).equals(words[words.length - 1]);
    }

    private static Map<String, Pronoun> words() {
        Map<String, Pronoun> words = new java.util.HashMap<>();
        put(words, PERSONAL_SINGULAR, "he", "him", "his", "himself", "she", "her", "hers", "herself");
        put(words, PERSONAL_PLURAL, "they", "them", "their", "theirs", "themselves");
        put(words, NEUTER, "it", "its", "itself");
        put(words, PLACE, "there", "here", "where");
        put(words, RELATIVE, "who", "whom", "whose", "which", "that");
        put(words, FIRST_SINGULAR, "i", "me", "my", "mine", "myself");
        put(words, FIRST_PLURAL, "we", "us", "our", "ours", "ourselves");
        put(words, OTHER, "you", "your", "yours", "yourself", "this", "these", "those");
        return Map.copyOf(words);
    }

    private static void put(Map<String, Pronoun> words, Pronoun pronoun, String... list) {
        for (String word : list) {
            words.put(word, pronoun);
        }
    }
}
