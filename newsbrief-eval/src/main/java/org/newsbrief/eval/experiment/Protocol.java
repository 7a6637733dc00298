package org.newsbrief.eval.experiment;

import java.util.List;
import org.newsbrief.eval.rouge.RougeOptions;
import org.newsbrief.summarize.Budget;

/**
 * How a dataset is scored: the budget summaries are made to, the ROUGE options, which metrics
 * are reported, and whether recall or F is the headline number.
 *
 * @param budget summary length (filled to the limit: the scorer cuts at it)
 * @param rouge ROUGE options
 * @param metrics reported metric names
 * @param recall true to report recall, false to report F
 */
public record Protocol(Budget budget, RougeOptions rouge, List<String> metrics, boolean recall) {

    /** Mean Multi-News reference length in words (Fabbri et al. 2019 report 263.66). */
    public static final int MULTINEWS_WORDS = 264;

    public Protocol {
        metrics = List.copyOf(metrics);
    }

    /**
     * The standard protocol of a dataset: DUC, Hong et al. 2014 (first 100 words, recall of
     * ROUGE-1, -2 and -4), or with {@code bytes > 0} the official 665-byte setting; Multi-News,
     * F of ROUGE-1, -2 and -SU4 at about the reference length.
     */
    public static Protocol standard(String dataset, int words, int bytes) {
        if (dataset.startsWith("duc")) {
            if (bytes > 0) {
                return new Protocol(Budget.bytes(bytes).filled(),
                        RougeOptions.parse("-n 2 -m -b " + bytes + " -x -c 95 -r 1000 -f A -p 0.5 -t 0"),
                        List.of("ROUGE-1", "ROUGE-2"), true);
            }
            int limit = words > 0 ? words : 100;
            return new Protocol(Budget.words(limit).filled(),
                    RougeOptions.parse("-n 4 -m -l " + limit + " -x -c 95 -r 1000 -f A -p 0.5 -t 0"),
                    List.of("ROUGE-1", "ROUGE-2", "ROUGE-4"), true);
        }
        int limit = words > 0 ? words : MULTINEWS_WORDS;
        Budget budget = bytes > 0 ? Budget.bytes(bytes) : Budget.words(limit);
        return new Protocol(budget, RougeOptions.parse("-n 2 -2 4 -u -m -x -c 95 -r 1000 -f A -p 0.5 -t 0"),
                List.of("ROUGE-1", "ROUGE-2", "ROUGE-SU4"), false);
    }
}
