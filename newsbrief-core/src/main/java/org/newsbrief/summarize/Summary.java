package org.newsbrief.summarize;

import java.util.List;
import org.newsbrief.model.Sentence;

/**
 * The sentences a summarizer chose, in reading order.
 *
 * @param sentences selected sentences, each from one of the input documents
 */
public record Summary(List<Sentence> sentences) {

    public Summary {
        sentences = List.copyOf(sentences);
    }

    /** The summary as plain text, one sentence per line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Sentence sentence : sentences) {
            out.append(sentence.text().strip()).append('\n');
        }
        return out.toString();
    }
}
