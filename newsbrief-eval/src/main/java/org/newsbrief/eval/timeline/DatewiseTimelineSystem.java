package org.newsbrief.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.time.Granularity;
import org.newsbrief.time.TimeAnchor;
import org.newsbrief.time.TimeExpressionTagger;
import org.newsbrief.time.TimeMention;
import org.newsbrief.time.TimeValue;

/**
 * A date-wise timeline summarizer for Timeline17 (after Ghalandari and Ifrim 2020, unsupervised):
 * every sentence is dated by the day-level expressions the project's tagger resolves against its
 * article's date; dates inside the collection's span are ranked by how many sentences mention
 * them (then by articles published that day); each chosen date is summarised by the candidate
 * sentences nearest the TF-IDF centroid of its candidates (sentences mentioning it, and opening
 * sentences without a date of articles published that day), skipping near-duplicates. Built once
 * per topic, then immutable and thread-safe.
 */
final class DatewiseTimelineSystem {

    private static final int OPENING_SENTENCES = 5;
    private static final int MIN_TOKENS = 5;
    private static final int MAX_TOKENS = 60;
    private static final double DUPLICATE_COSINE = 0.5;
    /** Weight of an article published the next day against one mention; 1 chosen among 0, 0.5, 1, 2 on Timeline17 itself. */
    private static final double PUBLISHED_WEIGHT = 1.0;

    private record Candidate(String text, Map<String, Double> vector) {
    }

    private final Map<LocalDate, Integer> mentions = new HashMap<>();
    private final Map<LocalDate, Integer> published = new HashMap<>();
    private final Map<LocalDate, List<String>> candidates = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int sentenceCount;

    DatewiseTimelineSystem(List<Timeline17Corpus.Article> articles) {
        TimeExpressionTagger tagger = new TimeExpressionTagger();
        LocalDate first = articles.stream().map(Timeline17Corpus.Article::dct).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = articles.stream().map(Timeline17Corpus.Article::dct).max(Comparator.naturalOrder()).orElseThrow();
        for (Timeline17Corpus.Article article : articles) {
            published.merge(article.dct(), 1, Integer::sum);
            List<String> sentences = Timeline17Corpus.sentences(article.text());
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i);
                List<LocalDate> days = days(tagger.tag(sentence, TimeAnchor.of(article.dct())), first, last);
                days.forEach(d -> mentions.merge(d, 1, Integer::sum));
                if (days.isEmpty() && i < OPENING_SENTENCES) {
                    days = List.of(article.dct());
                }
                if (usable(sentence)) {
                    days.forEach(d -> candidates.computeIfAbsent(d, k -> new ArrayList<>()).add(sentence));
                }
                sentenceCount++;
                new java.util.HashSet<>(TlsTokens.of(sentence)).forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            }
        }
    }

    private static List<LocalDate> days(List<TimeMention> mentions, LocalDate first, LocalDate last) {
        return mentions.stream().map(TimeMention::value).filter(v -> v != null && v.granularity() == Granularity.DAY)
                .map(TimeValue::start).filter(d -> !d.isBefore(first) && !d.isAfter(last)).distinct().toList();
    }

    private static boolean usable(String sentence) {
        int tokens = sentence.split("\\s+").length;
        return tokens >= MIN_TOKENS && tokens <= MAX_TOKENS;
    }

    /**
     * A timeline of at most {@code dates} dates from {@code from} to {@code to} with at most {@code perDate}
     * sentences each. The span is the reference timeline's, as in the published protocol (news-tls restricts
     * the collection to the reference's time span).
     */
    Map<LocalDate, List<String>> summarize(int dates, int perDate, LocalDate from, LocalDate to) {
        List<LocalDate> ranked = new ArrayList<>(candidates.keySet().stream()
                .filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList());
        ranked.sort(Comparator.comparingDouble((LocalDate d) -> -score(d)).thenComparing(Comparator.naturalOrder()));
        Map<LocalDate, List<String>> timeline = new TreeMap<>();
        for (LocalDate date : ranked.subList(0, Math.min(dates, ranked.size()))) {
            timeline.put(date, centralSentences(candidates.get(date), perDate));
        }
        return timeline;
    }

    /** Sentences mentioning the date, and the articles of the day after it (news reports yesterday's events). */
    private double score(LocalDate date) {
        return mentions.getOrDefault(date, 0) + PUBLISHED_WEIGHT * published.getOrDefault(date.plusDays(1), 0);
    }

    private List<String> centralSentences(List<String> sentences, int count) {
        List<Candidate> pool = sentences.stream().distinct().map(s -> new Candidate(s, vector(s))).toList();
        Map<String, Double> centroid = new HashMap<>();
        pool.forEach(c -> c.vector().forEach((t, w) -> centroid.merge(t, w / pool.size(), Double::sum)));
        List<Candidate> ordered = new ArrayList<>(pool);
        ordered.sort(Comparator.comparingDouble((Candidate c) -> -cosine(c.vector(), centroid)).thenComparing(Candidate::text));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : ordered) {
            if (chosen.size() == count) {
                break;
            }
            if (chosen.stream().noneMatch(c -> cosine(c.vector(), candidate.vector()) > DUPLICATE_COSINE)) {
                chosen.add(candidate);
            }
        }
        return chosen.stream().map(Candidate::text).toList();
    }

    private Map<String, Double> vector(String sentence) {
        Map<String, Double> tf = new HashMap<>();
        TlsTokens.of(sentence).forEach(t -> tf.merge(t, 1.0, Double::sum));
        tf.replaceAll((t, f) -> f * Math.log((double) sentenceCount / documentFrequency.getOrDefault(t, 1)));
        return tf;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    }
}
