package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newsbrief.model.SentenceRef;

/**
 * Values of one figure's row that one sentence gives two or more of count parts of a total, not the total: "the dead
 * included 40 villagers in Amber and 12 fishermen at sea" is no toll of 40 to hold against another outlet's 52, nor
 * a 40 that contradicts the 12. Each such value is marked partial ({@link Quantity#partial()}): shown in its row,
 * never in conflict. A value that the sentence gives as the total of the value after it ("killed 52 people, including
 * 40 in the market", "six people died, three of them children"), and that is no smaller than it, stays the sentence's
 * toll: only its part is marked. Stateless.
 */
final class SentenceParts {

    /** Words between a total and its first part: "52 people, including 40", "52 dead, among them 40". */
    private static final Pattern BEFORE_PART = Pattern.compile("\\b(?:including|among them|among whom|of whom)\\b");
    /** Words right after a part's number: "three of them", "three of whom". */
    private static final Pattern AFTER_PART = Pattern.compile("\\s+of (?:them|whom)\\b");

    private SentenceParts() {
    }

    /**
     * The row's values, those of a sentence that gives two or more of them as parts; the list itself when none.
     * {@code texts} gives the text of each value's sentence.
     */
    static List<FigureValue> mark(List<FigureValue> values, Function<SentenceRef, String> texts) {
        if (values.size() < 2) {
            return values;
        }
        Map<SentenceRef, List<FigureValue>> perSentence = new HashMap<>();
        for (FigureValue value : values) {
            perSentence.computeIfAbsent(value.sentence(), s -> new ArrayList<>(2)).add(value);
        }
        if (perSentence.size() == values.size()) {
            return values;
        }
        List<FigureValue> marked = new ArrayList<>(values.size());
        for (FigureValue value : values) {
            List<FigureValue> same = perSentence.get(value.sentence());
            marked.add(same.size() > 1 && !isTotal(value, same, texts.apply(value.sentence())) ? IncidentSplit.part(value) : value);
        }
        return marked;
    }

    /** Whether the sentence gives {@code value} as the total of the next value of the row it gives. */
    private static boolean isTotal(FigureValue value, List<FigureValue> same, String text) {
        if (text == null) {
            return false;
        }
        int end = value.quantity().span().end();
        FigureValue next = null;
        for (FigureValue other : same) {
            int start = other.quantity().span().start();
            if (start >= end && (next == null || start < next.quantity().span().start())) {
                next = other;
            }
        }
        if (next == null || value.quantity().low() < next.quantity().high()) {
            return false;
        }
        int partStart = next.quantity().span().start();
        int partNumberEnd = Math.min(text.length(), partStart + next.quantity().text().length());
        return BEFORE_PART.matcher(text.substring(end, partStart).toLowerCase(Locale.ROOT)).find()
                || AFTER_PART.matcher(text).region(partNumberEnd, text.length()).lookingAt();
    }
}
