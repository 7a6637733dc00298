package org.newsbrief.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.cluster.Components;

/**
 * Splits the values of one episode's figure that name no incident ({@link IncidentSplit}'s row of {@link Incident#NONE})
 * into the sets that may count one thing: nothing names what such a value counts, so values told of days more than
 * {@value #MAX_GAP_DAYS} days apart, with no value of the days between, are taken for different episodes ("At least
 * 14 died" on 12 October and "a crackdown that left hundreds dead" in November; "In 1978, 20 people died in a hotel
 * fire" beside the dance hall's 60), unless they give the same count ("killing all 229 people aboard" in September and
 * November). A value's day is its window's first day when that is a date, else its article's
 * ({@link IncidentSplit#day}); a toll reported day after day stays one figure, however long the days run on, and a
 * value with no day joins every set (the figure is not split). Stateless.
 */
final class UnnamedTolls {

    /** The most days between two values, with none between them, that may still count one thing. */
    static final int MAX_GAP_DAYS = 7;

    private UnnamedTolls() {
    }

    /** The values in sets that may count one thing, each in story order, the sets by their first value. */
    static List<List<FigureValue>> split(List<FigureValue> values) {
        int n = values.size();
        LocalDate[] days = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            days[i] = IncidentSplit.day(values.get(i));
            if (days[i] == null) {
                return List.of(values);
            }
        }
        List<Integer> byDay = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byDay.add(i);
        }
        byDay.sort(Comparator.comparing(i -> days[i]));
        List<int[]> links = new ArrayList<>();
        for (int k = 1; k < n; k++) {
            if (ChronoUnit.DAYS.between(days[byDay.get(k - 1)], days[byDay.get(k)]) <= MAX_GAP_DAYS) {
                links.add(new int[] {byDay.get(k - 1), byDay.get(k)});
            }
        }
        Map<String, Integer> byCount = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Quantity q = values.get(i).quantity();
            Integer same = byCount.putIfAbsent(q.low() + "/" + q.high(), i);
            if (same != null) {
                links.add(new int[] {same, i});
            }
        }
        int[] roots = Components.of(n, links);
        Map<Integer, List<FigureValue>> sets = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            sets.computeIfAbsent(roots[i], r -> new ArrayList<>()).add(values.get(i));
        }
        return List.copyOf(sets.values());
    }
}
