package org.newsbrief.summarize;

import java.util.List;

/** Chooses candidate sentences within a budget. Thread-safe and deterministic. */
public interface SentenceSelector {

    /** Pool indexes of the chosen sentences, candidates only, within the budget. */
    List<Integer> select(SentencePool pool, double[] scores, Budget budget);
}
