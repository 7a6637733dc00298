package org.newsbrief.summarize;

/** For selectors that score sentences themselves: every sentence scores 0. Stateless. */
public final class ConstantScorer implements SentenceScorer {

    @Override
    public double[] score(SentencePool pool) {
        return new double[pool.size()];
    }
}
