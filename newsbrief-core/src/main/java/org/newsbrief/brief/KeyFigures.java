package org.newsbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsbrief.facts.FigureGroup;
import org.newsbrief.facts.FigureTable;
import org.newsbrief.facts.FigureValue;

/**
 * Chooses the figures a brief shows: those reported by at least two articles, most widely
 * reported first; when fewer than {@link #MIN_SHOWN} qualify, single-source figures fill in.
 * Stateless.
 */
final class KeyFigures {

    static final int MAX_SHOWN = 8;
    static final int MIN_SHOWN = 3;

    private KeyFigures() {
    }

    static List<BriefFigure> select(FigureTable table, Map<String, BriefSource> sources) {
        List<BriefFigure> shown = new ArrayList<>();
        for (FigureGroup group : table.groups()) {
            boolean shared = group.articles() >= 2;
            if (shown.size() < MAX_SHOWN && (shared || shown.size() < MIN_SHOWN)) {
                shown.add(figure(group, sources));
            }
        }
        return shown;
    }

    private static BriefFigure figure(FigureGroup group, Map<String, BriefSource> sources) {
        List<BriefFigure.BriefFigureValue> values = new ArrayList<>();
        for (FigureValue value : group.values()) {
            var q = value.quantity();
            int number = sources.get(value.sentence().articleId()).number();
            values.add(new BriefFigure.BriefFigureValue(q.text(), q.value(), q.low(),
                    Double.isInfinite(q.high()) ? null : q.high(), q.change(), value.window(),
                    new Citation(number, value.sentence())));
        }
        values.sort(Comparator.comparingInt(v -> v.citation().source()));
        return new BriefFigure(group.label() + " " + group.concept(), group.concept(), group.countedThing(),
                group.agreement().name(), values);
    }
}
