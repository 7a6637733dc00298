package org.newsbrief.facts;

/** Whether the outlets' values of one figure agree. */
public enum Agreement {
    /** Every value comes from one article: there is nothing to compare it with. */
    ONE_SOURCE,
    /** Every value is the same, in two articles or more. */
    AGREE,
    /** Values differ but can all be true: intervals overlap, or they count different windows or parts. */
    COMPATIBLE,
    /** Two outlets give values for the same window that cannot both be true. */
    CONFLICT,
    /**
     * The count changed over time: the text says a value was an earlier count, since superseded ({@link TollLevels}:
     * "Police earlier had reported 65 dead"), a later value differs from it, and no two outlets disagree otherwise.
     */
    CHANGED
}
