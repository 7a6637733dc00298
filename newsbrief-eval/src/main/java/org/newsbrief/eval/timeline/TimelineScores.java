package org.newsbrief.eval.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The standard timeline-summarization scores of one predicted timeline against one reference
 * (Martschat and Markert 2017, as implemented by tilse and used by Ghalandari and Ifrim 2020):
 * concatenation ROUGE-N, alignment-based ROUGE-N with the many-to-one date-content-cost alignment
 * ("align+ m:1") and date F1. A timeline is a map from date to its sentences. Stateless and
 * thread-safe.
 *
 * <p>Alignment: each predicted date (for precision) or reference date (for recall) is aligned to
 * the date of the other timeline with the least cost {@code (1 - 1/(|days|+1)) * (1 - R1)}, where
 * R1 is tilse's approximate ROUGE-1 F on whitespace tokens (first minimum on ties, dates in order);
 * the aligned pair's ROUGE-N overlap counts weighted by {@code 1/(|days|+1)}, the denominators in
 * full. ROUGE counts use {@link TlsTokens}.
 */
public final class TimelineScores {

    /** Precision, recall and F1. */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(double precision, double recall) {
            return new Prf(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }
    }

    private TimelineScores() {
    }

    /** ROUGE-N of all predicted sentences against all reference sentences. */
    public static Prf concat(Map<LocalDate, List<String>> predicted, Map<LocalDate, List<String>> reference, int n) {
        Counts c = counts(all(predicted), all(reference), n);
        return Prf.of(ratio(c.hits, c.predicted), ratio(c.hits, c.reference));
    }

    /** Alignment-based ROUGE-N with the many-to-one date-content-cost alignment. */
    public static Prf alignManyToOne(Map<LocalDate, List<String>> predicted, Map<LocalDate, List<String>> reference, int n) {
        List<LocalDate> pred = new ArrayList<>(new TreeSet<>(predicted.keySet()));
        List<LocalDate> ref = new ArrayList<>(new TreeSet<>(reference.keySet()));
        Map<LocalDate, Map<String, Integer>> predictedWords = new HashMap<>();
        Map<LocalDate, Map<String, Integer>> referenceWords = new HashMap<>();
        predicted.forEach((d, s) -> predictedWords.put(d, whitespaceCounts(s)));
        reference.forEach((d, s) -> referenceWords.put(d, whitespaceCounts(s)));
        double precisionHits = 0;
        double precisionTotal = 0;
        for (LocalDate p : pred) {
            LocalDate r = cheapest(p, ref, d -> cost(p, d, predictedWords.get(p), referenceWords.get(d)));
            Counts c = counts(predicted.get(p), r == null ? List.of() : reference.get(r), n);
            precisionHits += r == null ? 0 : weight(p, r) * c.hits;
            precisionTotal += c.predicted;
        }
        double recallHits = 0;
        double recallTotal = 0;
        for (LocalDate r : ref) {
            LocalDate p = cheapest(r, pred, d -> cost(d, r, predictedWords.get(d), referenceWords.get(r)));
            Counts c = counts(p == null ? List.of() : predicted.get(p), reference.get(r), n);
            recallHits += p == null ? 0 : weight(p, r) * c.hits;
            recallTotal += c.reference;
        }
        return Prf.of(ratio(precisionHits, precisionTotal), ratio(recallHits, recallTotal));
    }

    /** Date precision, recall and F1: the shared dates over the predicted and the reference dates. */
    public static Prf dates(Set<LocalDate> predicted, Set<LocalDate> reference) {
        long shared = predicted.stream().filter(reference::contains).count();
        return Prf.of(ratio(shared, predicted.size()), ratio(shared, reference.size()));
    }

    /** Share of consecutive dates (in order) that are one day apart; 0 with fewer than two dates. */
    public static double adjacentShare(Set<LocalDate> dates) {
        List<LocalDate> sorted = new ArrayList<>(new TreeSet<>(dates));
        int adjacent = 0;
        for (int i = 1; i < sorted.size(); i++) {
            adjacent += ChronoUnit.DAYS.between(sorted.get(i - 1), sorted.get(i)) == 1 ? 1 : 0;
        }
        return sorted.size() < 2 ? 0 : (double) adjacent / (sorted.size() - 1);
    }

    private static LocalDate cheapest(LocalDate from, List<LocalDate> candidates, java.util.function.ToDoubleFunction<LocalDate> cost) {
        LocalDate best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (LocalDate candidate : candidates) {
            double c = cost.applyAsDouble(candidate);
            if (c < bestCost) {
                bestCost = c;
                best = candidate;
            }
        }
        return best;
    }

    static double weight(LocalDate a, LocalDate b) {
        return 1.0 / (Math.abs(ChronoUnit.DAYS.between(a, b)) + 1);
    }

    static double cost(LocalDate predictedDate, LocalDate referenceDate, List<String> predicted, List<String> reference) {
        return cost(predictedDate, referenceDate, whitespaceCounts(predicted), whitespaceCounts(reference));
    }

    /** The cost on whitespace token counts, computed once per date by the alignment. */
    private static double cost(LocalDate predictedDate, LocalDate referenceDate, Map<String, Integer> predicted,
            Map<String, Integer> reference) {
        return (1 - weight(predictedDate, referenceDate)) * (1 - approximateRouge1(predicted, reference));
    }

    /** tilse's approximation of ROUGE-1 F: whitespace tokens as written, one reference. */
    static double approximateRouge1(List<String> predicted, List<String> reference) {
        return approximateRouge1(whitespaceCounts(predicted), whitespaceCounts(reference));
    }

    private static double approximateRouge1(Map<String, Integer> p, Map<String, Integer> r) {
        double match = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            match += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        double precision = ratio(match, p.values().stream().mapToInt(Integer::intValue).sum());
        double recall = ratio(match, r.values().stream().mapToInt(Integer::intValue).sum());
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> whitespaceCounts(List<String> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (String sentence : sentences) {
            for (String token : sentence.trim().split("\\s+")) {
                if (!token.isEmpty()) {
                    counts.merge(token, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private record Counts(double hits, double predicted, double reference) {
    }

    private static Counts counts(List<String> predicted, List<String> reference, int n) {
        Map<String, Integer> p = TlsTokens.ngrams(predicted, n);
        Map<String, Integer> r = TlsTokens.ngrams(reference, n);
        double hits = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            hits += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        return new Counts(hits, sum(p), sum(r));
    }

    private static double sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<String> all(Map<LocalDate, List<String>> timeline) {
        List<String> sentences = new ArrayList<>();
        new java.util.TreeMap<>(timeline).values().forEach(sentences::addAll);
        return sentences;
    }

    private static double ratio(double num, double den) {
        return den == 0 ? 0 : num / den;
    }
}
