package org.newsbrief.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.SentenceRef;
import org.newsbrief.model.Span;

class FigureConflictsTest {

    private static FigureValue value(String article, double low, double high, boolean partial, String window) {
        Quantity quantity = new Quantity(new Span(0, 2), "12", low, low, high, "", "people", "killed", partial,
                low != high, "people");
        return new FigureValue(quantity, new SentenceRef(article, 0, new Span(0, 10)), window);
    }

    /** The definition, pair by pair, as the reconciler computed it before the linear scan. */
    private static List<FigureConflict> pairByPair(List<FigureValue> values) {
        Map<String, SortedSet<Integer>> byWindow = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                FigureValue a = values.get(i);
                FigureValue b = values.get(j);
                if (!a.sentence().articleId().equals(b.sentence().articleId()) && a.window().equals(b.window())
                        && !a.quantity().partial() && !b.quantity().partial() && !a.quantity().overlaps(b.quantity())) {
                    SortedSet<Integer> involved = byWindow.computeIfAbsent(a.window(), w -> new TreeSet<>());
                    involved.add(i);
                    involved.add(j);
                }
            }
        }
        List<FigureConflict> conflicts = new ArrayList<>();
        byWindow.forEach((window, involved) -> conflicts.add(new FigureConflict(window, involved.stream().map(values::get).toList())));
        return conflicts;
    }

    @Test
    void findsTheSameConflictsAsThePairByPairDefinitionOnRandomGroups() {
        Random random = new Random(20261130L);
        String[] windows = {"", "sunday", "since 2016-11-15", "for months"};
        for (int round = 0; round < 2_000; round++) {
            List<FigureValue> values = new ArrayList<>();
            int size = 1 + random.nextInt(12);
            for (int i = 0; i < size; i++) {
                double low = random.nextInt(6) * 10;
                double high = random.nextInt(3) == 0 ? low + random.nextInt(3) * 10 : low;
                values.add(value("a" + random.nextInt(4), low, high, random.nextInt(6) == 0,
                        windows[random.nextInt(windows.length)]));
            }
            assertThat(FigureConflicts.find(values)).as("round %d: %s", round, values).isEqualTo(pairByPair(values));
        }
    }

    @Test
    void aFigureRepeatedTensOfThousandsOfTimesIsOneConflictAndAgreesWithItself() {
        // An article repeating one sentence 100,000 times (3.6 MB, under the size limit) took minutes in the former
        // pair-by-pair scans; the speed is not timed here (no timed unit tests), only the result at that size.
        List<FigureValue> values = new ArrayList<>(Collections.nCopies(60_000, value("a", 12, 12, false, "sunday")));
        values.add(value("b", 14, 14, false, "sunday"));
        assertThat(FigureReconciler.agreement(values.subList(0, 60_000), List.of())).isEqualTo(Agreement.ONE_SOURCE);
        List<FigureValue> twoOutlets = new ArrayList<>(values.subList(0, 60_000));
        twoOutlets.add(value("c", 12, 12, false, "sunday"));
        assertThat(FigureReconciler.agreement(twoOutlets, List.of())).isEqualTo(Agreement.AGREE);
        assertThat(FigureReconciler.conflicts(values)).singleElement().satisfies(c -> assertThat(c.values()).hasSize(60_001));
    }
}
