package org.newsbrief.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the values of one figure (concept, counted class, scope) by the incident each clause names
 * ({@link Incidents}), so that values of different incidents are never compared. Rules, in order:
 * <ol>
 *   <li>A value that names its incident in part (only the kind, or only the place) takes the one incident of the
 *       figure that it is a part of, when there is exactly one ("the bomb killed more than 200" beside "the blast in
 *       Nairobi killed 213": one bombing in Nairobi).</li>
 *   <li>When at most one incident is then named, the figure is not split and names no incident: the values that
 *       name none are most likely of the one incident of the story (in the aleppo brief "the assault on east
 *       Aleppo" is compared with the 225 of a sentence that names no place).</li>
 *   <li>Else each incident is a figure of its own, and the values that name none are one more, compared only with
 *       each other (as values without a window are compared only in their article's day).</li>
 * </ol>
 * Stateless.
 */
final class IncidentSplit {

    private IncidentSplit() {
    }

    /** The values of one figure by incident, in the order of their first value; one entry {@link Incident#NONE} when not split. */
    static Map<Incident, List<FigureValue>> split(List<FigureValue> values) {
        Map<String, Incident> named = new LinkedHashMap<>(); // by key, the first spelling of each incident
        for (FigureValue value : values) {
            if (!value.incident().isNone()) {
                named.putIfAbsent(key(value.incident()), value.incident());
            }
        }
        if (named.size() <= 1) {
            return Map.of(Incident.NONE, values);
        }
        Map<String, Incident> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, Incident> entry : named.entrySet()) {
            Incident whole = null;
            int wholes = 0;
            for (Incident other : named.values()) {
                if (entry.getValue().partOf(other)) {
                    whole = other;
                    wholes++;
                }
            }
            resolved.put(entry.getKey(), wholes == 1 ? whole : entry.getValue());
        }
        if (resolved.values().stream().map(IncidentSplit::key).distinct().count() <= 1) {
            return Map.of(Incident.NONE, values);
        }
        Map<String, Incident> first = new LinkedHashMap<>();
        Map<String, List<FigureValue>> byKey = new LinkedHashMap<>();
        for (FigureValue value : values) {
            Incident incident = value.incident().isNone() ? Incident.NONE : resolved.get(key(value.incident()));
            first.putIfAbsent(key(incident), incident);
            byKey.computeIfAbsent(key(incident), k -> new ArrayList<>()).add(value);
        }
        Map<Incident, List<FigureValue>> out = new LinkedHashMap<>();
        byKey.forEach((key, list) -> out.put(first.get(key), list));
        return out;
    }

    private static String key(Incident incident) {
        return incident.kind() + "|" + incident.placeKey();
    }
}
