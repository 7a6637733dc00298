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
 * value with no day joins every set (the figure is not split). A toll grows or holds from day to day, so a value of a
 * later day that is clearly smaller, under a {@value #DROP_FACTOR}th of an earlier one, counts something else ("three
 * people on the island" the day after "killing at least 400 people", a village's four beside a massacre's 200): it
 * joins the earlier value within the week, of those it is no such drop from, nearest to it in size (of a day's 300
 * and the next day's two, 340 joins the 300), else starts a set of its own; with no drop, the sets are the runs of
 * days with gaps of a week at most.
 * Stateless.
 */
final class UnnamedTolls {

    /** The most days between two values, with none between them, that may still count one thing. */
    static final int MAX_GAP_DAYS = 7;

    /** How many times smaller than an earlier day's value a later one must be to count something else. */
    static final int DROP_FACTOR = 5;

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
            int closest = closestEarlier(values, days, byDay, k);
            if (closest >= 0) {
                links.add(new int[] {closest, byDay.get(k)});
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

    /**
     * Of the values before the {@code k}th by day, within the week before it, the one it is no drop from that is nearest
     * to it in size (the ratio of their numbers); -1 when there is none.
     */
    private static int closestEarlier(List<FigureValue> values, LocalDate[] days, List<Integer> byDay, int k) {
        int later = byDay.get(k);
        Quantity q = values.get(later).quantity();
        int closest = -1;
        double closestRatio = Double.POSITIVE_INFINITY;
        for (int j = k - 1; j >= 0 && ChronoUnit.DAYS.between(days[byDay.get(j)], days[later]) <= MAX_GAP_DAYS; j--) {
            int earlier = byDay.get(j);
            Quantity e = values.get(earlier).quantity();
            double ratio = Math.abs(Math.log(Math.max(1, q.value()) / Math.max(1, e.value())));
            if (!dropsFrom(q, days[later], e, days[earlier]) && ratio < closestRatio) {
                closest = earlier;
                closestRatio = ratio;
            }
        }
        return closest;
    }

    /**
     * Whether {@code later}, of a later day than {@code earlier}, is under a {@value #DROP_FACTOR}th of it: its most
     * (its number when it has no upper bound: "at least 4") times the factor below the earlier one's least.
     */
    static boolean dropsFrom(Quantity later, LocalDate laterDay, Quantity earlier, LocalDate earlierDay) {
        double most = Double.isInfinite(later.high()) ? later.value() : later.high();
        return laterDay.isAfter(earlierDay) && most * DROP_FACTOR < earlier.low();
    }
}
