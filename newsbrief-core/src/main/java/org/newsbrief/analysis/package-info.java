/**
 * Text analysis: cleaned text into sentences with character spans (OpenNLP's English sentence
 * model), word tokens, and comparison terms (Lucene's English analysis: lower case, stop words
 * removed, Porter stems). Runs per article, independently, so it parallelises.
 */
package org.newsbrief.analysis;
