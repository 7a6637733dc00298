package org.newsbrief.eval.rouge;

/**
 * Recall, precision and F of one metric on one summary, rounded to five decimals as the script
 * prints them.
 */
public record RougeScore(double recall, double precision, double f) {
}
