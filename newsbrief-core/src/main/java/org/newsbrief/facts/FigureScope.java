package org.newsbrief.facts;

/**
 * What stretch of a story a value counts: one episode (a day, a raid, an offensive; the default) or the whole
 * conflict to date ("Syria's war has killed more than 300,000 people"). Values of different scopes are never
 * grouped together: a war's running total is no rival of one offensive's toll. Chosen by {@link ConflictTotals}.
 */
public enum FigureScope {

    /** A count of one episode or of a window the sentence names; the figure's row carries no scope. */
    EPISODE(""),
    /** The running total of a whole war, uprising or other conflict, from its start to the article's day. */
    WHOLE_CONFLICT("whole conflict");

    private final String label;

    FigureScope(String label) {
        this.label = label;
    }

    /** The words a brief shows for the scope: empty for {@link #EPISODE}. */
    public String label() {
        return label;
    }
}
