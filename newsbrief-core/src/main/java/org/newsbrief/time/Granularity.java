package org.newsbrief.time;

/** How precise a resolved time is. */
public enum Granularity {
    DAY, WEEK, MONTH, SEASON, YEAR, INTERVAL
}
