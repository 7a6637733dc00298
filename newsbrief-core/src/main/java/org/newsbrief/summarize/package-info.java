/**
 * Summarizers: each is a sentence scorer plus a selector plus an orderer over a
 * {@link org.newsbrief.summarize.SentencePool} of a story's candidate sentences, so that every
 * algorithm is a short class and combinations come free. {@link org.newsbrief.summarize.Summarizers}
 * maps names to factories.
 */
package org.newsbrief.summarize;
