package org.newsbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsbrief.facts.FigureConflict;
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
        List<FigureValue> ordered = new ArrayList<>(group.values());
        ordered.sort(Comparator.comparingInt(v -> sources.get(v.sentence().articleId()).number()));
        List<BriefFigure.BriefFigureValue> values = new ArrayList<>();
        for (FigureValue value : ordered) {
            var q = value.quantity();
            int number = sources.get(value.sentence().articleId()).number();
            values.add(new BriefFigure.BriefFigureValue(q.text(), q.value(), q.low(),
                    Double.isInfinite(q.high()) ? null : q.high(), q.change(), value.window(),
                    new Citation(number, value.sentence())));
        }
        List<BriefFigure.Conflict> conflicts = new ArrayList<>();
        for (FigureConflict conflict : group.conflicts()) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                int index = i;
                if (conflict.values().stream().anyMatch(v -> v == ordered.get(index))) {
                    indexes.add(i);
                }
            }
            conflicts.add(new BriefFigure.Conflict(conflict.window(), indexes));
        }
        List<Integer> earlier = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            int index = i;
            if (group.earlier().stream().anyMatch(v -> v == ordered.get(index))) {
                earlier.add(i);
            }
        }
        String scope = group.scope().label();
        String incident = group.incident().label();
        String qualifier = scope.isEmpty() ? incident : incident.isEmpty() ? scope : scope + "; " + incident;
        return new BriefFigure(group.label() + " " + group.concept() + (qualifier.isEmpty() ? "" : " (" + qualifier + ")"),
                group.concept(), group.countedThing(), scope, incident, group.agreement().name(), values, conflicts, earlier);
    }
}
