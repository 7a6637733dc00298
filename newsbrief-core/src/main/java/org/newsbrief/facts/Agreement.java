package org.newsbrief.facts;

/** Whether the outlets' values of one figure agree. */
public enum Agreement {
    /** Every value is the same. */
    AGREE,
    /** Values differ but can all be true: intervals overlap, or they count different windows or parts. */
    COMPATIBLE,
    /** Two outlets give values for the same window that cannot both be true. */
    CONFLICT
}
