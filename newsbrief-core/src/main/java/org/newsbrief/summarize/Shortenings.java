package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.analysis.WordTokenizer;
import org.newsbrief.model.Sentence;

/**
 * The shortened versions of a story's candidate sentences that may stand in a summary
 * ({@link SentenceCompressor}): one per sentence at most, kept only when it is shorter in the
 * budget's unit, passes every {@link CandidateFilter} rule on its own and is a whole sentence
 * ({@link CandidateFilter#isWhole}: no byline or dateline), and still holds a concept. Its
 * concepts are those of its source left in it ({@link Concepts#ofShortened}). Each version is
 * a {@link Sentence} of the same article and index as its source, so a summary cites it as the
 * source; its span and comparison terms are the source's. Built per selection.
 */
final class Shortenings {

    private final List<Integer> sources;
    private final List<Sentence> sentences;
    private final List<int[]> concepts;
    private final Map<Integer, Integer> versionOf = new HashMap<>();

    /** No versions: the greedy chooses among whole sentences only. */
    static final Shortenings NONE = new Shortenings(List.of(), List.of(), List.of());

    private Shortenings(List<Integer> sources, List<Sentence> sentences, List<int[]> concepts) {
        this.sources = sources;
        this.sentences = sentences;
        this.concepts = concepts;
        for (int k = 0; k < sources.size(); k++) {
            versionOf.put(sources.get(k), k);
        }
    }

    /**
     * The shortened versions of {@code pool}'s candidates by the compressor's rules up to
     * {@code level}, with the concepts of {@code concepts} they keep.
     */
    static Shortenings of(SentencePool pool, Concepts concepts, Budget budget, int level) {
        WordTokenizer tokenizer = new WordTokenizer();
        SentenceCompressor compressor = new SentenceCompressor(level);
        List<Integer> sources = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (!pool.isCandidate(i) || concepts.of(i).length == 0) {
                continue;
            }
            Sentence source = pool.sentence(i);
            String text = compressor.compress(source.text());
            if (text.equals(source.text().strip()) || budget.cost(text) >= pool.cost(i, budget)) {
                continue;
            }
            Sentence shorter = new Sentence(source.articleId(), source.index(), source.span(), text,
                    tokenizer.tokenize(text), source.terms());
            boolean lowerCased = pool.isLowerCased(i);
            if (!CandidateFilter.judge(shorter, lowerCased).alone() || !CandidateFilter.isWhole(shorter, lowerCased)) {
                continue;
            }
            int[] left = concepts.ofShortened(i, shorter.tokens());
            if (left.length == 0) {
                continue;
            }
            sources.add(i);
            sentences.add(shorter);
            kept.add(left);
        }
        return new Shortenings(sources, sentences, kept);
    }

    int size() {
        return sources.size();
    }

    /** Pool index of version {@code k}'s source. */
    int source(int k) {
        return sources.get(k);
    }

    Sentence sentence(int k) {
        return sentences.get(k);
    }

    int[] concepts(int k) {
        return concepts.get(k);
    }

    /** The greedy's item for pool sentence {@code i}: its shortened version when it has one ({@code n} + k), else {@code i}. */
    int itemOf(int i, int n) {
        Integer k = versionOf.get(i);
        return k == null ? i : n + k;
    }

    /** The pool's sentences (items 0 to n - 1) then these versions (items n to n + size - 1), for {@link BudgetedGreedy}. */
    BudgetedGreedy.Items items(SentencePool pool, Budget budget) {
        int n = pool.size();
        int[] costs = new int[size()];
        for (int k = 0; k < costs.length; k++) {
            costs[k] = budget.cost(sentences.get(k).text());
        }
        BudgetedGreedy.Items whole = BudgetedGreedy.wholeSentences(pool, budget);
        if (costs.length == 0) {
            return whole;
        }
        return new BudgetedGreedy.Items() {
            @Override
            public int size() {
                return n + costs.length;
            }

            @Override
            public int source(int item) {
                return item < n ? item : sources.get(item - n);
            }

            @Override
            public int cost(int item) {
                return item < n ? whole.cost(item) : costs[item - n];
            }

            @Override
            public boolean usable(int item) {
                return item >= n || whole.usable(item);
            }
        };
    }
}
