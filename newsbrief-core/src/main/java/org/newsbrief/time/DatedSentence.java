package org.newsbrief.time;

/**
 * A sentence of the story with the date of the event it reports.
 *
 * @param pool index of the sentence in the story's sentence pool
 * @param when the event's date
 * @param inferred whether it rests on a date inferred from the story
 * @param explicit whether the sentence itself says when (rather than taking its article's date)
 */
record DatedSentence(int pool, TimeValue when, boolean inferred, boolean explicit) {
}
