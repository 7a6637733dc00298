package org.newsbrief.summarize;

/** Scores every sentence of a pool; higher is more central. Thread-safe and deterministic. */
public interface SentenceScorer {

    /** One score per pool sentence, indexed like the pool. */
    double[] score(SentencePool pool);
}
