package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analysis.NewsTextAnalyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;

class SmallStoriesTest {

    private static final NewsTextAnalyzer ANALYZER = NewsTextAnalyzer.standard();
    private static final LocalDate DAY = LocalDate.of(2016, 11, 27);

    private static Document document(String id, String text) {
        return ANALYZER.analyze(new Article(id, "outlet", null, "", DAY, text, id));
    }

    /** A long story told from four angles, a column that touches it, and an unrelated story. */
    static List<Document> collection() {
        return List.of(
                document("siege-1", "Government forces besieged the rebel districts of east Aleppo and shelled Masaken Hanano."
                        + " Thousands of civilians fled the besieged districts as the offensive went on."),
                document("siege-2", "Rebels in east Aleppo said the shelling of Masaken Hanano killed dozens, and aid convoys"
                        + " could not reach the besieged districts where food ran out."),
                document("siege-3", "The United Nations asked for a ceasefire in Aleppo so that aid could reach civilians"
                        + " trapped in the besieged rebel districts; Russia said talks would go on."),
                document("siege-4", "Families who fled east Aleppo described hunger and shelling in the besieged districts,"
                        + " and doctors said the last hospital of the rebel districts had closed."),
                document("column", "A week of winter storms, a football final and a bank merger filled the papers; far away,"
                        + " the besieged districts of Aleppo saw more shelling."),
                document("quake-1", "A strong earthquake struck Haiti near Port-au-Prince and collapsed the presidential palace."),
                document("quake-2", "Rescuers searched the rubble of Port-au-Prince for survivors of the Haiti earthquake."),
                document("quake-3", "Aid flights landed in Port-au-Prince as Haiti counted the dead of the earthquake."),
                document("quake-4", "Survivors of the Haiti earthquake slept in the streets of Port-au-Prince."));
    }

    private static List<List<String>> stories(AverageLinkageClusterer.Options options) {
        return new AverageLinkageClusterer(options).cluster(collection()).stream().map(Story::articleIds).toList();
    }

    @Test
    void aColumnThatTouchesALongStoryJoinsItWhenItsCentroidIsCloseEnough() {
        // the column's cosines with the four siege articles are 0.116, 0.088, 0.059 and 0.104: their
        // mean (0.092) stays under the merge threshold of 0.1, but the siege articles are loosely
        // related among themselves too, so the column's cosine with their centroid is 0.143
        AverageLinkageClusterer.Options merge = AverageLinkageClusterer.Options.DEFAULTS.with(0.1, 0)
                .withAttachMargin(AverageLinkageClusterer.Margin.OFF);
        List<String> siege = List.of("siege-1", "siege-2", "siege-3", "siege-4");
        List<String> quake = List.of("quake-1", "quake-2", "quake-3", "quake-4");

        assertThat(stories(merge.withAttach(0, 0.1))).containsExactly(siege, quake, List.of("column"));
        assertThat(stories(merge.withAttach(1, 0.1))).containsExactly(
                List.of("siege-1", "siege-2", "siege-3", "siege-4", "column"), quake);
        assertThat(stories(merge.withAttach(1, 0.2))).containsExactly(siege, quake, List.of("column"));
        // the siege is clearly the column's closest story (it has no edge to the quake): the default margin joins it
        assertThat(stories(merge.withAttach(1, 0.2).withAttachMargin(AverageLinkageClusterer.DEFAULT_ATTACH_MARGIN)))
                .containsExactly(List.of("siege-1", "siege-2", "siege-3", "siege-4", "column"), quake);
    }

    @Test
    void onlySmallStoriesJoinAndOnlyLargerOnesReceive() {
        // a story of three (inner edges 0.2: self-similarity 3 + 6 * 0.2 = 4.2); article 3 close to
        // it (0.2 / sqrt(4.2) = 0.098) and very close to article 4, which has no edge to the three
        List<List<Integer>> groups = List.of(List.of(0, 1, 2), List.of(3), List.of(4));
        List<Edge> edges = List.of(new Edge(0, 1, 0.2), new Edge(0, 2, 0.2), new Edge(1, 2, 0.2), new Edge(0, 3, 0.2),
                new Edge(3, 4, 0.9));

        assertThat(SmallStories.attach(groups, edges, 1, 0.05)).containsExactly(List.of(0, 1, 2, 3), List.of(4));
        assertThat(SmallStories.attach(groups, edges, 1, 0.1)).isEqualTo(groups);
        assertThat(SmallStories.attach(groups, edges, 0, 0.05)).isEqualTo(groups);
        // with small stories up to three articles, no story is larger: nothing receives
        assertThat(SmallStories.attach(groups, edges, 3, 0.05)).isEqualTo(groups);
    }

    @Test
    void aSmallStoryJoinsTheClosestOfTwoLargerOnes() {
        // two stories of two; article 4 has one edge into each, 0.3 and 0.2 (self-similarities 2.2 and 2.4)
        List<List<Integer>> groups = List.of(List.of(0, 1), List.of(2, 3), List.of(4));
        List<Edge> edges = List.of(new Edge(0, 1, 0.1), new Edge(2, 3, 0.2), new Edge(0, 4, 0.3), new Edge(2, 4, 0.2));

        assertThat(SmallStories.attach(groups, edges, 1, 0.05)).containsExactly(List.of(0, 1, 4), List.of(2, 3));
    }

    @Test
    void attachingDoesNotDependOnTheOrderOfTheBlock() {
        // three stories of ten (inner edges 0.3-0.4) and four stray articles, each with five weak
        // edges (0.05-0.07) into one story: the floor removes those edges, so the merge leaves the
        // strays alone, and attaching (from the edges before the floor) joins each to its story
        List<Edge> edges = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(11);
        for (int a = 0; a < 30; a++) {
            for (int b = a + 1; b < 30; b++) {
                if (a / 10 == b / 10) {
                    edges.add(new Edge(a, b, 0.3 + random.nextDouble() * 0.1));
                }
            }
        }
        for (int stray = 30; stray < 34; stray++) {
            for (int k = 0; k < 5; k++) {
                edges.add(new Edge((stray - 30) % 3 * 10 + k, stray, 0.05 + random.nextDouble() * 0.02));
            }
        }
        AverageLinkageClusterer.Options defaults = AverageLinkageClusterer.Options.DEFAULTS;
        AverageLinkageClusterer attaching = new AverageLinkageClusterer(defaults.withAttach(3, 0.02));

        List<List<Integer>> first = attaching.mergeBlock(edges);
        java.util.Collections.shuffle(edges, random);

        assertThat(attaching.mergeBlock(edges)).isEqualTo(first);
        assertThat(first).hasSize(3);
        assertThat(first.get(0)).contains(30, 33);
        assertThat(new AverageLinkageClusterer(defaults.withAttach(0, 0.02)).mergeBlock(edges)).hasSize(7);
    }

    @Test
    void aStrayJoinsAStoryThatIsClearlyItsClosestAtTheMarginThreshold() {
        // two stories of three (inner edges 0.2: self-similarity 4.2 each); article 6 has one edge
        // into the first (closeness 0.2 / sqrt(4.2) = 0.098) and none into the second; article 7 is
        // as close to the first and 0.15 / sqrt(4.2) = 0.073 to the second (1.33 times less)
        List<List<Integer>> groups = List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6), List.of(7));
        List<Edge> edges = List.of(new Edge(0, 1, 0.2), new Edge(0, 2, 0.2), new Edge(1, 2, 0.2), new Edge(3, 4, 0.2),
                new Edge(3, 5, 0.2), new Edge(4, 5, 0.2), new Edge(0, 6, 0.2), new Edge(1, 7, 0.2), new Edge(4, 7, 0.15));

        // under the attach threshold (0.25) neither joins without a margin
        assertThat(SmallStories.attach(groups, edges, 1, 0.25)).isEqualTo(groups);
        assertThat(SmallStories.attach(groups, edges, 1, 0.25, new AverageLinkageClusterer.Margin(0.05, 3, 1)))
                .containsExactly(List.of(0, 1, 2, 6), List.of(3, 4, 5), List.of(7));
        // a margin of 1.2 lets article 7 join its closest too; a margin threshold above 0.098 lets neither
        assertThat(SmallStories.attach(groups, edges, 1, 0.25, new AverageLinkageClusterer.Margin(0.05, 1.2, 1)))
                .containsExactly(List.of(0, 1, 2, 6, 7), List.of(3, 4, 5));
        assertThat(SmallStories.attach(groups, edges, 1, 0.25, new AverageLinkageClusterer.Margin(0.1, 3, 1))).isEqualTo(groups);
    }

    @Test
    void theMarginJoinsOnlyStoriesOfAtMostItsSize() {
        // a pair (articles 3 and 4, one edge 0.5: self-similarity 3) with one edge 0.3 into a story of
        // three (self-similarity 4.2): closeness 0.3 / sqrt(12.6) = 0.085, and no other story near
        List<List<Integer>> groups = List.of(List.of(0, 1, 2), List.of(3, 4));
        List<Edge> edges = List.of(new Edge(0, 1, 0.2), new Edge(0, 2, 0.2), new Edge(1, 2, 0.2), new Edge(3, 4, 0.5),
                new Edge(0, 3, 0.3));

        assertThat(SmallStories.attach(groups, edges, 2, 0.25, new AverageLinkageClusterer.Margin(0.05, 3, 1))).isEqualTo(groups);
        assertThat(SmallStories.attach(groups, edges, 2, 0.25, new AverageLinkageClusterer.Margin(0.05, 3, 2)))
                .containsExactly(List.of(0, 1, 2, 3, 4));
    }

    /** A trial told in three reports, the text of the law it turns on, and a storm story. */
    static List<Document> trial() {
        return List.of(
                document("trial-1", "The antitrust trial of the Orlanda Software company opened in federal court, where"
                        + " prosecutors said Orlanda used its browser to crush its rivals."),
                document("trial-2", "Lawyers for Orlanda Software told the federal court that the browser helped customers"
                        + " and that the antitrust case against Orlanda ignored its rivals' failures."),
                document("trial-3", "A witness for the prosecutors in the Orlanda antitrust trial said the company threatened"
                        + " rivals that shipped another browser."),
                document("statute", "The text of the statute: every contract or conspiracy in restraint of trade is declared"
                        + " illegal, and every monopoly of any part of trade is a felony under antitrust law, which prosecutors"
                        + " enforce."),
                document("storm-1", "A winter storm closed the roads of the northern valleys and cut power to thousands of homes."),
                document("storm-2", "Crews restored power in the northern valleys after the winter storm closed the roads."),
                document("storm-3", "The winter storm that closed the valley roads moved east, and power crews followed it."));
    }

    @Test
    void theTextOfALawJoinsTheTrialItIsQuotedBesideOnlyWithTheMargin() {
        // the statute shares only "antitrust" and "prosecutors" with the trial (cosines 0.035, 0.014
        // and 0.044; the 0.014 is no edge): its centroid closeness to the trial is about 0.035, far
        // under the attach threshold (0.25), and it has no edge into the storm story at all
        AverageLinkageClusterer.Options options = AverageLinkageClusterer.Options.DEFAULTS.withAttachMargin(
                AverageLinkageClusterer.Margin.OFF);
        List<String> trial = List.of("trial-1", "trial-2", "trial-3");
        List<String> storm = List.of("storm-1", "storm-2", "storm-3");

        assertThat(stories(trial(), options)).containsExactlyInAnyOrder(trial, storm, List.of("statute"));
        assertThat(stories(trial(), options.withAttachMargin(new AverageLinkageClusterer.Margin(0.03, 3, 1))))
                .containsExactlyInAnyOrder(List.of("trial-1", "trial-2", "trial-3", "statute"), storm);
        assertThat(stories(trial(), options.withAttachMargin(new AverageLinkageClusterer.Margin(0.05, 3, 1))))
                .containsExactlyInAnyOrder(trial, storm, List.of("statute"));
    }

    private static List<List<String>> stories(List<Document> documents, AverageLinkageClusterer.Options options) {
        return new AverageLinkageClusterer(options).cluster(documents).stream().map(Story::articleIds).toList();
    }
}
