package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.Span;

/**
 * Extracts the quantities of one sentence with the rules of {@link QuantityRules}: digits with
 * separators, decimals and scales ("2.5 million"), spelled numbers ("two", "a dozen"), vague
 * plurals ("hundreds of", "tens of thousands"); the modifier before it sets the interval
 * ({@link #interval}); the head of the noun phrase after it is the unit or counted thing
 * ("22 pro-Ankara Syrian rebels" counts rebels; "another 2,500" inherits the previous one's);
 * the nearest cue word gives the concept. Years, times, dates, scores, identifiers ("Section
 * 427") and numbers inside words or links are not quantities. Stateless and thread-safe.
 */
public final class QuantityExtractor {

    private static final Pattern WINDOW = Pattern.compile(
            "(?i)\\b(past|last) (24|48|\\d+) hours\\b|\\bovernight\\b|\\b(yesterday|today)\\b"
                    + "|\\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    /** Quantities of one sentence, in text order. */
    public List<Quantity> extract(String sentence) {
        List<Candidate> candidates = new ArrayList<>();
        collect(QuantityRules.NUMBER, sentence, candidates, QuantityExtractor::numeric);
        collect(QuantityRules.VAGUE, sentence, candidates, (m, text) -> vague(m));
        collect(QuantityRules.SPELLED, sentence, candidates, QuantityExtractor::spelled);
        candidates.sort(Comparator.comparingInt(c -> c.start));
        boolean partial = WINDOW.matcher(sentence).find();
        List<Quantity> quantities = new ArrayList<>();
        String previousUnit = "-";
        for (Candidate c : candidates) {
            Quantity q = complete(sentence, c, previousUnit, partial);
            quantities.add(q);
            if (!QuantityRules.TIME_UNITS.contains(q.unit())) {
                previousUnit = q.unit();
            }
        }
        return quantities;
    }

    private record Candidate(int start, int end, double value, double low, double high, String unit) {
    }

    private interface Reader {
        Candidate read(Matcher matcher, String text);
    }

    private static void collect(Pattern pattern, String text, List<Candidate> out, Reader reader) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            Candidate candidate = reader.read(matcher, text);
            if (candidate != null && out.stream().noneMatch(c -> c.start < candidate.end && candidate.start < c.end)) {
                out.add(candidate);
            }
        }
    }

    private static Candidate numeric(Matcher m, String input) {
        String digits = m.group(2).replace(",", "");
        double value = Double.parseDouble(m.group(3) == null ? digits : digits + "." + m.group(3));
        String gluedScale = m.group(4);
        String gluedUnit = m.group(5);
        String scale = m.group(6);
        for (String s : new String[] {gluedScale, scale}) {
            if (s != null) {
                value *= NumberWords.SCALES.get(s.toLowerCase(Locale.ROOT));
            }
        }
        String text = m.group().strip();
        boolean bare = m.group(1) == null && gluedScale == null && gluedUnit == null && scale == null && m.group(7) == null
                && m.group(3) == null && !m.group(2).contains(",");
        if (bare && isTrap(m.group(2), value, before(input, m), after(input, m))) {
            return null;
        }
        String unit = m.group(7) != null ? "percent" : m.group(1) != null ? currency(m.group(1))
                : gluedUnit != null ? gluedUnit.toLowerCase(Locale.ROOT) : null;
        int start = m.start() + (m.group().length() - m.group().stripLeading().length());
        return new Candidate(start, start + text.length(), value, value, value, unit);
    }

    private static Candidate vague(Matcher m) {
        double[] range = NumberWords.VAGUE.get(m.group(1).toLowerCase(Locale.ROOT));
        return new Candidate(m.start(), m.end(1), range[0], range[1], range[2], null);
    }

    private static Candidate spelled(Matcher m, String input) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        Double base = NumberWords.UNITS.get(word);
        if (base == null) {
            return null;
        }
        double value = base * (m.group(2) == null ? 1 : NumberWords.SCALES.get(m.group(2).toLowerCase(Locale.ROOT)));
        String after = after(input, m).stripLeading().toLowerCase(Locale.ROOT);
        if (word.equals("one") && (after.startsWith("another") || after.startsWith("day")
                || before(input, m).toLowerCase(Locale.ROOT).endsWith("no "))) {
            return null; // "no one", "one another", "one day": not counts ("one of the people" is one, as NewsQuant counts)
        }
        return new Candidate(m.start(), m.end(), value, value, value, null);
    }

    /**
     * Plain integers that are years ("in 2016", "between 1600 and 1900" but not "1000 customers"),
     * days of a month, times, or identifiers after a capitalised word ("Big 12", "Game 2", "iPhone 11").
     */
    private static boolean isTrap(String digits, double value, String before, String after) {
        String prev = lastWord(before);
        String next = firstWord(after);
        String noun = next.replaceAll("\\.+$", "");
        boolean countNext = noun.length() > 3 && noun.endsWith("s") && Character.isLowerCase(noun.charAt(0));
        if (digits.length() == 4 && value >= 1000 && value <= 2100 && !countNext) {
            return true;
        }
        if (!prev.isEmpty() && Character.isUpperCase(prev.charAt(0)) && !before.strip().equals(prev)
                && !prev.endsWith(".") && modifierWord(prev)) {
            return true;
        }
        if (QuantityRules.MONTHS.contains(prev.toLowerCase(Locale.ROOT).replace(".", ""))
                || QuantityRules.MONTHS.contains(next.toLowerCase(Locale.ROOT).replace(".", ""))) {
            return true;
        }
        if (!prev.isEmpty() && Character.isUpperCase(prev.charAt(0))
                && QuantityRules.IDENTIFIER_LABELS.contains(prev.toLowerCase(Locale.ROOT).replace(".", ""))) {
            return true;
        }
        String lowerNext = next.toLowerCase(Locale.ROOT);
        return lowerNext.equals("a.m.") || lowerNext.equals("p.m.") || lowerNext.equals("am") || lowerNext.equals("pm")
                || lowerNext.equals("gmt") || lowerNext.equals("edt") || lowerNext.equals("est");
    }

    private Quantity complete(String sentence, Candidate c, String previousUnit, boolean partial) {
        String before = sentence.substring(0, c.start).toLowerCase(Locale.ROOT);
        Map.Entry<String, String> modifier = modifier(before);
        String change = modifier == null ? "=" : modifier.getValue();
        String verb = lastWord(before);
        if (modifier == null && QuantityRules.UP.contains(verb)) {
            change = "up";
        } else if (modifier == null && QuantityRules.DOWN.contains(verb)) {
            change = "down";
        }
        double[] interval = interval(c, modifier == null ? null : modifier.getKey());
        int start = modifier == null ? c.start : c.start - modifier.getKey().length() - 1;
        String unit = c.unit != null ? c.unit : unitAfter(sentence, c.end, previousUnit, before);
        int end = c.end;
        String concept = QuantityRules.TIME_UNITS.contains(unit) ? "-" : concept(sentence, c.start);
        return new Quantity(new Span(Math.max(0, start), end), sentence.substring(Math.max(0, start), end), c.value,
                interval[0], interval[1], change, unit, concept, partial, false);
    }

    /**
     * The interval a modifier gives: exact {@code [v, v]}; "about", "around", "some" within 2.5%;
     * "nearly", "almost", "close to" from 5% under to v; "more than", "over", "at least" from v up;
     * "less than", "fewer than", "under", "up to" from 0 to v; vague plurals their own range.
     */
    static double[] interval(Candidate c, String modifier) {
        double v = c.value;
        if (modifier == null) {
            return new double[] {c.low, c.high};
        }
        return switch (modifier) {
            case "about", "around", "some", "approximately", "roughly", "an estimated", "estimated" ->
                    new double[] {v * 0.975, v * 1.025};
            case "nearly", "almost", "close to", "just under" -> new double[] {v * 0.95, v};
            case "more than", "greater than", "over", "above", "exceeding", "just over", "at least" ->
                    new double[] {v, Double.POSITIVE_INFINITY};
            default -> new double[] {0, Math.max(v, c.high)};
        };
    }

    private static Map.Entry<String, String> modifier(String before) {
        String trimmed = before.stripTrailing();
        for (Map.Entry<String, String> entry : QuantityRules.MODIFIERS) {
            if (trimmed.endsWith(" " + entry.getKey()) || trimmed.equals(entry.getKey())) {
                return entry;
            }
        }
        return null;
    }

    /** The head noun of the phrase after the number; "another 2,500" and "N others" take the previous unit. */
    private static String unitAfter(String sentence, int end, String previousUnit, String before) {
        String rest = sentence.substring(end).toLowerCase(Locale.ROOT);
        Matcher numberOf = Pattern.compile("^\\s+(?:the\\s+)?(?:overall\\s+|total\\s+)?number of (\\w+)").matcher(rest);
        if (numberOf.find()) {
            return numberOf.group(1);
        }
        Matcher ofIts = Pattern.compile("^\\s+of (?:its|their|the|his|her|aleppo's )?\\s*(?:\\p{L}+ )?(\\w+s)\\b").matcher(rest);
        if (ofIts.find() && !ofIts.group(1).equals("others")) {
            return ofIts.group(1);
        }
        if (rest.matches("^\\s+of others\\b.*")) {
            return previousUnit;
        }
        String head = headNoun(rest);
        if (head == null || head.equals("others") || head.equals("more")) {
            return before.stripTrailing().endsWith("another") || "others".equals(head) ? previousUnit : "-";
        }
        return QuantityRules.UNIT_CLASSES.containsKey(head) && head.startsWith("kilomet") ? "kilometre" : head;
    }

    /**
     * The counted thing: within the next four words, the first plural or known count noun
     * ("22 pro-Ankara Syrian rebels", "2 million people"), else the first word ("40 yard line");
     * null when the phrase ends at once.
     */
    private static String headNoun(String rest) {
        String first = null;
        String[] words = rest.strip().split("\\s+");
        for (int i = 0; i < Math.min(4, words.length); i++) {
            String clean = words[i].replaceAll("[^\\p{L}\\-]", "");
            if (clean.isEmpty() || QuantityRules.PHRASE_STOPS.contains(clean)) {
                break;
            }
            if (first == null) {
                first = clean;
            }
            if (QuantityRules.COUNT_NOUNS.contains(clean) || (clean.length() > 3 && clean.endsWith("s") && !clean.endsWith("ss"))) {
                return clean;
            }
            if (words[i].matches(".*[,.;:)]$")) {
                break;
            }
        }
        return first;
    }

    /** The concept whose cue word is nearest to the quantity. */
    private static String concept(String sentence, int position) {
        String best = "-";
        int bestDistance = Integer.MAX_VALUE;
        Matcher words = Pattern.compile("\\p{L}+").matcher(sentence.toLowerCase(Locale.ROOT));
        while (words.find()) {
            for (Map.Entry<String, java.util.Set<String>> concept : QuantityRules.CONCEPTS.entrySet()) {
                if (concept.getValue().contains(words.group())) {
                    int distance = Math.abs(words.start() - position);
                    if (distance < bestDistance || (distance == bestDistance && concept.getKey().compareTo(best) < 0)) {
                        bestDistance = distance;
                        best = concept.getKey();
                    }
                }
            }
        }
        return best;
    }

    private static String currency(String symbol) {
        return switch (symbol.replace("US", "")) {
            case "€" -> "euro";
            case "£" -> "pound";
            case "¥" -> "yen";
            default -> "dollar";
        };
    }

    private static String before(String input, Matcher m) {
        return input.substring(Math.max(0, m.start() - 40), m.start());
    }

    private static String after(String input, Matcher m) {
        return input.substring(m.end(), Math.min(input.length(), m.end() + 40));
    }

    /** A capitalised word before a number that is not itself a modifier ("About 40") names the number. */
    private static boolean modifierWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return QuantityRules.MODIFIERS.stream().noneMatch(e -> e.getKey().equals(lower) || e.getKey().endsWith(" " + lower));
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length == 0 ? "" : words[words.length - 1].replaceAll("[^\\p{L}.]", "");
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length == 0 ? "" : words[0].replaceAll("[^\\p{L}.]", "");
    }
}
