package org.newsbrief.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the values of one figure (concept, counted class, scope) by the incident each clause names
 * ({@link Incidents}), so that values of different incidents are never compared. A value is <b>past</b> when its
 * window is a date that ended more than {@value #PAST_DAYS} days before the story's first article ("storms in 2008
 * left almost 800 dead" in a story that starts in 2010): it may tell of an incident before the story. The incident a
 * past value names is resolved like any other (the bomb of 1998-08-07 in a story on that embassy bombing that starts
 * in November is the bombing in Nairobi) when the values naming that incident's kind and place give no date or its
 * window holds the first of their dates (not "a tsunami in 1946" for the earthquake of 2010-01-12), but it is never
 * one that another value is resolved to (the 1980
 * earthquake in Italy does not make "the earthquake" of a story on one in Haiti ambiguous), and a past value that
 * names no incident joins none. Rules, in order:
 * <ol>
 *   <li>The same kind in a place within another ({@link PlaceContainment}: "Port-au-Prince, Haiti") is one incident,
 *       named by the wider place (a value of the narrower place counts a part, {@link Quantity#partial()}, and is
 *       in conflict with no other: 5,000 to 10,000 killed in Leogane beside 200,000 in Haiti): for a kind that strikes an area (earthquake, storm) always ("the quake in Jacmel"
 *       and "the quake in Port-au-Prince" are the quake in Haiti); for any other kind only when no other place of
 *       that kind lies within the wider one ("the bombing in Nairobi" is "the bombing in Kenya", but bombings in
 *       Baghdad and Mosul are two, and "the bombing in Iraq" is neither).</li>
 *   <li>A value that names its incident in part (only the kind, or only a place, the incident's or one within it)
 *       takes the one incident of the figure that it is a part of, when there is exactly one ("the bomb killed more
 *       than 200" beside "the blast in Nairobi killed 213": one bombing in Nairobi; "the earthquake" beside "the
 *       earthquake in Haiti", when Haiti is the only place of an earthquake: one earthquake).</li>
 *   <li>A value that names only a place around the places of the other incidents ("killed in Syria" beside "the
 *       bombing in Aleppo", Aleppo within Syria) names the story's setting, not an incident: it names none.</li>
 *   <li>A value that names none (and is not past) takes the one incident left, when exactly one is left and the
 *       value's day (its window's first day, else its article's) lies between the first and the last day of that
 *       incident's own values; else it names none: with two incidents it could be either, and a toll of a day
 *       the incident is not reported on may be another's.</li>
 *   <li>A value still naming its incident in part takes the one past incident named in full that it is a part of
 *       and that a value of another article gives the same count for ({@link #pastWhole}).</li>
 *   <li>When at most one incident is then named, the figure is not split and names no incident: the values that
 *       name none are most likely of the one incident of the story (in the aleppo brief "the assault on east
 *       Aleppo" is compared with the 225 of a sentence that names no place).</li>
 *   <li>Else each incident is a figure of its own, and the values that name none are one more, compared only with
 *       each other (as values without a window are compared only in their article's day; {@link FigureReconciler}
 *       splits them further by their days, {@link UnnamedTolls}).</li>
 * </ol>
 * Stateless.
 */
final class IncidentSplit {

    /** How long before the story's first article a window must have ended for its value to tell of an earlier incident. */
    static final int PAST_DAYS = 30;

    /** The kinds of incident that strike an area at once: one such incident in two places of a region is one. */
    static final Set<String> AREA_KINDS = Set.of("earthquake", "storm");

    private static final int MAX_DEPTH = 8;

    /** How a week's window begins ({@link org.newsbrief.time.TimeValue#label()}). */
    private static final String WEEK_OF = "week of ";

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{4})|-(\\d{2})(?:-(\\d{2}))?)?");

    private IncidentSplit() {
    }

    /** {@link #split(List, PlaceContainment, LocalDate)} with no place known to lie within another and no value past. */
    static Map<Incident, List<FigureValue>> split(List<FigureValue> values) {
        return split(values, PlaceContainment.NONE, null);
    }

    /** The values of one figure by incident, in the order of their first value; one entry {@link Incident#NONE} when not split. */
    static Map<Incident, List<FigureValue>> split(List<FigureValue> values, PlaceContainment places, LocalDate storyStart) {
        Map<String, Incident> named = new LinkedHashMap<>(); // by key, the first spelling of each incident
        Map<String, Incident> current = new LinkedHashMap<>(); // those of values that are not past
        boolean[] past = new boolean[values.size()];
        for (int i = 0; i < values.size(); i++) {
            FigureValue value = values.get(i);
            past[i] = isPast(value, storyStart);
            if (!value.incident().isNone()) {
                named.putIfAbsent(key(value.incident()), value.incident());
                if (!past[i]) {
                    current.putIfAbsent(key(value.incident()), value.incident());
                }
            }
        }
        if (named.size() <= 1) {
            return Map.of(Incident.NONE, values);
        }
        Map<String, Incident> resolved = resolve(named, current.values(), places);
        Map<String, Incident> left = new LinkedHashMap<>();
        current.keySet().forEach(k -> left.putIfAbsent(key(resolved.get(k)), resolved.get(k)));
        left.values().removeIf(setting -> isSetting(setting, left.values(), places));
        Incident only = left.size() == 1 ? left.values().iterator().next() : Incident.NONE;
        LocalDate[] span = only.isNone() ? null : span(values, past, resolved, only);
        Map<String, Incident> first = new LinkedHashMap<>();
        Map<String, List<FigureValue>> byKey = new LinkedHashMap<>();
        List<FigureValue> all = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Incident own = values.get(i).incident();
            Incident incident = own.isNone() ? Incident.NONE : resolved.get(key(own));
            if (past[i] && !key(incident).equals(key(own)) && !ofItsDay(values.get(i), incident, values, past, resolved)) {
                incident = own; // "a tsunami in 1946 killed almost 2,000" is not the earthquake of 2010-01-12
            }
            if (!past[i] && isSetting(incident, left.values(), places)) {
                incident = Incident.NONE;
            }
            if (span != null && !past[i] && incident.isNone() && within(day(values.get(i)), span)) {
                incident = only;
            }
            if (!incident.isNone() && !incident.isFull()) {
                incident = pastWhole(values.get(i), incident, values, past, places);
            }
            first.putIfAbsent(key(incident), incident);
            FigureValue value = !own.place().isEmpty() && places.within(own.place(), incident.place())
                    ? part(values.get(i)) : values.get(i);
            byKey.computeIfAbsent(key(incident), k -> new ArrayList<>()).add(value);
            all.add(value);
        }
        if (first.values().stream().filter(i -> !i.isNone()).count() <= 1) {
            return Map.of(Incident.NONE, all);
        }
        Map<Incident, List<FigureValue>> out = new LinkedHashMap<>();
        byKey.forEach((key, list) -> out.put(first.get(key), list));
        return out;
    }

    /**
     * Rule 5: the one past incident, named in full, that a value naming its incident in part is a part of and that
     * another value gives the same count for ("the blast killed 270 people" beside "the 1988 bombing over Lockerbie,
     * which killed 270": one bombing, not a row of its own), else {@code incident}; a past incident is never resolved
     * to by rule 2, for a toll of the story's own may name it in part ("the earthquake killed 290" beside "the 1990
     * earthquake in Dorn killed 2,000"), but the same count from another outlet tells that it is that incident's.
     */
    private static Incident pastWhole(FigureValue value, Incident incident, List<FigureValue> values, boolean[] past,
            PlaceContainment places) {
        Quantity q = value.quantity();
        Incident whole = null;
        for (int j = 0; j < values.size(); j++) {
            Incident other = values.get(j).incident();
            Quantity o = values.get(j).quantity();
            if (past[j] && other.isFull() && o.low() == q.low() && o.high() == q.high() && partOf(incident, other, places)
                    && !values.get(j).sentence().articleId().equals(value.sentence().articleId())) {
                if (whole != null && !key(whole).equals(key(other))) {
                    return incident; // two past incidents give that count: either
                }
                whole = other;
            }
        }
        return whole == null ? incident : whole;
    }

    /** The value as a count of a part (of the incident's place): never in conflict with the whole's ({@link Quantity#partial()}). */
    static FigureValue part(FigureValue value) {
        Quantity q = value.quantity();
        return new FigureValue(new Quantity(q.span(), q.text(), q.value(), q.low(), q.high(), q.change(), q.unit(),
                q.concept(), true, q.range(), q.unitName()), value.sentence(), value.window(), value.published(),
                value.scope(), value.incident());
    }

    /**
     * Whether the past {@code value} may be of {@code incident}: the incident's values that name a kind and a place
     * give no date, or the value's window holds the first of their dates.
     */
    private static boolean ofItsDay(FigureValue value, Incident incident, List<FigureValue> values, boolean[] past,
            Map<String, Incident> resolved) {
        LocalDate first = null;
        for (int i = 0; i < values.size(); i++) {
            Incident own = values.get(i).incident();
            LocalDate[] window = own.isFull() && !past[i] ? dates(values.get(i).window()) : null;
            if (window != null && key(resolved.get(key(own))).equals(key(incident))
                    && (first == null || window[0].isBefore(first))) {
                first = window[0];
            }
        }
        LocalDate[] window = dates(value.window());
        return first == null || window != null && !first.isBefore(window[0]) && !first.isAfter(window[1]);
    }

    /**
     * Whether {@code incident} names only a place, around the places of the others ("killed in Syria" beside "the
     * bombing in Aleppo", with Aleppo read within Syria): the story's setting, taken as naming no incident.
     */
    private static boolean isSetting(Incident incident, Collection<Incident> others, PlaceContainment places) {
        if (!incident.kind().isEmpty() || incident.place().isEmpty()) {
            return false;
        }
        for (Incident other : others) {
            if (!other.place().isEmpty() && places.within(other.place(), incident.place())) {
                return true;
            }
        }
        return false;
    }

    /** The first and last day of the values that are not past and name {@code only} (resolved), or null when none has a day. */
    private static LocalDate[] span(List<FigureValue> values, boolean[] past, Map<String, Incident> resolved, Incident only) {
        LocalDate[] span = null;
        for (int i = 0; i < values.size(); i++) {
            Incident own = values.get(i).incident();
            LocalDate day = day(values.get(i));
            if (!past[i] && !own.isNone() && key(resolved.get(key(own))).equals(key(only)) && day != null) {
                span = span == null ? new LocalDate[] {day, day} : new LocalDate[] {
                        day.isBefore(span[0]) ? day : span[0], day.isAfter(span[1]) ? day : span[1]};
            }
        }
        return span;
    }

    private static boolean within(LocalDate day, LocalDate[] span) {
        return day != null && !day.isBefore(span[0]) && !day.isAfter(span[1]);
    }

    /** The day a value tells of: the first day of its window when that is a date, else its article's day (may be null). */
    static LocalDate day(FigureValue value) {
        LocalDate[] window = dates(value.window());
        return window != null ? window[0] : value.published();
    }

    /**
     * The first and last day of a window that is a date ("2010", "2010-01", "2010-01-12", "1980-1988", "week of
     * 2010-01-11": "a cold spell that set in a week ago has killed 40" tells of that week, not of its article's day),
     * else null.
     */
    static LocalDate[] dates(String window) {
        if (window.startsWith(WEEK_OF)) {
            LocalDate[] day = dates(window.substring(WEEK_OF.length()));
            return day == null || !day[0].equals(day[1]) ? null : new LocalDate[] {day[0], day[0].plusDays(6)};
        }
        if (window.isEmpty() || !Character.isDigit(window.charAt(0))) {
            return null;
        }
        Matcher date = DATE.matcher(window);
        if (!date.matches()) {
            return null;
        }
        int year = Integer.parseInt(date.group(1));
        if (date.group(2) != null) {
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(Integer.parseInt(date.group(2)), 12, 31)};
        }
        if (date.group(3) == null) {
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(date.group(3)));
        return date.group(4) == null ? new LocalDate[] {month.atDay(1), month.atEndOfMonth()}
                : new LocalDate[] {month.atDay(Integer.parseInt(date.group(4))), month.atDay(Integer.parseInt(date.group(4)))};
    }

    /** Each incident by key, as rules 1 and 2 resolve it against the incidents of the values that are not past. */
    private static Map<String, Incident> resolve(Map<String, Incident> incidents, Collection<Incident> current,
            PlaceContainment places) {
        Map<String, Incident> widened = new LinkedHashMap<>();
        incidents.forEach((key, incident) -> widened.put(key, widen(incident, current, places, 0)));
        List<Incident> wholes = current.stream().map(i -> widened.get(key(i))).filter(Incident::isFull).distinct().toList();
        Map<String, Incident> resolved = new LinkedHashMap<>();
        widened.forEach((key, incident) -> {
            Incident whole = null;
            int count = 0;
            if (!incident.isFull()) {
                for (Incident other : wholes) {
                    if (partOf(incident, other, places)) {
                        whole = other;
                        count++;
                    }
                }
            }
            resolved.put(key, count == 1 ? whole : incident);
        });
        return resolved;
    }

    /** Rule 1: the incident of the same kind in the widest place that {@code incident}'s place lies within, if any. */
    private static Incident widen(Incident incident, Iterable<Incident> all, PlaceContainment places, int depth) {
        if (!incident.isFull() || depth > MAX_DEPTH) {
            return incident;
        }
        Incident widest = incident;
        for (Incident other : all) {
            if (other.isFull() && other.kind().equals(incident.kind())
                    && places.within(widest.place(), other.place())
                    && (AREA_KINDS.contains(incident.kind()) || onlyChain(incident, other, all, places))) {
                widest = other;
            }
        }
        return widest == incident ? incident : widen(widest, all, places, depth + 1);
    }

    /** Whether every place of {@code incident}'s kind within {@code wider}'s place is on one line with its place. */
    private static boolean onlyChain(Incident incident, Incident wider, Iterable<Incident> all, PlaceContainment places) {
        for (Incident other : all) {
            if (other.isFull() && other.kind().equals(incident.kind()) && places.within(other.place(), wider.place())
                    && !places.inside(other.place(), incident.place()) && !places.inside(incident.place(), other.place())) {
                return false;
            }
        }
        return true;
    }

    /** Rule 2: a kind alone, or a place alone or with the kind, that is the whole's or lies within it. */
    private static boolean partOf(Incident part, Incident whole, PlaceContainment places) {
        return !part.isNone() && (part.kind().isEmpty() || part.kind().equals(whole.kind()))
                && (part.place().isEmpty() || places.inside(part.place(), whole.place()));
    }

    /**
     * Whether the value's window is a date that ended more than {@value #PAST_DAYS} days before {@code storyStart}, the
     * publication date of the story's first article (null: none is past).
     */
    static boolean isPast(FigureValue value, LocalDate storyStart) {
        LocalDate[] window = storyStart == null ? null : dates(value.window());
        return window != null && window[1].plusDays(PAST_DAYS).isBefore(storyStart);
    }

    private static String key(Incident incident) {
        return incident.kind() + "|" + incident.placeKey();
    }
}
