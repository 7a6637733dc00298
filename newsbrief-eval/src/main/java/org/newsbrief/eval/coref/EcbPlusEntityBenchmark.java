package org.newsbrief.eval.coref;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newsbrief.entities.MentionGrouper;
import org.newsbrief.model.Document;

/**
 * Cross-document entity coreference on ECB+ with gold mentions: every {@link EntityCorefSystem}
 * groups the HUMAN and LOCATION mentions of each topic (its two subtopics and all their documents
 * pooled); the chains of all topics of a split are then scored together against the gold chains,
 * as one partition (chains never cross topics). Stateless.
 */
public final class EcbPlusEntityBenchmark {

    /** ECB+ train topics (the usual split: 1-35 train and dev, 36-45 test). */
    public static final int[] TRAIN = {1, 35};
    public static final int[] TEST = {36, 45};
    /** The usual dev topics among the train topics (Cybulska and Vossen 2015; Barhom et al. 2019). */
    public static final Set<String> DEV = Set.of("2", "5", "12", "18", "21", "23", "34", "35");
    /** Subset names of a split's topic parts (present when the split holds dev topics); the report shows them for train. */
    public static final String DEV_PART = "topics: dev topics 2, 5, 12, 18, 21, 23, 34, 35";
    public static final String TRAIN_PART = "topics: train topics without the dev topics";

    /**
     * The part of the report scored with singleton chains removed from key and response alike (the
     * CoNLL scorer's option, as Cattan et al. 2021 advise for ECB+); the main tables keep them.
     */
    public static final String WITHOUT_SINGLETONS = "all mentions, singleton chains removed from key and response";

    private EcbPlusEntityBenchmark() {
    }

    /**
     * A split's data and the scores of every system on it.
     *
     * @param name the split
     * @param corpus the documents and gold mentions read
     * @param stats what the split holds
     * @param scores every system's scores on all mentions
     * @param subsets scores on parts of the mentions (proper names, HUMAN only, LOC only), by part
     * @param millis every system's grouping time over the split
     */
    public record SplitResult(String name, EcbPlusEntities corpus, Stats stats, Map<EntityCorefSystem, CorefScores> scores,
            Map<String, Map<EntityCorefSystem, CorefScores>> subsets, Map<EntityCorefSystem, Double> millis) {
    }

    /**
     * Counts of a split.
     *
     * @param topics topics with mentions
     * @param documents documents with listed sentences
     * @param sentences listed sentences
     * @param mentions HUMAN and LOC mentions
     * @param human HUMAN mentions
     * @param names mentions that newsbrief's rules take for names
     * @param chains gold chains
     * @param singletons gold chains of one mention
     * @param crossDocument gold chains over more than one document
     */
    public record Stats(int topics, int documents, int sentences, int mentions, int human, int names, int chains,
            int singletons, int crossDocument) {
    }

    public static SplitResult run(Path ecbplus, String name, int[] topics) throws IOException {
        EcbPlusEntities corpus = EcbPlusEntities.read(ecbplus, topics[0], topics[1]);
        Map<String, List<GoldMention>> byTopic = new TreeMap<>();
        corpus.mentions().forEach(m -> byTopic.computeIfAbsent(m.topic(), t -> new ArrayList<>()).add(m));
        Map<String, List<Document>> documents = new TreeMap<>();
        corpus.documents().forEach(d -> documents.computeIfAbsent(topicOf(d.id()), t -> new ArrayList<>()).add(d));
        List<Set<String>> key = gold(corpus.mentions());
        Set<String> names = names(byTopic, documents);
        Map<EntityCorefSystem, CorefScores> scores = new EnumMap<>(EntityCorefSystem.class);
        Map<EntityCorefSystem, Double> millis = new EnumMap<>(EntityCorefSystem.class);
        Map<String, Map<EntityCorefSystem, CorefScores>> subsets = new LinkedHashMap<>();
        Map<String, Predicate<GoldMention>> parts = new LinkedHashMap<>();
        if (corpus.mentions().stream().anyMatch(m -> DEV.contains(m.topic()))) {
            // chains never cross topics, so scoring a restriction to some topics is scoring those topics alone
            parts.put(TRAIN_PART, m -> !DEV.contains(m.topic()));
            parts.put(DEV_PART, m -> DEV.contains(m.topic()));
        }
        parts.put("proper-name mentions only", m -> names.contains(m.id()));
        parts.put("HUMAN mentions only", GoldMention::human);
        parts.put("LOC mentions only", m -> !m.human());
        for (EntityCorefSystem system : EntityCorefSystem.values()) {
            long start = System.nanoTime();
            List<Set<String>> response = new ArrayList<>();
            byTopic.forEach((topic, mentions) -> system.group(documents.get(topic), mentions)
                    .forEach(chain -> response.add(ids(chain))));
            millis.put(system, (System.nanoTime() - start) / 1e6);
            scores.put(system, CorefMetrics.score(key, response));
            parts.forEach((part, test) -> {
                Set<String> kept = new HashSet<>();
                corpus.mentions().stream().filter(test).forEach(m -> kept.add(m.id()));
                subsets.computeIfAbsent(part, p -> new EnumMap<>(EntityCorefSystem.class))
                        .put(system, CorefMetrics.score(restrict(key, kept), restrict(response, kept)));
            });
            subsets.computeIfAbsent(WITHOUT_SINGLETONS, p -> new EnumMap<>(EntityCorefSystem.class))
                    .put(system, CorefMetrics.score(withoutSingletons(key), withoutSingletons(response)));
        }
        return new SplitResult(name, corpus, stats(corpus, byTopic.size(), names.size(), key), scores, subsets, millis);
    }

    /** The ECB+ topic of a document id such as {@code 36_1ecbplus}. */
    static String topicOf(String documentId) {
        return documentId.substring(0, documentId.indexOf('_'));
    }

    /** Gold chains as sets of mention ids; chain ids are scoped by topic. */
    static List<Set<String>> gold(List<GoldMention> mentions) {
        Map<String, Set<String>> chains = new LinkedHashMap<>();
        mentions.forEach(m -> chains.computeIfAbsent(m.topic() + "\u0000" + m.chain(), c -> new HashSet<>()).add(m.id()));
        return new ArrayList<>(chains.values());
    }

    private static Set<String> ids(List<GoldMention> chain) {
        Set<String> ids = new HashSet<>();
        chain.forEach(m -> ids.add(m.id()));
        return ids;
    }

    private static Set<String> names(Map<String, List<GoldMention>> byTopic, Map<String, List<Document>> documents) {
        Map<org.newsbrief.entities.EntityMention, String> ids = new java.util.IdentityHashMap<>();
        Set<String> names = new HashSet<>();
        MentionGrouper grouper = new MentionGrouper();
        byTopic.forEach((topic, mentions) -> {
            mentions.forEach(m -> ids.put(m.mention(), m.id()));
            grouper.group(documents.get(topic), mentions.stream().map(GoldMention::mention).toList()).names()
                    .forEach(group -> group.forEach(m -> names.add(ids.get(m))));
        });
        return names;
    }

    static List<Set<String>> withoutSingletons(List<Set<String>> chains) {
        return chains.stream().filter(c -> c.size() > 1).toList();
    }

    private static List<Set<String>> restrict(List<Set<String>> chains, Set<String> kept) {
        List<Set<String>> restricted = new ArrayList<>();
        for (Set<String> chain : chains) {
            Set<String> part = new HashSet<>(chain);
            part.retainAll(kept);
            if (!part.isEmpty()) {
                restricted.add(part);
            }
        }
        return restricted;
    }

    private static Stats stats(EcbPlusEntities corpus, int topics, int names, List<Set<String>> key) {
        int sentences = corpus.documents().stream().mapToInt(d -> d.sentences().size()).sum();
        int human = (int) corpus.mentions().stream().filter(GoldMention::human).count();
        int singletons = (int) key.stream().filter(c -> c.size() == 1).count();
        int cross = (int) key.stream().filter(c -> c.stream().map(id -> id.substring(0, id.indexOf(':'))).distinct().count() > 1)
                .count();
        return new Stats(topics, corpus.documents().size(), sentences, corpus.mentions().size(), human, names, key.size(),
                singletons, cross);
    }
}
