/**
 * Cleaning: turns an article body as read into clean running text, one paragraph per line,
 * without page furniture (share bars, advertisements, captions, bylines, datelines, headings,
 * repeated lines), with normalised white space and quotes. Sentence spans point into the
 * cleaned text.
 */
package org.newsbrief.clean;
