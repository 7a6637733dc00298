package org.newsbrief.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unsupervised signals of a candidate date within a time span, counted over the articles
 * published in that span (after Ghalandari and Ifrim 2020, date ranking): sentences mentioning
 * it, split by whether their article was published after the date (a later look back), before
 * it (an announcement) or on it; the same for distinct articles; and the articles published on
 * the date and on the day after (news reports yesterday), and the share of its articles that look
 * back on it. Each feature is divided by its largest value over the span's dates, so topics of any
 * size compare. Stateless.
 */
final class DateFeatures {

    static final List<String> NAMES = List.of("sentences", "sentences later", "sentences earlier", "sentences same day",
            "articles", "articles later", "articles earlier", "articles same day", "published", "published next day", "share of articles later");

    /** One sentence's mention of a day: the day, its article's index and publication date. */
    record Mention(LocalDate day, int article, LocalDate published) {
    }

    private DateFeatures() {
    }

    /**
     * Normalised features of every date from {@code from} to {@code to} that is mentioned or has
     * articles, counting only articles published in that span; with {@code logCounts} every value
     * x becomes log(1 + x) before the division by the largest.
     */
    static Map<LocalDate, double[]> of(List<Mention> mentions, Map<LocalDate, Integer> published, LocalDate from,
            LocalDate to, boolean logCounts) {
        Map<LocalDate, double[]> raw = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Mention m : mentions) {
            if (m.published().isBefore(from) || m.published().isAfter(to) || m.day().isBefore(from) || m.day().isAfter(to)) {
                continue;
            }
            double[] f = raw.computeIfAbsent(m.day(), k -> new double[NAMES.size()]);
            int relation = m.published().isAfter(m.day()) ? 1 : m.published().isBefore(m.day()) ? 2 : 3;
            f[0]++;
            f[relation]++;
            if (seen.add(m.day() + "/" + m.article())) {
                f[4]++;
                f[4 + relation]++;
            }
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            int on = published.getOrDefault(d, 0);
            int next = d.isBefore(to) ? published.getOrDefault(d.plusDays(1), 0) : 0;
            if (on > 0 || next > 0) {
                double[] f = raw.computeIfAbsent(d, k -> new double[NAMES.size()]);
                f[8] = on;
                f[9] = next;
            }
        }
        raw.values().forEach(f -> f[10] = f[4] == 0 ? 0 : f[5] / f[4]);
        if (logCounts) {
            raw.values().forEach(f -> {
                for (int i = 0; i < f.length; i++) {
                    f[i] = Math.log1p(f[i]);
                }
            });
        }
        double[] max = new double[NAMES.size()];
        raw.values().forEach(f -> {
            for (int i = 0; i < f.length; i++) {
                max[i] = Math.max(max[i], f[i]);
            }
        });
        raw.values().forEach(f -> {
            for (int i = 0; i < f.length; i++) {
                f[i] = max[i] == 0 ? 0 : f[i] / max[i];
            }
        });
        return raw;
    }

    /** Training examples: the features of the span's dates and whether the reference holds them. */
    static void examples(Map<LocalDate, double[]> features, Set<LocalDate> reference, List<double[]> x, List<Boolean> y) {
        new ArrayList<>(features.keySet()).stream().sorted().forEach(d -> {
            x.add(features.get(d));
            y.add(reference.contains(d));
        });
    }
}
