package org.newsbrief.analysis;

import java.util.List;
import org.newsbrief.model.Span;

/** Splits one paragraph of text into sentence spans. Thread-safe. */
public interface SentenceSplitter {

    /** Sentence spans into {@code text}, in order, trimmed of surrounding white space. */
    List<Span> split(String text);
}
