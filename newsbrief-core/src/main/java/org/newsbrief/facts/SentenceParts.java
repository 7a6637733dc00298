package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.model.SentenceRef;

/**
 * Values of one figure's row that one sentence gives two or more of count parts of a total, not the total: "the dead
 * included 40 villagers in Amber and 12 fishermen at sea" is no toll of 40 to hold against another outlet's 52, nor
 * a 40 that contradicts the 12. Each such value is marked partial ({@link Quantity#partial()}): shown in its row,
 * never in conflict. Stateless.
 */
final class SentenceParts {

    private SentenceParts() {
    }

    /** The row's values, those of a sentence that gives two or more of them as parts; the list itself when none. */
    static List<FigureValue> mark(List<FigureValue> values) {
        if (values.size() < 2) {
            return values;
        }
        Map<SentenceRef, Integer> perSentence = new HashMap<>();
        for (FigureValue value : values) {
            perSentence.merge(value.sentence(), 1, Integer::sum);
        }
        if (perSentence.size() == values.size()) {
            return values;
        }
        List<FigureValue> marked = new ArrayList<>(values.size());
        for (FigureValue value : values) {
            marked.add(perSentence.get(value.sentence()) > 1 ? IncidentSplit.part(value) : value);
        }
        return marked;
    }
}
