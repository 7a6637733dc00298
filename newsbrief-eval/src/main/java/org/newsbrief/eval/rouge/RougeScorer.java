package org.newsbrief.eval.rouge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores one system summary (peer) against its reference summaries (models) as ROUGE-1.5.5
 * does with the given options. Summaries are lists of sentences, one per line. Immutable and
 * thread-safe.
 */
public final class RougeScorer {

    private final RougeOptions options;

    public RougeScorer(RougeOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public RougeOptions options() {
        return options;
    }

    /** The metric names this scorer reports, in the script's order. */
    public List<String> metricNames() {
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= options.maxN(); n++) {
            names.add("ROUGE-" + n);
        }
        if (options.lcs()) {
            names.add("ROUGE-L");
        }
        if (options.skipGap() != null) {
            names.add(options.skipMetricName());
        }
        return names;
    }

    /** Every metric's score for one peer against its models, in {@link #metricNames()} order. */
    public Map<String, RougeScore> score(List<String> peer, List<List<String>> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("ROUGE needs at least one model summary");
        }
        Prepared peerText = prepare(peer);
        List<Prepared> modelTexts = models.stream().map(this::prepare).toList();
        Map<String, RougeScore> scores = new LinkedHashMap<>();
        for (int n = 1; n <= options.maxN(); n++) {
            int size = n;
            scores.put("ROUGE-" + n, gramScore(peerText, modelTexts, text -> GramCounts.ngrams(text.tokens, size)));
        }
        if (options.lcs()) {
            scores.put("ROUGE-L", lcsScore(peerText, modelTexts));
        }
        if (options.skipGap() != null) {
            scores.put(options.skipMetricName(), gramScore(peerText, modelTexts,
                    text -> GramCounts.skipBigrams(text.tokens, options.skipGap(), options.skipUnigrams())));
        }
        return scores;
    }

    private RougeScore gramScore(Prepared peer, List<Prepared> models, java.util.function.Function<Prepared, GramCounts> grams) {
        GramCounts peerGrams = grams.apply(peer);
        double hits = 0;
        double modelCount = 0;
        double peerCount = 0;
        double best = -1;
        for (Prepared model : models) {
            GramCounts modelGrams = grams.apply(model);
            int hit = modelGrams.hits(peerGrams);
            if (options.bestModel()) {
                double recall = modelGrams.total != 0 ? Rounding.five((double) hit / modelGrams.total) : 0;
                if (recall > best) {
                    best = recall;
                    hits = hit;
                    modelCount = modelGrams.total;
                    peerCount = peerGrams.total;
                }
            } else {
                hits += hit;
                modelCount += modelGrams.total;
                peerCount += peerGrams.total;
            }
        }
        return Rounding.score(hits, modelCount, peerCount, options.alpha());
    }

    private RougeScore lcsScore(Prepared peer, List<Prepared> models) {
        Map<String, Integer> peerUnigrams = GramCounts.ngrams(peer.tokens, 1).counts;
        int peerCount = peer.tokens.size();
        double hits = 0;
        double modelCount = 0;
        double peerTotal = 0;
        double best = -1;
        for (Prepared model : models) {
            LongestCommonSubsequence lcs = new LongestCommonSubsequence(model.units, peer.units,
                    GramCounts.ngrams(model.tokens, 1).counts, peerUnigrams);
            if (options.bestModel()) {
                double score = lcs.base > 0 ? (double) lcs.hits / lcs.base : 0;
                if (score > best) {
                    best = score;
                    hits = lcs.hits;
                    modelCount = lcs.base;
                    peerTotal = peerCount;
                }
            } else {
                hits += lcs.hits;
                modelCount += lcs.base;
                peerTotal += peerCount;
            }
        }
        return Rounding.score(hits, modelCount, peerTotal, options.alpha());
    }

    private Prepared prepare(List<String> sentences) {
        List<String> lines = RougeText.lines(sentences);
        List<String> tokens = RougeText.tokens(RougeText.joined(lines, options), options);
        List<List<String>> units = options.lcs()
                ? RougeText.units(lines, options).stream().map(unit -> RougeText.tokens(unit, options)).toList()
                : List.of();
        return new Prepared(tokens, units);
    }

    /** A summary's tokens, whole and per sentence. */
    private record Prepared(List<String> tokens, List<List<String>> units) {
    }
}
