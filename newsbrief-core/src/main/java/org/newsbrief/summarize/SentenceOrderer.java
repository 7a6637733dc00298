package org.newsbrief.summarize;

import java.util.List;

/** Puts chosen sentences in reading order. Thread-safe and deterministic. */
public interface SentenceOrderer {

    /** The same pool indexes, in reading order. */
    List<Integer> order(SentencePool pool, List<Integer> chosen);
}
