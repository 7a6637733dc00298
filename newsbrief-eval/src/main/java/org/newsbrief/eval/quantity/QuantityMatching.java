package org.newsbrief.eval.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** How predicted quantities of one sentence are matched to its gold quantities. */
public enum QuantityMatching {

    /**
     * CQE's {@code calculate_metrics} (satya77/CQE_Evaluation, evaluate_models.py), step for step,
     * which produced the published NewsQuant scores: gold and predictions are sorted by normalised
     * unit; for each gold quantity the predictions are scanned in order; every prediction of equal
     * value adds a value match (at most as many per sentence as the sentence has gold quantities)
     * and a change match when the labels are equal; the first one whose unit is also equal adds a
     * unit match, is removed and ends the scan. A prediction is consumed only by a unit match, so
     * one prediction of the right value and a wrong unit can count for several gold quantities of
     * that value.
     */
    CQE {
        @Override
        public QuantityCounts match(List<ScoredQuantity> gold, List<ScoredQuantity> predicted) {
            List<ScoredQuantity> tags = new ArrayList<>(predicted);
            tags.sort(BY_UNIT);
            List<ScoredQuantity> golds = new ArrayList<>(gold);
            golds.sort(BY_UNIT);
            int valueBudget = gold.size();
            int value = 0;
            int unit = 0;
            int change = 0;
            for (ScoredQuantity g : golds) {
                for (int i = 0; i < tags.size(); i++) {
                    ScoredQuantity t = tags.get(i);
                    if (!g.sameValue(t)) {
                        continue;
                    }
                    if (valueBudget > 0) {
                        value++;
                        valueBudget--;
                    }
                    if (t.change().equals(g.change())) {
                        change++;
                    }
                    if (t.sameUnit(g)) {
                        unit++;
                        tags.remove(i);
                        break;
                    }
                }
            }
            return new QuantityCounts(predicted.size(), gold.size(), value, unit, change);
        }
    },

    /**
     * One-to-one: each prediction matches at most one gold quantity of equal value and each gold
     * quantity at most one prediction; pairs that also agree on unit are made first, so the unit
     * and change counts are of the same pairs as the value count.
     */
    ONE_TO_ONE {
        @Override
        public QuantityCounts match(List<ScoredQuantity> gold, List<ScoredQuantity> predicted) {
            boolean[] goldUsed = new boolean[gold.size()];
            boolean[] predictedUsed = new boolean[predicted.size()];
            int value = 0;
            int unit = 0;
            int change = 0;
            for (int pass = 0; pass < 2; pass++) {
                for (int g = 0; g < gold.size(); g++) {
                    for (int p = 0; p < predicted.size() && !goldUsed[g]; p++) {
                        ScoredQuantity gq = gold.get(g);
                        ScoredQuantity pq = predicted.get(p);
                        boolean sameUnit = pq.sameUnit(gq);
                        if (!predictedUsed[p] && gq.sameValue(pq) && (pass == 1 || sameUnit)) {
                            goldUsed[g] = true;
                            predictedUsed[p] = true;
                            value++;
                            unit += sameUnit ? 1 : 0;
                            change += pq.change().equals(gq.change()) ? 1 : 0;
                        }
                    }
                }
            }
            return new QuantityCounts(predicted.size(), gold.size(), value, unit, change);
        }
    };

    private static final Comparator<ScoredQuantity> BY_UNIT = Comparator.comparing(ScoredQuantity::unit);

    /** The counts of one sentence. */
    public abstract QuantityCounts match(List<ScoredQuantity> gold, List<ScoredQuantity> predicted);
}
