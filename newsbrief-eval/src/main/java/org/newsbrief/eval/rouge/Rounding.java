package org.newsbrief.eval.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Perl's {@code sprintf("%7.5f")}: the exact binary value rounded to five decimals. Stateless. */
final class Rounding {

    private Rounding() {
    }

    static double five(double value) {
        return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** R, P and F from totals, with F from the rounded R and P as the script computes it. */
    static RougeScore score(double hits, double modelCount, double peerCount, double alpha) {
        double recall = modelCount != 0 ? five(hits / modelCount) : 0;
        double precision = peerCount != 0 ? five(hits / peerCount) : 0;
        double denominator = (1 - alpha) * precision + alpha * recall;
        double f = denominator > 0 ? five(precision * recall / denominator) : 0;
        return new RougeScore(recall, precision, f);
    }
}
