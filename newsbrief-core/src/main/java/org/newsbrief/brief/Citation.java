package org.newsbrief.brief;

import java.util.Objects;
import org.newsbrief.model.SentenceRef;

/**
 * One source of a summary sentence and the sentence in it that supports the claim.
 *
 * @param source the citation number of the source
 * @param sentence the supporting sentence in that source
 */
public record Citation(int source, SentenceRef sentence) {

    public Citation {
        if (source < 1) {
            throw new IllegalArgumentException("source number must be >= 1: " + source);
        }
        Objects.requireNonNull(sentence, "sentence");
    }
}
