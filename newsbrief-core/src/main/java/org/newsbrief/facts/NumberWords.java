package org.newsbrief.facts;

import java.util.Map;

/** Spelled numbers and scale words of news English. Stateless. */
final class NumberWords {

    static final Map<String, Double> UNITS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0),
            Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0),
            Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0),
            Map.entry("fifty", 50.0), Map.entry("sixty", 60.0), Map.entry("seventy", 70.0), Map.entry("eighty", 80.0),
            Map.entry("ninety", 90.0), Map.entry("hundred", 100.0), Map.entry("a dozen", 12.0), Map.entry("dozen", 12.0), Map.entry("a", 1.0));

    static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("billion", 1e9),
            Map.entry("trillion", 1e12), Map.entry("mn", 1e6), Map.entry("bn", 1e9), Map.entry("m", 1e6),
            Map.entry("k", 1e3), Map.entry("tn", 1e12), Map.entry("b", 1e9), Map.entry("dozen", 12.0),
            // the informal "mil" of quoted speech: "i ' ll sue you for $ 5 mil"
            Map.entry("mil", 1e6),
            // the Indian scales of South Asian news: "Rs 500 crore", "25 lakh tonnes"
            Map.entry("lakh", 1e5), Map.entry("lakhs", 1e5), Map.entry("crore", 1e7), Map.entry("crores", 1e7));

    /**
     * Vague plurals as the range NewsQuant gives them, from the base to ten times it: "dozens of"
     * 12 to 120, "hundreds of" 100 to 1,000, "tens of thousands of" 10,000 to 100,000 (low, high).
     */
    static final Map<String, double[]> VAGUE = Map.ofEntries(
            Map.entry("dozens", new double[] {12, 120}), Map.entry("scores", new double[] {20, 200}),
            Map.entry("hundreds", new double[] {100, 1000}), Map.entry("thousands", new double[] {1000, 10000}),
            Map.entry("tens of thousands", new double[] {1e4, 1e5}),
            Map.entry("hundreds of thousands", new double[] {1e5, 1e6}),
            Map.entry("millions", new double[] {1e6, 1e7}), Map.entry("tens of millions", new double[] {1e7, 1e8}),
            Map.entry("hundreds of millions", new double[] {1e8, 1e9}), Map.entry("billions", new double[] {1e9, 1e10}),
            Map.entry("tens of billions", new double[] {1e10, 1e11}),
            Map.entry("hundreds of billions", new double[] {1e11, 1e12}), Map.entry("tens", new double[] {10, 100}));

    /** Fraction words and the denominator they name: "two-thirds", "a quarter", "half". */
    static final Map<String, Double> FRACTIONS = Map.ofEntries(Map.entry("half", 2.0), Map.entry("third", 3.0),
            Map.entry("thirds", 3.0), Map.entry("quarter", 4.0), Map.entry("quarters", 4.0), Map.entry("fifth", 5.0),
            Map.entry("fifths", 5.0), Map.entry("sixth", 6.0), Map.entry("sixths", 6.0), Map.entry("seventh", 7.0),
            Map.entry("sevenths", 7.0), Map.entry("eighth", 8.0), Map.entry("eighths", 8.0), Map.entry("ninth", 9.0),
            Map.entry("ninths", 9.0), Map.entry("tenth", 10.0), Map.entry("tenths", 10.0));

    private NumberWords() {
    }
}
