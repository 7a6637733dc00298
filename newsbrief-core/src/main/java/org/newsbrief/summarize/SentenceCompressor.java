package org.newsbrief.summarize;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.analysis.WordTokenizer;

/**
 * Rule-based sentence compression (compressive summarization, after Zajic et al.'s trimming and
 * Gillick and Favre 2009): conservative deletions that leave a grammatical whole sentence with
 * the same main clause, so that a summary's words hold more content. Only deletions: the
 * shortened text's tokens are the source's in order, less some (checked for every result; the
 * first word may gain a capital where an opening phrase was dropped). Each rule is a pattern
 * over the sentence text whose match is replaced, listed in {@link #RULES} with the phrase that
 * motivated it. Patterns ignore case, so that lower-cased articles (Multi-News) compress too;
 * the guards that need capitals ({@link Rule#name()} notes) are the rules' look-arounds.
 * A match may hold no quotation mark, and an attribution stays in a sentence that quotes
 * ({@link Guard#UNQUOTED}). Stateless and thread-safe.
 */
public final class SentenceCompressor {

    /** A deletion: every match of {@code pattern} that its guard allows is replaced by {@code replacement}. */
    record Rule(int level, String name, Pattern pattern, String replacement, Set<Guard> guards, String example) {
        Rule {
            guards = guards.isEmpty() ? Set.of() : EnumSet.copyOf(guards);
        }
    }

    /** What a match must also satisfy, beyond its pattern and holding no quotation mark. */
    enum Guard {
        /** At most {@link #MAX_BRACKET_WORDS} words. */
        SHORT,
        /**
         * Right after the subject: within the sentence's first {@link #MAX_SUBJECT_WORDS} words and not
         * followed by a participle ("..., the spokeswoman said, speaking anonymously." keeps its attribution).
         */
        AFTER_SUBJECT,
        /**
         * The first appositive of its noun phrase: no comma among the four words before it
         * ("Rep. Jo Ames, R-Ohio, the committee's chairman, said" keeps its commas).
         */
        FIRST_APPOSITIVE,
        /**
         * The sentence holds no quotation: a quotation keeps the attribution that says whose words
         * they are.
         */
        UNQUOTED,
        /**
         * The next word is a verb of the noun phrase the match follows: a past form ("-ed"), a
         * present third person ("-s"), or a common auxiliary or irregular past ({@link #VERBS}), so
         * that the phrase that stays needs no closing comma ("Pinochet, 82, in London for surgery,
         * was held" keeps its age).
         */
        VERB_NEXT,
        /**
         * What follows opens a clause, not another phrase before it: no comma among its next three
         * words ("On Tuesday, in contrast, the leaders ..." keeps its opening), no preposition
         * first ("In Wadi Rum, in the mountains, ...") and no possessive first, which opens an
         * appositive of the place ("In Sao Paulo, Brazil's largest city, ...").
         */
        CLAUSE_NEXT
    }

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "near", "outside", "from", "of", "for",
            "with", "by", "during", "after", "before", "inside", "across", "along", "around");

    /** Verbs that may follow a name once its appositive is dropped, besides "-ed" and "-s" forms. */
    private static final Set<String> VERBS = Set.of("was", "were", "is", "are", "has", "had", "have", "will", "would",
            "could", "can", "may", "might", "must", "should", "did", "does", "said", "told", "died", "won", "led", "took",
            "went", "made", "became", "left", "came", "gave", "fled", "fell", "ran", "got", "met", "sent", "spent", "held",
            "wrote", "began", "sat", "stood", "saw", "knew", "thought", "lost", "paid", "sold", "kept", "found");

    private static final String DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A time a news sentence adds to its event: a weekday, a relative day or week, a date of the month. */
    private static final String TIME = "(?:(?:early\\s+|late\\s+)?(?:on\\s+)?" + DAY + PART_OF_DAY
            + "|(?:on\\s+)?" + MONTH + "\\s+\\d{1,2}|yesterday|today|tonight|last\\s+(?:week|month|night)"
            + "|earlier\\s+(?:this|on)\\s+(?:week|month|" + DAY + ")|this\\s+week)";
    /** Who is said to have said it: a pronoun, a group, a short noun phrase with "the", or a name. */
    private static final String SPEAKER = "(?:he|she|they|officials|police|authorities|analysts|experts|witnesses"
            + "|investigators|diplomats|prosecutors|doctors|residents|the\\s+[\\w'-]+(?:\\s+[\\w'-]+){0,4}"
            + "|(?-i:\\p{Lu}[\\w.'-]*)(?:\\s+(?-i:\\p{Lu}[\\w.'-]*)){0,3})";
    private static final String SAID = "(?:said|says|told\\s+reporters|added|reported|announced)"
            + "(?:\\s+in\\s+a\\s+(?:statement|news\\s+conference|telephone\\s+interview|interview))?";
    /** A place named by capitalised words: "Jerusalem", "New Delhi", "the West Bank" is not one (no article). */
    private static final String PLACE = "(?-i:\\p{Lu}[\\w.'-]*)(?:\\s+(?-i:\\p{Lu}[\\w.'-]*)){0,2}";
    /** A person's role in an appositive: "a spokesman for the ministry", "the chief executive of Acme". */
    private static final String ROLE = "(?:spokesman|spokeswoman|spokesperson|official|analyst|economist|professor"
            + "|lawyer|attorney|director|chairman|chairwoman|chief|president|minister|secretary|leader|member|expert"
            + "|researcher|senator|representative|commander|executive|manager|editor|founder|head|ambassador"
            + "|governor|mayor|general|colonel|judge|adviser|advisor|aide|negotiator|envoy)";

    /**
     * The rules, applied in this order. Level 1 drops what adds no event: asides, times, places,
     * attributions, ages and roles; level 2 also drops what adds a second fact: non-restrictive
     * relative clauses and closing "saying ..." phrases.
     */
    static final List<Rule> RULES = List.of(
            new Rule(1, "bracketed aside: a parenthesis of at most 12 words inside the sentence",
                    Pattern.compile("(?<=\\S)\\s+\\((?:[^()\"]|\\s){1,100}\\)(?=[\\s.,;:])"), "", EnumSet.of(Guard.SHORT),
                    "The ministry (which oversees the ports) closed two harbours. -> The ministry closed two harbours."),
            new Rule(1, "opening time or statement phrase before the subject, followed by a clause",
                    Pattern.compile("^(?:" + TIME + "|in\\s+a\\s+(?:statement|news\\s+conference|telephone\\s+interview|"
                            + "written\\s+statement)(?:\\s+(?:on\\s+)?" + DAY + ")?|later|earlier)\\s*,\\s+(?=\\S+\\s+\\S+\\s+\\S+)",
                            Pattern.CASE_INSENSITIVE),
                    "", EnumSet.of(Guard.CLAUSE_NEXT), "On Tuesday, the council voted to close the plant. -> The council voted to close the plant."),
            new Rule(1, "opening place before the subject, followed by a clause",
                    Pattern.compile("^(?-i:In|At|Near|Outside)\\s+" + PLACE + "\\s*,\\s+(?=\\S+\\s+\\S+\\s+\\S+)"),
                    "", EnumSet.of(Guard.CLAUSE_NEXT), "In Jakarta, students marched to the parliament. -> Students marched to the parliament."),
            new Rule(1, "opening source before the subject: 'According to X, '",
                    Pattern.compile("^according\\s+to\\s+[^,\"()]{1,60},\\s+(?=\\S+\\s+\\S+\\s+\\S+)", Pattern.CASE_INSENSITIVE),
                    "", EnumSet.of(Guard.CLAUSE_NEXT, Guard.UNQUOTED),
                    "According to the police, the driver fled on foot. -> The driver fled on foot."),
            new Rule(1, "closing attribution: ', officials said.' and the like",
                    Pattern.compile(",\\s+" + SPEAKER + "\\s+" + SAID + "(?:\\s+" + TIME + ")?\\s*\\.$", Pattern.CASE_INSENSITIVE),
                    ".", EnumSet.of(Guard.UNQUOTED), "The bridge will reopen in May, officials said Monday. -> The bridge will reopen in May."),
            new Rule(1, "closing attribution, inverted, by a name: ', said Jane Roe, a spokeswoman for X.'",
                    Pattern.compile(",\\s+(?:said|says)\\s+(?-i:\\p{Lu}[\\w.'-]*)(?:\\s+(?-i:\\p{Lu}[\\w.'-]*)){0,3}"
                            + "(?:,\\s+[^,\"()]{1,80})?\\s*\\.$", Pattern.CASE_INSENSITIVE),
                    ".", EnumSet.of(Guard.UNQUOTED), "Talks will resume next week, said Jane Roe, a spokeswoman for the union. -> Talks will resume next week."),
            new Rule(1, "closing source: ', according to X.'",
                    Pattern.compile(",\\s+according\\s+to\\s+[^,\"()]{1,80}\\.$", Pattern.CASE_INSENSITIVE),
                    ".", EnumSet.of(Guard.UNQUOTED), "Sales fell 4 percent, according to the trade group. -> Sales fell 4 percent."),
            new Rule(1, "attribution between commas inside the sentence: ', police said,'",
                    Pattern.compile(",\\s+" + SPEAKER + "\\s+" + SAID + "(?:\\s+" + TIME + ")?,\\s+(?=(?-i:\\p{Ll}))", Pattern.CASE_INSENSITIVE),
                    " ", EnumSet.of(Guard.AFTER_SUBJECT, Guard.UNQUOTED), "The driver, police said, was not hurt. -> The driver was not hurt."),
            new Rule(1, "age between commas after a name, before a lower-case verb: ', 45,'",
                    Pattern.compile("(?<=\\p{L}),\\s+\\d{1,3},\\s+(?=(?-i:\\p{Ll}))(?!(?:and|or|but|a|an|the)\\b)"),
                    " ", EnumSet.of(Guard.FIRST_APPOSITIVE, Guard.VERB_NEXT), "Maria Lopez, 45, was released on bail. -> Maria Lopez was released on bail."),
            new Rule(1, "role appositive between commas after a name, before a lower-case verb: ', a spokesman for X,'",
                    Pattern.compile("(?<=\\p{L}),\\s+(?:a|an|the)\\s+(?:[\\w'-]+\\s+){0,3}?" + ROLE
                            + "(?:\\s+(?:of|for|at|with|in)\\s+[^,\"();]{1,60}?)?,\\s+(?=(?-i:\\p{Ll}))(?!(?:and|or|but)\\b)",
                            Pattern.CASE_INSENSITIVE),
                    " ", EnumSet.of(Guard.FIRST_APPOSITIVE, Guard.VERB_NEXT), "John Reed, a spokesman for the port, said ships were waiting. -> John Reed said ships were waiting."),
            new Rule(2, "non-restrictive relative clause between commas after a noun, before a verb: ', who ...,'",
                    Pattern.compile("(?<=\\p{L}),\\s+(?:who|which|whose)\\s+[^,\"();]{1,100}?,\\s+(?=(?-i:\\p{Ll}))",
                            Pattern.CASE_INSENSITIVE),
                    " ", EnumSet.of(Guard.FIRST_APPOSITIVE, Guard.VERB_NEXT),
                    "The mayor, who took office in May, has closed the market. -> The mayor has closed the market."),
            new Rule(2, "non-restrictive relative clause closing the sentence: ', which ... .'",
                    Pattern.compile("(?<=\\p{L}),\\s+(?:who|which)\\s+[^,\"();]{1,100}\\.$", Pattern.CASE_INSENSITIVE),
                    ".", EnumSet.noneOf(Guard.class),
                    "The army took the town, which rebels had held for a year. -> The army took the town."),
            new Rule(2, "closing participle of speech: ', saying ... .'",
                    Pattern.compile(",\\s+(?:saying|adding|citing|noting)\\s+[^\"();]{1,150}\\.$", Pattern.CASE_INSENSITIVE),
                    ".", EnumSet.noneOf(Guard.class),
                    "The union rejected the offer, saying it did not cover pensions. -> The union rejected the offer."));

    /** The highest rule level. */
    static final int MAX_LEVEL = 2;

    /** Words a bracketed aside may hold at most. */
    static final int MAX_BRACKET_WORDS = 12;

    /** Words before an attribution between commas, at most, for it to follow the subject. */
    static final int MAX_SUBJECT_WORDS = 8;

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final int level;

    /** A compressor applying the rules of {@code level} and below (1 or 2; see {@link #RULES}). */
    public SentenceCompressor(int level) {
        if (level < 1 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("compression level must be 1 to " + MAX_LEVEL + ", not " + level);
        }
        this.level = level;
    }

    /** A compressor applying the level-1 rules, the most conservative. */
    public SentenceCompressor() {
        this(1);
    }

    /**
     * The sentence with every rule applied, or {@code text} itself (stripped) when none applies or
     * the result would not be a pure deletion of the source's tokens.
     */
    public String compress(String text) {
        String source = text.strip();
        String result = source;
        for (Rule rule : RULES) {
            if (rule.level() <= level) {
                result = apply(rule, result);
            }
        }
        result = result.replaceAll("\\s{2,}", " ").strip();
        if (result.equals(source) || result.isEmpty()) {
            return source;
        }
        if (Character.isUpperCase(source.charAt(0)) && Character.isLowerCase(result.charAt(0))) {
            result = Character.toUpperCase(result.charAt(0)) + result.substring(1);
        }
        return isDeletionOf(source, result) ? result : source;
    }

    private static String apply(Rule rule, String text) {
        Matcher m = rule.pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String match = m.group();
            if (match.indexOf('"') >= 0 || match.indexOf('\u201c') >= 0 || match.indexOf('\u201d') >= 0
                    || !rule.guards().stream().allMatch(guard -> allows(guard, text, m.start(), m.end()))) {
                continue;
            }
            out.append(text, last, m.start()).append(rule.replacement());
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private static boolean allows(Guard guard, String text, int start, int end) {
        return switch (guard) {
            case SHORT -> words(text.substring(start, end)) <= MAX_BRACKET_WORDS;
            case AFTER_SUBJECT -> words(text.substring(0, start)) <= MAX_SUBJECT_WORDS
                    && !text.substring(end).split("[\\s,.;:]", 2)[0].endsWith("ing");
            case FIRST_APPOSITIVE -> {
                String[] before = text.substring(0, start).strip().split("\\s+");
                boolean comma = false;
                for (int k = Math.max(0, before.length - 4); k < before.length; k++) {
                    comma |= before[k].endsWith(",");
                }
                yield !comma;
            }
            case CLAUSE_NEXT -> {
                String[] next = text.substring(end).strip().split("\\s+", 4);
                boolean comma = false;
                for (int k = 0; k < Math.min(3, next.length); k++) {
                    comma |= next[k].endsWith(",");
                }
                String first = next[0].toLowerCase(Locale.ROOT);
                yield !comma && !PREPOSITIONS.contains(first) && !first.endsWith("'s") && !first.endsWith("\u2019s");
            }
            case UNQUOTED -> text.indexOf('"') < 0 && text.indexOf('\u201c') < 0 && text.indexOf('\u201d') < 0;
            case VERB_NEXT -> {
                String next = text.substring(end).strip().split("[\\s,.;:]", 2)[0];
                yield VERBS.contains(next) || next.length() > 3 && (next.endsWith("ed")
                        || next.endsWith("s") && !next.endsWith("ss") && !next.endsWith("us"));
            }
        };
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** Whether {@code shorter}'s tokens are {@code source}'s in order, less some (the first compared without case). */
    boolean isDeletionOf(String source, String shorter) {
        List<String> from = tokenizer.tokenize(source);
        List<String> kept = tokenizer.tokenize(shorter);
        int j = 0;
        for (int k = 0; k < kept.size(); k++) {
            String token = kept.get(k);
            while (j < from.size() && !(k == 0 ? from.get(j).toLowerCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT))
                    : from.get(j).equals(token))) {
                j++;
            }
            if (j == from.size()) {
                return false;
            }
            j++;
        }
        return kept.size() < from.size();
    }
}
