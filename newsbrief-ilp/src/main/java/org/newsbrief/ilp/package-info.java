/**
 * Exact concept-coverage summarization (Gillick and Favre 2009) as an integer program solved by
 * SCIP through OR-Tools. Registered as the {@code ilp} summarizer through the service loader; where
 * the native solver cannot load or does not prove optimality within its time limit, the greedy
 * concept-coverage selector of the core answers instead and the outcome is counted.
 */
package org.newsbrief.ilp;
