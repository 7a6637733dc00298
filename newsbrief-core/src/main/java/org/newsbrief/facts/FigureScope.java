package org.newsbrief.facts;

/**
 * What stretch of a story a value counts: one episode (a day, a raid, an offensive; the default) or a running
 * total: the whole conflict to date ("Syria's war has killed more than 300,000 people"), or a count since a date
 * half a year or more before the article with no conflict named ("H5N1 has killed 250 people since 2003"). An
 * episode's values are never grouped with running totals: a war's total is no rival of one offensive's toll; the
 * two kinds of running total share a group, named "whole conflict" when one of its values names the conflict.
 * Chosen by {@link ConflictTotals}.
 */
public enum FigureScope {

    /** A count of one episode or of a window the sentence names; the figure's row carries no scope. */
    EPISODE(""),
    /** The running total of a whole war, uprising or other conflict, from its start to the article's day. */
    WHOLE_CONFLICT("whole conflict"),
    /** A count since a date at least half a year before the article, in a clause that names no conflict. */
    RUNNING_TOTAL("running total");

    private final String label;

    FigureScope(String label) {
        this.label = label;
    }

    /** Whether values of this scope and {@code other} may be grouped: both episodes, or both running totals. */
    public boolean groupsWith(FigureScope other) {
        return (this == EPISODE) == (other == EPISODE);
    }

    /** The words a brief shows for the scope: empty for {@link #EPISODE}. */
    public String label() {
        return label;
    }
}
