package org.newsbrief.spark;

import java.io.Serializable;
import org.newsbrief.model.Document;
import org.newsbrief.model.Issue;

/**
 * An analysed article under its input-order key, or the issue that stopped its analysis.
 *
 * @param key the article's input order
 * @param document the analysed article; null when it failed
 * @param issue why it failed; null when it did not
 */
record Analyzed(long key, Document document, Issue issue) implements Serializable {
}
