package org.newsbrief.eval.quantity;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.newsbrief.facts.Quantity;
import org.newsbrief.facts.QuantityExtractor;
import org.newsbrief.facts.UnitNames;

/** Runs the quantity extractor on NewsQuant sentences and counts its matches. Stateless. */
public final class NewsQuantEvaluation {

    private NewsQuantEvaluation() {
    }

    /** The extractor's quantities of a sentence, as the scorer sees them (CQE's unit names). */
    public static List<ScoredQuantity> predict(QuantityExtractor extractor, String sentence) {
        return extractor.extract(sentence).stream().map(NewsQuantEvaluation::scored).toList();
    }

    static ScoredQuantity scored(Quantity q) {
        String unit = q.unitName().toLowerCase(Locale.ROOT);
        return q.range() ? new ScoredQuantity(q.value(), q.value() == q.low() ? q.high() : q.low(), true, unit, q.change())
                : new ScoredQuantity(q.value(), q.value(), false, unit, q.change());
    }

    /** The counts over the sentences the filter keeps. */
    public static QuantityCounts count(List<NewsQuantSentence> sentences, Predicate<NewsQuantSentence> keep,
            QuantityExtractor extractor, QuantityMatching matching) {
        QuantityCounts total = QuantityCounts.ZERO;
        for (NewsQuantSentence s : sentences) {
            if (keep.test(s)) {
                total = total.plus(matching.match(s.gold(), predict(extractor, s.text())));
            }
        }
        return total;
    }
}
