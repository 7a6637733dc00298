package org.newsbrief.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.SentenceRef;
import org.newsbrief.summarize.SentenceOpenings;
import org.newsbrief.summarize.SentencePool;
import org.newsbrief.summarize.TermVector;

/**
 * Builds a story's timeline. Each sentence is dated by its most precise resolved time
 * expression (a day before a month before a year; short intervals such as "over the past 24
 * hours" count as their last day), or, for the opening sentence of a dated article without one,
 * by the article's date; "the next day" and other anchored expressions count against the article's latest
 * written date before them ({@link NarrativeAnchor}); a posting stamp ("09:27 UK time, Friday, 28 May 2010") dates no sentence,
 * it reports no event. Undated articles take the story's latest publication date only to give
 * written dates their year, and such entries are marked inferred. Sentences with the same date
 * are grouped when they report the same event (TF-IDF cosine), and the dates reported by the
 * most articles, then by the most articles published after the date (later reports looking back
 * on it: the strongest positive signal of the date ranker learnt on Timeline17, bench/timeline17.md),
 * are kept, shown oldest first with one sentence
 * each: one that says its date itself when there is one, the most similar to its group. Immutable and thread-safe.
 */
public final class TimelineBuilder {

    /**
     * Options.
     *
     * @param maxEntries the most dates shown
     * @param sameEventCosine similarity at or above which two sentences of one date report one event
     */
    public record Options(int maxEntries, double sameEventCosine) {
        public static final Options DEFAULTS = new Options(10, 0.25);
    }

    private static final int LONGEST_DAY_LIKE_INTERVAL = 2;

    private final Options options;
    private final TimeExpressionTagger tagger = new TimeExpressionTagger();

    public TimelineBuilder(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    public Timeline build(List<Document> story) {
        return story.isEmpty() ? Timeline.EMPTY : build(SentencePool.of(story));
    }

    /** As {@link #build(List)}, on a story whose sentence pool is already built. */
    public Timeline build(SentencePool pool) {
        List<Document> story = pool.documents();
        LocalDate storyDate = story.stream().map(d -> d.article().published()).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Map<String, List<DatedSentence>> byDate = new LinkedHashMap<>();
        NarrativeAnchor narrative = null;
        int narrativeDocument = -1;
        for (int i = 0; i < pool.size(); i++) {
            Document document = pool.document(pool.documentIndex(i));
            if (pool.documentIndex(i) != narrativeDocument) { // the pool holds each document's sentences in reading order
                narrativeDocument = pool.documentIndex(i);
                narrative = new NarrativeAnchor();
            }
            date(pool.sentence(i), i, document, storyDate, narrative)
                    .ifPresent(dated -> byDate.computeIfAbsent(dated.when().label(), k -> new ArrayList<>()).add(dated));
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (List<DatedSentence> sentences : byDate.values()) {
            entries.add(entryOf(pool, largestEvent(pool, sentences)));
        }
        Map<String, LocalDate> published = new java.util.HashMap<>();
        story.forEach(d -> {
            if (d.article().published() != null) {
                published.put(d.article().id(), d.article().published());
            }
        });
        return new Timeline(entries.stream()
                .sorted(Comparator.comparingInt((TimelineEntry e) -> -articlesOf(e))
                        .thenComparingLong(e -> -lookingBack(e, published))
                        .thenComparing(e -> leansOnTheSentenceBefore(e.text()))
                        .thenComparing(TimelineEntry::when))
                .limit(options.maxEntries())
                .sorted(Comparator.comparing(TimelineEntry::when).thenComparing(e -> e.when().granularity()))
                .toList());
    }

    private Optional<DatedSentence> date(Sentence sentence, int index, Document document, LocalDate storyDate,
            NarrativeAnchor narrative) {
        LocalDate published = document.article().published();
        TimeAnchor anchor = new TimeAnchor(published, published == null ? storyDate : null);
        Optional<TimeMention> best = tagger.tag(sentence.text(), anchor, narrative).stream()
                .filter(m -> m.value() != null && !m.stamp() && !isLongPastPeriod(m))
                .map(m -> dayLike(m))
                .min(Comparator.comparingInt(m -> m.value().precision()));
        if (best.isPresent()) {
            return Optional.of(new DatedSentence(index, best.get().value(), best.get().inferred(), true));
        }
        if (published != null && sentence.index() == 0) {
            return Optional.of(new DatedSentence(index, TimeValue.day(published), false, false));
        }
        return Optional.empty();
    }

    /**
     * "For the last 10 years", "in the past two months": a period of more than a month up to the
     * article's date tells how long something has lasted, not when it happened, so it dates no
     * timeline entry ("over the past three days" still does).
     */
    private static boolean isLongPastPeriod(TimeMention mention) {
        TimeValue value = mention.value();
        return mention.rule().equals("past-period") && value.granularity() == Granularity.INTERVAL
                && value.end().isAfter(value.start().plusMonths(1));
    }

    /** "Over the past 24 hours" and "overnight" report the day they end on. */
    private static TimeMention dayLike(TimeMention mention) {
        TimeValue value = mention.value();
        if (value.granularity() == Granularity.INTERVAL
                && !value.end().isAfter(value.start().plusDays(LONGEST_DAY_LIKE_INTERVAL - 1))) {
            return new TimeMention(mention.span(), mention.text(), TimeValue.day(value.end()), mention.inferred(),
                    mention.rule(), mention.stamp());
        }
        return mention;
    }

    /** The sentences of the date that report its most widely reported event, most central first. */
    private List<DatedSentence> largestEvent(SentencePool pool, List<DatedSentence> sentences) {
        List<DatedSentence> best = List.of();
        for (DatedSentence seed : sentences) {
            TermVector vector = pool.vector(seed.pool());
            List<DatedSentence> group = sentences.stream()
                    .filter(s -> s == seed || pool.vector(s.pool()).cosine(vector) >= options.sameEventCosine()).toList();
            if (GROUP_ORDER.compare(measure(pool, group), measure(pool, best)) > 0) {
                best = orderByCentrality(pool, group, seed);
            }
        }
        return best;
    }

    /** Groups compare by articles, then by sentences that say their date themselves, then by size. */
    private static final Comparator<int[]> GROUP_ORDER = Comparator.<int[]>comparingInt(m -> m[0])
            .thenComparingInt(m -> m[1]).thenComparingInt(m -> m[2]);

    private static int[] measure(SentencePool pool, List<DatedSentence> group) {
        return new int[] {distinctArticles(pool, group), (int) group.stream().filter(DatedSentence::explicit).count(),
            group.size()};
    }

    private static List<DatedSentence> orderByCentrality(SentencePool pool, List<DatedSentence> group, DatedSentence seed) {
        List<DatedSentence> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparing((DatedSentence s) -> leansOnTheSentenceBefore(pool, s))
                .thenComparing((DatedSentence s) -> !s.explicit())
                .thenComparingDouble((DatedSentence s) -> -centrality(pool, s, group))
                .thenComparing(s -> s == seed ? 0 : 1).thenComparingInt(DatedSentence::pool));
        return ordered;
    }

    /**
     * Whether the sentence opens with a pronoun or connective, or quotes a bare pronoun ({@link SentenceOpenings}): alone in
     * a timeline, "He died at 62 in 1960 ..." names nobody, so a sentence of the same event that stands alone is shown
     * instead, and between dates otherwise ranked alike (as many articles, as many looking back), one whose entry stands
     * alone is kept first.
     */
    private static boolean leansOnTheSentenceBefore(SentencePool pool, DatedSentence sentence) {
        return leansOnTheSentenceBefore(pool.sentence(sentence.pool()).text());
    }

    private static boolean leansOnTheSentenceBefore(String text) {
        return SentenceOpenings.opensDependently(text) || SentenceOpenings.quotesAPronoun(text);
    }

    private static double centrality(SentencePool pool, DatedSentence sentence, List<DatedSentence> group) {
        double sum = pool.isCandidate(sentence.pool()) ? 0.5 : 0;
        for (DatedSentence other : group) {
            sum += pool.vector(sentence.pool()).cosine(pool.vector(other.pool()));
        }
        return sum;
    }

    private static int distinctArticles(SentencePool pool, List<DatedSentence> group) {
        return (int) group.stream().map(s -> pool.sentence(s.pool()).articleId()).distinct().count();
    }

    private static TimelineEntry entryOf(SentencePool pool, List<DatedSentence> group) {
        DatedSentence chosen = group.get(0);
        Sentence sentence = pool.sentence(chosen.pool());
        List<SentenceRef> support = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (DatedSentence dated : group) {
            Sentence s = pool.sentence(dated.pool());
            if (!seen.contains(s.articleId())) {
                seen.add(s.articleId());
                support.add(SentenceRef.of(s));
            }
        }
        return new TimelineEntry(chosen.when(), sentence.text(), SentenceRef.of(sentence), support, chosen.inferred());
    }

    private static int articlesOf(TimelineEntry entry) {
        return entry.support().size();
    }

    /** The supporting articles published after the entry's date: later reports looking back on it. */
    private static long lookingBack(TimelineEntry entry, Map<String, LocalDate> published) {
        return entry.support().stream().map(r -> published.get(r.articleId()))
                .filter(p -> p != null && p.isAfter(entry.when().end())).count();
    }
}
