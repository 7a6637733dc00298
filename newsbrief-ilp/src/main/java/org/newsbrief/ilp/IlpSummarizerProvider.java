package org.newsbrief.ilp;

import java.util.List;
import org.newsbrief.summarize.ComposedSummarizer;
import org.newsbrief.summarize.ConstantScorer;
import org.newsbrief.summarize.ReadingOrderer;
import org.newsbrief.summarize.SummarizerProvider;
import org.newsbrief.summarize.Summarizers;

/** Registers {@code ilp}: exact concept coverage with SCIP, one second per story at most. */
public final class IlpSummarizerProvider implements SummarizerProvider {

    /** Time limit per story, in seconds. */
    public static final double TIME_LIMIT_SECONDS = 1.0;

    @Override
    public List<Summarizers.Entry> summarizers() {
        return List.of(new Summarizers.Entry("ilp",
                "Gillick and Favre concept coverage, solved exactly by a MIP solver (SCIP) (greedy fallback past 1 s)",
                () -> new ComposedSummarizer(new ConstantScorer(), new IlpSelector(TIME_LIMIT_SECONDS),
                        new ReadingOrderer())));
    }
}
