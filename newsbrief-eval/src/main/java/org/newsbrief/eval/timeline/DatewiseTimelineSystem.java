package org.newsbrief.eval.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsbrief.time.Granularity;
import org.newsbrief.time.NarrativeAnchor;
import org.newsbrief.time.TimeAnchor;
import org.newsbrief.time.TimeExpressionTagger;
import org.newsbrief.time.TimeMention;
import org.newsbrief.time.TimeValue;

/**
 * A date-wise timeline summarizer for Timeline17 after Ghalandari and Ifrim 2020 (DATEWISE):
 * <ol>
 * <li>every sentence (metadata stripped by {@link NewsSentences}) is dated by the day-level
 * expressions the project's {@link TimeExpressionTagger} resolves against its article's date, posting
 * stamps left out (the time a blog entry or comment was posted is no event it reports);</li>
 * <li>dates in the task's span are scored by a {@link DateRanker} over {@link DateFeatures}
 * counted on the articles published in the span (the collection is restricted to the reference's
 * span, as news-tls does), and chosen greedily, a date one day from an already chosen one having
 * its score multiplied by {@code 1 - adjacentPenalty} scaled by the timeline's sparsity
 * ({@link #adjacentPenalty}, {@link TimelineOptions});</li>
 * <li>a date's candidates are the sentences mentioning it and the undated opening sentences of
 * articles published on it or the day after; when both kinds exist, only those above the knee of
 * their cosine to the date's shared centroid (terms found in both kinds) are kept, unless none of
 * those may summarise (then all are kept, so that every chosen date gets its summary);</li>
 * <li>its summary is built greedily, each step adding the sentence that brings the summary's
 * TF-IDF vector nearest the candidates' centroid, among sentences of allowed length containing a
 * topic keyword ({@link TopicKeywords}) and not closer than {@code maxSimilarity} to one already
 * chosen.</li>
 * </ol>
 * Built once per topic (the tagging), then immutable and thread-safe.
 */
final class DatewiseTimelineSystem {

    /** Summary sentences closer than this (TF-IDF cosine) to one already chosen are skipped (news-tls: 0.9999). */
    private static final double MAX_SIMILARITY = 0.9999;

    private static final int OPENING_SENTENCES = 5;
    private static final int PUBLISHED_DAYS = 2;
    private static final int MIN_TOKENS = 5;
    private static final int MAX_TOKENS = 60;

    /** One sentence: cleaned text, unit TF-IDF vector (term ids ascending), publication date, whether it may summarise. */
    private record Unit(String text, int[] terms, double[] weights, LocalDate published, boolean summarizable) {
    }

    private final List<Unit> units = new ArrayList<>();
    private final int vocabulary;
    private final Map<LocalDate, List<Integer>> mentioning = new HashMap<>();
    private final Map<LocalDate, List<Integer>> openings = new HashMap<>();
    private final List<DateFeatures.Mention> mentions = new ArrayList<>();
    private final Map<LocalDate, Integer> published = new HashMap<>();

    DatewiseTimelineSystem(String topic, List<Timeline17Corpus.Article> articles) {
        TimeExpressionTagger tagger = new TimeExpressionTagger();
        List<String> keywords = TopicKeywords.of(topic);
        LocalDate first = articles.stream().map(Timeline17Corpus.Article::dct).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = articles.stream().map(Timeline17Corpus.Article::dct).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> counts = new ArrayList<>();
        List<Integer> documentFrequency = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<Boolean> summarizable = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Timeline17Corpus.Article article = articles.get(a);
            published.merge(article.dct(), 1, Integer::sum);
            List<String> sentences = Timeline17Corpus.sentences(article.text());
            NarrativeAnchor narrative = new NarrativeAnchor(); // "the next day" after the article's last written date
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = NewsSentences.clean(sentences.get(i));
                if (sentence.isEmpty()) {
                    continue;
                }
                int unit = texts.size();
                List<LocalDate> days = days(tagger.tag(sentence, TimeAnchor.of(article.dct()), narrative), first, last);
                for (LocalDate day : days) {
                    mentions.add(new DateFeatures.Mention(day, a, article.dct()));
                    mentioning.computeIfAbsent(day, k -> new ArrayList<>()).add(unit);
                }
                if (days.isEmpty() && i < OPENING_SENTENCES) {
                    for (int k = 0; k < PUBLISHED_DAYS; k++) {
                        openings.computeIfAbsent(article.dct().minusDays(k), d -> new ArrayList<>()).add(unit);
                    }
                }
                counts.add(termCounts(sentence, ids, documentFrequency));
                texts.add(sentence);
                dates.add(article.dct());
                int length = sentence.split("\\s+").length;
                summarizable.add(length >= MIN_TOKENS && length <= MAX_TOKENS && TopicKeywords.matches(keywords, sentence));
            }
        }
        int n = texts.size();
        vocabulary = ids.size();
        for (int u = 0; u < n; u++) {
            int[] c = counts.get(u);
            int[] terms = new int[c.length / 2];
            for (int j = 0; j < terms.length; j++) {
                terms[j] = c[2 * j];
            }
            units.add(new Unit(texts.get(u), terms, tfIdf(c, n, documentFrequency), dates.get(u), summarizable.get(u)));
        }
    }

    /**
     * The sentence's term ids and counts, interleaved in id order; a new term gets the next id, and
     * every term of the sentence one more sentence in {@code documentFrequency}.
     */
    private static int[] termCounts(String sentence, Map<String, Integer> ids, List<Integer> documentFrequency) {
        Map<Integer, Integer> tf = new TreeMap<>();
        for (String token : TlsTokens.of(sentence)) {
            int id = ids.computeIfAbsent(token, t -> ids.size());
            if (id == documentFrequency.size()) {
                documentFrequency.add(0);
            }
            tf.merge(id, 1, Integer::sum);
        }
        tf.keySet().forEach(id -> documentFrequency.set(id, documentFrequency.get(id) + 1));
        int[] c = new int[tf.size() * 2];
        int j = 0;
        for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
            c[j++] = e.getKey();
            c[j++] = e.getValue();
        }
        return c;
    }

    /** The L2-normalised TF-IDF weights (smoothed idf, plus one) of interleaved term counts, over {@code n} sentences. */
    private static double[] tfIdf(int[] c, int n, List<Integer> documentFrequency) {
        double[] weights = new double[c.length / 2];
        double norm = 0;
        for (int j = 0; j < weights.length; j++) {
            weights[j] = c[2 * j + 1] * (Math.log((1.0 + n) / (1.0 + documentFrequency.get(c[2 * j]))) + 1);
            norm += weights[j] * weights[j];
        }
        double length = Math.sqrt(norm);
        for (int j = 0; j < weights.length && length > 0; j++) {
            weights[j] /= length;
        }
        return weights;
    }

    private static List<LocalDate> days(List<TimeMention> mentions, LocalDate first, LocalDate last) {
        return mentions.stream().filter(m -> !m.stamp()).map(TimeMention::value)
                .filter(v -> v != null && v.granularity() == Granularity.DAY)
                .map(TimeValue::start).filter(d -> !d.isBefore(first) && !d.isAfter(last)).distinct().toList();
    }

    /** The normalised date features of the span from {@code from} to {@code to}. */
    Map<LocalDate, double[]> features(LocalDate from, LocalDate to, boolean logCounts) {
        return DateFeatures.of(mentions, published, from, to, logCounts);
    }

    /**
     * The penalty that a date next to an already chosen one actually gets: {@code penalty} times the
     * sparsity of the timeline asked for, 1 - dates / days of the span (at least 0). Reference
     * timelines hold adjacent dates about as often as their dates are dense in their span (20 dates in
     * 20 days: nearly all adjacent; 16 dates in 940 days: none), so a dense timeline is not pushed
     * apart and a sparse one is.
     */
    static double adjacentPenalty(double penalty, int dates, LocalDate from, LocalDate to) {
        double days = ChronoUnit.DAYS.between(from, to) + 1;
        return penalty * Math.max(0, 1 - dates / days);
    }

    /**
     * The dates of the timeline, best first: greedily the highest score, a date next to one already
     * chosen having its score multiplied by 1 minus the {@link #adjacentPenalty} of {@code adjacentPenalty},
     * skipping dates without a summarizable candidate sentence.
     */
    List<LocalDate> chooseDates(Map<LocalDate, Double> scores, int dates, LocalDate from, LocalDate to,
            double adjacentPenalty) {
        double penalty = adjacentPenalty(adjacentPenalty, dates, from, to);
        Set<LocalDate> chosen = new LinkedHashSet<>();
        Set<LocalDate> rejected = new HashSet<>();
        while (chosen.size() < dates) {
            LocalDate best = null;
            double bestScore = -1;
            for (Map.Entry<LocalDate, Double> e : scores.entrySet()) {
                LocalDate d = e.getKey();
                if (chosen.contains(d) || rejected.contains(d)) {
                    continue;
                }
                boolean adjacent = chosen.contains(d.minusDays(1)) || chosen.contains(d.plusDays(1));
                double s = e.getValue() * (adjacent ? 1 - penalty : 1);
                if (s > bestScore || (s == bestScore && d.isBefore(best))) {
                    best = d;
                    bestScore = s;
                }
            }
            if (best == null) {
                break;
            }
            if (hasSummarizable(best, from, to)) {
                chosen.add(best);
            } else {
                rejected.add(best);
            }
        }
        return new ArrayList<>(chosen);
    }

    private boolean hasSummarizable(LocalDate date, LocalDate from, LocalDate to) {
        return inSpan(mentioning.getOrDefault(date, List.of()), from, to).stream().anyMatch(id -> units.get(id).summarizable())
                || inSpan(openings.getOrDefault(date, List.of()), from, to).stream().anyMatch(id -> units.get(id).summarizable());
    }

    /**
     * A timeline of at most {@code dates} dates from {@code from} to {@code to} with at most {@code perDate}
     * sentences each. The span is the reference timeline's, as in the published protocol (news-tls restricts
     * the collection to the reference's time span).
     */
    Map<LocalDate, List<String>> summarize(int dates, int perDate, LocalDate from, LocalDate to, DateRanker ranker,
            TimelineOptions options) {
        Map<LocalDate, Double> scores = new HashMap<>();
        features(from, to, options.logCounts()).forEach((d, f) -> scores.put(d, ranker.score(f)));
        Map<LocalDate, List<String>> timeline = new TreeMap<>();
        for (LocalDate date : chooseDates(scores, dates, from, to, options.adjacentPenalty())) {
            List<String> summary = summary(candidates(date, from, to), perDate, MAX_SIMILARITY);
            if (!summary.isEmpty()) {
                timeline.put(date, summary);
            }
        }
        return timeline;
    }

    /** The sentences mentioning the date and the openings published on it or the next day, knee-filtered. */
    private List<Integer> candidates(LocalDate date, LocalDate from, LocalDate to) {
        List<Integer> ment = inSpan(mentioning.getOrDefault(date, List.of()), from, to);
        List<Integer> pub = inSpan(openings.getOrDefault(date, List.of()), from, to);
        if (ment.stream().noneMatch(id -> units.get(id).summarizable()) && pub.stream().noneMatch(id -> units.get(id).summarizable())) {
            return List.of();
        }
        if (ment.isEmpty() || pub.isEmpty()) {
            return ment.isEmpty() ? pub : ment;
        }
        double[] mentSum = sum(ment);
        double[] pubSum = sum(pub);
        double[] shared = new double[vocabulary];
        for (int id : ment) {
            for (int t : units.get(id).terms()) {
                if (pubSum[t] != 0) {
                    shared[t] = mentSum[t] / ment.size() + pubSum[t] / pub.size();
                }
            }
        }
        List<Integer> all = new ArrayList<>(ment);
        all.addAll(pub);
        double[] sims = new double[all.size()];
        double norm = norm(shared, ment);
        for (int i = 0; i < sims.length; i++) {
            sims[i] = norm == 0 ? 0 : dot(units.get(all.get(i)), shared) / norm;
        }
        double[] sorted = sims.clone();
        Arrays.sort(sorted);
        double threshold = sorted[sorted.length - 1 - knee(reverse(sorted))];
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < sims.length; i++) {
            if (sims[i] > 0 && sims[i] > threshold) {
                kept.add(all.get(i));
            }
        }
        return kept.stream().anyMatch(id -> units.get(id).summarizable()) ? kept : all;
    }

    private List<Integer> inSpan(List<Integer> ids, LocalDate from, LocalDate to) {
        List<Integer> out = new ArrayList<>();
        for (int id : ids) {
            LocalDate p = units.get(id).published();
            if (!p.isBefore(from) && !p.isAfter(to)) {
                out.add(id);
            }
        }
        return out;
    }

    private static double[] reverse(double[] ascending) {
        double[] out = new double[ascending.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ascending[ascending.length - 1 - i];
        }
        return out;
    }

    /** The index of the point of a descending curve farthest from the line through its ends. */
    static int knee(double[] values) {
        int n = values.length;
        if (n < 3) {
            return 0;
        }
        double dx = n - 1;
        double dy = values[n - 1] - values[0];
        double length = Math.sqrt(dx * dx + dy * dy);
        int best = 0;
        double bestDistance = -1;
        for (int i = 0; i < n; i++) {
            double distance = Math.abs(dy * i - dx * (values[i] - values[0])) / length;
            if (distance > bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /** Greedy summary-to-centroid optimisation (news-tls CentroidOpt) over the summarizable candidates. */
    private List<String> summary(List<Integer> candidates, int count, double maxSimilarity) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Integer> pool = new ArrayList<>(new LinkedHashSet<>(candidates));
        double[] centroid = sum(pool);
        double centroidNorm = norm(centroid, pool);
        if (centroidNorm == 0) {
            return List.of();
        }
        return closestToCentroid(summarizable(pool), centroid, centroidNorm, count, maxSimilarity).stream()
                .map(id -> units.get(id).text()).toList();
    }

    /** The units of the pool that may summarise, the first of each text. */
    private List<Integer> summarizable(List<Integer> pool) {
        Set<String> texts = new HashSet<>();
        List<Integer> eligible = new ArrayList<>();
        for (int id : pool) {
            if (units.get(id).summarizable() && texts.add(units.get(id).text())) {
                eligible.add(id);
            }
        }
        return eligible;
    }

    /**
     * Up to {@code count} of the eligible units, each in turn the one that brings the summary's
     * vector closest to the centroid, passing over those more similar than {@code maxSimilarity}
     * to one already chosen.
     */
    private List<Integer> closestToCentroid(List<Integer> eligible, double[] centroid, double centroidNorm, int count,
            double maxSimilarity) {
        double[] toCentroid = new double[eligible.size()];
        for (int i = 0; i < toCentroid.length; i++) {
            toCentroid[i] = dot(units.get(eligible.get(i)), centroid);
        }
        List<Integer> chosen = new ArrayList<>();
        double[] summary = new double[vocabulary];
        double summaryDotCentroid = 0;
        double summaryNormSquared = 0;
        boolean[] used = new boolean[eligible.size()];
        while (chosen.size() < count) {
            int best = -1;
            double bestScore = -2;
            for (int i = 0; i < eligible.size(); i++) {
                if (used[i]) {
                    continue;
                }
                Unit u = units.get(eligible.get(i));
                double normSquared = summaryNormSquared + 2 * dot(u, summary) + 1;
                double score = (summaryDotCentroid + toCentroid[i]) / (Math.sqrt(normSquared) * centroidNorm);
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            Unit candidate = units.get(eligible.get(best));
            if (chosen.stream().anyMatch(c -> cosine(units.get(c), candidate) > maxSimilarity)) {
                continue;
            }
            chosen.add(eligible.get(best));
            summaryNormSquared += 2 * dot(candidate, summary) + 1;
            summaryDotCentroid += toCentroid[best];
            for (int j = 0; j < candidate.terms().length; j++) {
                summary[candidate.terms()[j]] += candidate.weights()[j];
            }
        }
        return chosen;
    }

    private double[] sum(List<Integer> ids) {
        double[] sum = new double[vocabulary];
        for (int id : ids) {
            Unit u = units.get(id);
            for (int j = 0; j < u.terms().length; j++) {
                sum[u.terms()[j]] += u.weights()[j];
            }
        }
        return sum;
    }

    private static double dot(Unit u, double[] v) {
        double s = 0;
        for (int j = 0; j < u.terms().length; j++) {
            s += v[u.terms()[j]] * u.weights()[j];
        }
        return s;
    }

    private static double cosine(Unit a, Unit b) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < a.terms().length && j < b.terms().length) {
            if (a.terms()[i] == b.terms()[j]) {
                s += a.weights()[i++] * b.weights()[j++];
            } else if (a.terms()[i] < b.terms()[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** The norm of a vector whose non-zero terms are among those of the given units. */
    private double norm(double[] v, List<Integer> support) {
        Set<Integer> terms = new HashSet<>();
        double s = 0;
        for (int id : support) {
            for (int t : units.get(id).terms()) {
                if (terms.add(t)) {
                    s += v[t] * v[t];
                }
            }
        }
        return Math.sqrt(s);
    }
}
