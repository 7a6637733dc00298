package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newsbrief.model.SentenceRef;

/**
 * The earlier counts of a figure's row: values the text itself says were superseded, so the toll changed over time
 * rather than outlets disagreeing. A value is an earlier count when, before its number and in its sentence part (no
 * ";" or ":" between), "earlier", "initially", "at first" or "previously" stands at most three words before a reporting
 * verb that stands at most three words before the number ("Police earlier had reported 65 dead", "Earlier, officials
 * said at least 85 people were killed"; not "The storm earlier killed 156", which dates the killing, nor "earlier this
 * year"), or when after its number the sentence says it was revised or that more died later ("... backed off that
 * figure", "59 bodies were found at the scene and one other died later"). A value of another article compared in the
 * same window with exactly the range of an earlier count is that count as the other outlet gave it, so earlier too
 * ("In Poland, 32 people died" beside "Earlier police said 32 people ... had died, but by evening more deaths were
 * reported" of the same day). Only tolls ({@link #TOLLS}: the killed and the wounded) are read so: "The Foreign Office
 * initially said the four were seized early Sunday" revises when, not how many. Earlier counts are shown in their row
 * but compared with no value. Stateless.
 */
final class TollLevels {

    /** A superseded report before the number: "earlier had reported", "Initially, officials said that". */
    private static final Pattern EARLIER_REPORT = Pattern.compile("\\b(?:earlier|initially|at first|previously)\\b"
            + "(?!\\s+(?:this|that|in|on|last|today|yesterday|tonight)\\b),?(?:\\s+\\S+){0,3}?\\s+(?:had\\s+)?"
            + "(?:said|reported|put|gave|estimated|announced|counted)\\b(?:\\s+\\S+){0,3}\\s*$");

    /** After the number: the count was revised, or more died after it was taken. */
    private static final Pattern SUPERSEDED_AFTER = Pattern.compile("^[^.;]*?(?:\\bbacked off\\b|\\b(?:was|were|been|later|since)\\s+revised\\b"
            + "|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:other|others|more)\\s+(?:\\S+\\s+){0,2}?"
            + "(?:later\\s+died|died\\s+later)\\b)");

    /** The concepts whose counts are tolls that outlets revise as the dead and injured are counted. */
    static final Set<String> TOLLS = Set.of("killed", "wounded");

    /** How far before its number an earlier report's words may start. */
    private static final int BEFORE = 80;

    private TollLevels() {
    }

    /**
     * The values of the row that are earlier counts, in story order; {@code texts} gives each value's sentence and
     * {@code windowOf} the window each value is compared in ({@link SettledTolls#windows}).
     */
    static List<FigureValue> earlier(List<FigureValue> values, Function<SentenceRef, String> texts,
            Function<FigureValue, String> windowOf) {
        if (values.isEmpty() || !TOLLS.contains(values.get(0).quantity().concept())) {
            return List.of(); // "initially said the four were seized early Sunday": a revised time, not a revised count
        }
        Map<String, Set<String>> said = new HashMap<>(); // window and range of each earlier count -> its articles
        Set<FigureValue> marked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FigureValue value : values) {
            String text = texts.apply(value.sentence());
            if (text != null && !value.quantity().partial() && superseded(text, value.quantity())) {
                marked.add(value);
                said.computeIfAbsent(key(value, windowOf), k -> new HashSet<>()).add(value.sentence().articleId());
            }
        }
        if (said.isEmpty()) {
            return List.of();
        }
        List<FigureValue> earlier = new ArrayList<>();
        for (FigureValue value : values) {
            Set<String> articles = value.quantity().partial() ? null : said.get(key(value, windowOf));
            if (marked.contains(value) || articles != null
                    && !(articles.size() == 1 && articles.contains(value.sentence().articleId()))) {
                earlier.add(value);
            }
        }
        return earlier;
    }

    /** The values of the row that are no earlier count: those compared with each other. */
    static List<FigureValue> later(List<FigureValue> values, List<FigureValue> earlier) {
        if (earlier.isEmpty()) {
            return values;
        }
        Set<FigureValue> before = Collections.newSetFromMap(new IdentityHashMap<>());
        before.addAll(earlier);
        return values.stream().filter(v -> !before.contains(v)).toList();
    }

    /** Whether the sentence says the count at {@code quantity} was superseded. */
    static boolean superseded(String sentence, Quantity quantity) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        int start = quantity.span().start();
        String before = lower.substring(Math.max(0, start - BEFORE), start);
        before = before.substring(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
        return EARLIER_REPORT.matcher(before).find()
                || SUPERSEDED_AFTER.matcher(lower).region(quantity.span().end(), lower.length()).lookingAt();
    }

    private static String key(FigureValue value, Function<FigureValue, String> windowOf) {
        return windowOf.apply(value) + "|" + value.quantity().low() + "|" + value.quantity().high();
    }
}
