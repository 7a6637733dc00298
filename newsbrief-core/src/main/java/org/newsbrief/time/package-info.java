/**
 * Dates and timelines: a rule-based tagger of English news time expressions that resolves them
 * against the article's publication date, and the builder of a story's dated, sourced timeline.
 */
package org.newsbrief.time;
