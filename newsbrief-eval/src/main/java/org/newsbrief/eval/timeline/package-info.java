/**
 * Timeline evaluation: the Timeline17 corpus reader, the standard timeline-summarization metrics
 * (concatenation ROUGE, alignment-based ROUGE with the many-to-one date-content-cost alignment of
 * Martschat and Markert 2017, date F1), the agreement of the project's time tagger with the
 * HeidelTime dates stored in the corpus, and the runners that write {@code bench/timeline17*.md}.
 */
package org.newsbrief.eval.timeline;
