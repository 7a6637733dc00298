package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

class EventEvidenceTest {

    private static final NewsTextAnalyzer ANALYZER = NewsTextAnalyzer.standard();
    private static final LocalDate DAY = LocalDate.of(2016, 11, 27);

    private static Document document(String id, String text) {
        return ANALYZER.analyze(new Article(id, "outlet", null, "", DAY, text, id));
    }

    /** Two reports of one earthquake (same figures, same quote) and a report of another earthquake on the same coast. */
    private static final List<Document> QUAKES = List.of(
            document("quake-a", "A strong earthquake of magnitude 6.1 struck the northern coast on Tuesday and killed 1,700"
                    + " people, officials said. \"We have never seen destruction like this in our lifetime,\" the governor said."),
            document("quake-b", "Rescue teams searched collapsed houses after the 6.1 quake, which left 1,700 dead."
                    + " The governor said: \"We have never seen destruction like this in our lifetime.\""),
            document("quake-c", "Officials said the northern coast earthquake, of magnitude 7.4, killed 320 people on"
                    + " Tuesday in strong shaking; the earthquake struck as people slept and officials said houses collapsed."),
            document("vote", "Parliament approved the budget by 250,000 votes to 2004 in a late session."),
            document("match", "The home side won the final 3-1 before 250,000 fans."));

    @Test
    void specificNumbersAreNormalisedAndYearsAndSmallNumbersLeftOut() {
        assertThat(EventEvidence.specificNumber("1,700")).isEqualTo("1700");
        assertThat(EventEvidence.specificNumber("250,000")).isEqualTo("250000");
        assertThat(EventEvidence.specificNumber("6.1")).isEqualTo("6.1");
        assertThat(EventEvidence.specificNumber("45")).isEqualTo("45");
        assertThat(EventEvidence.specificNumber("2004")).isNull();
        assertThat(EventEvidence.specificNumber("1998")).isNull();
        assertThat(EventEvidence.specificNumber("7")).isNull();
        assertThat(EventEvidence.specificNumber("Aleppo")).isNull();
        assertThat(EventEvidence.specificNumber("1990s")).isNull();
    }

    @Test
    void theSameQuoteAndFiguresAreSharedItemsWhateverTheCapitals() {
        long[] a = EventEvidence.items(List.of(List.of("We", "have", "never", "seen", "it", "killed", "1,700")), 1);
        long[] b = EventEvidence.items(List.of(List.of("we", "have", "never", "seen", "it", ",", "1700", "dead")), 1);
        // "we have never seen", "have never seen it" and the number
        assertThat(EventEvidence.shared(a, b)).isEqualTo(3);
        assertThat(EventEvidence.items(List.of(List.of("a", "b", "c")), 1)).isEmpty();
    }

    @Test
    void aShingleHashesAsItsWordsJoinedBySpaces() {
        List<byte[]> words = java.util.stream.Stream.of("x", "we", "have", "never", "seen", "déjà")
                .map(w -> w.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toList();

        assertThat(EventEvidence.shingleHash(words, 1)).isEqualTo(EventEvidence.hash("we have never seen"));
        assertThat(EventEvidence.shingleHash(words, 2)).isEqualTo(EventEvidence.hash("have never seen déjà"));
        assertThat(EventEvidence.hash("we have never seen")).isNotEqualTo(EventEvidence.hash("we have never seem"));
    }

    @Test
    void onlyItemsHeldByTwoToRareDfArticlesCount() {
        List<long[]> rare = EventEvidence.rare(List.of(new long[] {1, 2, 3}, new long[] {2, 3}, new long[] {3, 4}), 2);

        assertThat(rare).containsExactly(new long[] {2}, new long[] {2}, new long[0]);
    }

    @Test
    void reportsOfOneEventSharingFiguresAndAQuoteGetAStrongerEdgeThanASameSubjectReport() {
        AverageLinkageClusterer.Options plain = AverageLinkageClusterer.Options.DEFAULTS.with(0.01, 0)
                .withEvidence(AverageLinkageClusterer.Evidence.OFF);
        AverageLinkageClusterer.Options withEvidence = plain.withEvidence(new AverageLinkageClusterer.Evidence(0.2, 3, 5, 1));

        double[] off = edges(plain);
        double[] on = edges(withEvidence);

        // topic words alone: the other earthquake reads closer to report a than report b does
        assertThat(off[1]).isGreaterThan(off[0]);
        // the shared 6.1, 1,700 and quoted words add the full bonus to a-b, nothing to a-c
        assertThat(on[0]).isCloseTo(off[0] + 0.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(on[1]).isEqualTo(off[1]);
        assertThat(on[0]).isGreaterThan(on[1]);
    }

    @Test
    void evidenceOffLeavesTheGroupingAsItWas() {
        AverageLinkageClusterer clusterer = new AverageLinkageClusterer(
                AverageLinkageClusterer.Options.DEFAULTS.withEvidence(AverageLinkageClusterer.Evidence.OFF));
        List<Map<String, Integer>> counts = new TermCounts().of(QUAKES);
        List<LocalDate> dates = QUAKES.stream().map(d -> d.article().published()).toList();
        List<long[]> items = QUAKES.stream().map(d -> EventEvidence.items(d, 1)).toList();

        assertThat(clusterer.groups(counts, dates, items).groups()).isEqualTo(clusterer.groups(counts, dates).groups());
    }

    /** The a-b and a-c edge similarities under these options. */
    private static double[] edges(AverageLinkageClusterer.Options options) {
        AverageLinkageClusterer clusterer = new AverageLinkageClusterer(options);
        List<Map<String, Integer>> counts = new TermCounts().of(QUAKES);
        Vocabulary vocabulary = Vocabulary.of(counts);
        List<long[]> rare = EventEvidence.rare(QUAKES.stream().map(d -> EventEvidence.items(d, 1)).toList(),
                options.evidence().rareDf());
        Signature[] signatures = new Signature[QUAKES.size()];
        for (int d = 0; d < signatures.length; d++) {
            signatures[d] = clusterer.signature(counts.get(d), vocabulary, DAY).withEvidence(rare.get(d));
        }
        return new double[] {clusterer.edge(0, signatures[0], 1, signatures[1]).similarity(),
                clusterer.edge(0, signatures[0], 2, signatures[2]).similarity()};
    }
}
