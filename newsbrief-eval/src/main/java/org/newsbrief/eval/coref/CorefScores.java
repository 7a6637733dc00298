package org.newsbrief.eval.coref;

/**
 * The scores of a predicted grouping of mentions against the gold chains.
 *
 * @param muc link-based MUC (Vilain et al. 1995)
 * @param bcubed mention-based B-cubed (Bagga and Baldwin 1998)
 * @param ceafE entity-based CEAF with phi4 similarity (Luo 2005)
 */
public record CorefScores(Score muc, Score bcubed, Score ceafE) {

    /**
     * Recall and precision of one metric.
     *
     * @param recall between 0 and 1
     * @param precision between 0 and 1
     */
    public record Score(double recall, double precision) {

        public Score {
            if (!(recall >= 0 && recall <= 1 + 1e-9 && precision >= 0 && precision <= 1 + 1e-9)) {
                throw new IllegalArgumentException("recall and precision must lie in [0, 1]: " + recall + ", " + precision);
            }
        }

        /** Harmonic mean of recall and precision, 0 when both are 0. */
        public double f1() {
            return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        }
    }

    /** The CoNLL-2012 score: the mean of the MUC, B-cubed and CEAF-e F1. */
    public double conllF1() {
        return (muc.f1() + bcubed.f1() + ceafE.f1()) / 3;
    }
}
