package org.newsbrief.spark;

import java.io.Serializable;

/**
 * One issue as the job's issues output holds it.
 *
 * @param file the input file
 * @param record the record or file concerned, as the reader names it
 * @param severity {@code SKIPPED} or {@code WARNING}
 * @param reason what happened
 */
record IssueRecord(String file, String record, String severity, String reason) implements Serializable {
}
