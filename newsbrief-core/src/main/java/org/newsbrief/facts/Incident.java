package org.newsbrief.facts;

import java.util.Locale;
import java.util.Objects;

/**
 * The incident a value's clause names ({@link Incidents}): the kind of event that did the counting ("bombing",
 * "air strike", "earthquake", ...) and the place where it happened ("Nairobi"), each empty when the clause does not
 * say. Values of different incidents are never compared ({@link IncidentSplit}). Immutable.
 *
 * @param kind the kind of event, one of {@link Incidents}' kinds, or empty
 * @param place the place as first written ("Dar es Salaam"), or empty
 */
public record Incident(String kind, String place) {

    /** No incident named. */
    public static final Incident NONE = new Incident("", "");

    public Incident {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(place, "place");
    }

    /** Whether the clause named neither a kind nor a place. */
    public boolean isNone() {
        return kind.isEmpty() && place.isEmpty();
    }

    /** Whether both the kind and the place are named. */
    boolean isFull() {
        return !kind.isEmpty() && !place.isEmpty();
    }

    /**
     * Whether this incident, named in part, is a part of {@code other}: one of the two named and the same there
     * ("bombing" of "bombing, Nairobi"; "Nairobi" of "bombing, Nairobi").
     */
    boolean partOf(Incident other) {
        return !isNone() && !equals(other) && (kind.isEmpty() || kind.equals(other.kind))
                && (place.isEmpty() || placeKey().equals(other.placeKey()));
    }

    /** The place as compared: lower case. */
    String placeKey() {
        return place.toLowerCase(Locale.ROOT);
    }

    /** The words a brief shows: "bombing, Nairobi", "Nairobi", "earthquake"; empty for {@link #NONE}. */
    public String label() {
        return kind.isEmpty() ? place : place.isEmpty() ? kind : kind + ", " + place;
    }
}
