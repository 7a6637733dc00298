package org.newsbrief.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * The window in which the tolls of an incident that is over in a moment (a crash, a bombing, a shooting, a fire, an air
 * strike; not a storm or an earthquake, whose tolls are counted for weeks) are compared once the count has settled: a
 * value of such an incident's row that gives no date, or gives the incident's day, in an article published more than
 * {@value #SETTLED_DAYS} days after that day is its settled toll, compared with every other such value whatever the
 * day of its article ("The crash, which killed 230 people" in an article of 1 October and "the crash ... that killed
 * all 229 people aboard" in one of 27 October, of a crash of 3 September, conflict). The incident's day is the
 * earliest day a value of the row is dated to ({@link IncidentSplit#dates}); a row that names no incident (a figure not
 * split by incident) takes the one kind its values name. A row with no dated value, or of no kind, keeps every value's
 * own window ({@link FigureValue#comparedWindow()}). Stateless.
 */
final class SettledTolls {

    /** Days after an incident from which an article's undated toll of it is taken as settled. */
    static final int SETTLED_DAYS = 7;

    /** The compared window of a settled toll. */
    static final String WINDOW = "settled toll";

    private SettledTolls() {
    }

    /** The window each value of the figure of {@code incident} is compared in. */
    static Function<FigureValue, String> windows(Incident incident, List<FigureValue> values) {
        String kind = kind(incident, values);
        if (kind.isEmpty() || IncidentSplit.AREA_KINDS.contains(kind)) {
            return FigureValue::comparedWindow;
        }
        LocalDate day = null;
        for (FigureValue value : values) {
            LocalDate[] window = IncidentSplit.dates(value.window());
            day = window != null && (day == null || window[0].isBefore(day)) ? window[0] : day;
        }
        if (day == null) {
            return FigureValue::comparedWindow;
        }
        LocalDate incidentDay = day;
        return value -> settled(value, incidentDay) ? WINDOW : value.comparedWindow();
    }

    /**
     * The kind of the row's incident; for a row that names none (a figure not split by incident), the one kind its
     * values name, when they name one ("the crash killed 230" and "the crash that killed all 229"); else empty.
     */
    private static String kind(Incident incident, List<FigureValue> values) {
        if (!incident.isNone()) {
            return incident.kind();
        }
        String kind = "";
        for (FigureValue value : values) {
            String own = value.incident().kind();
            if (!own.isEmpty() && !kind.isEmpty() && !own.equals(kind)) {
                return "";
            }
            kind = own.isEmpty() ? kind : own;
        }
        return kind;
    }

    private static boolean settled(FigureValue value, LocalDate incidentDay) {
        LocalDate[] window = IncidentSplit.dates(value.window());
        boolean undated = value.window().isEmpty() || window != null && window[0].equals(incidentDay)
                && window[1].equals(incidentDay);
        return undated && value.published() != null
                && ChronoUnit.DAYS.between(incidentDay, value.published()) > SETTLED_DAYS;
    }
}
