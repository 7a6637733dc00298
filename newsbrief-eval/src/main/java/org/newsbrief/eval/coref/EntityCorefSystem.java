package org.newsbrief.eval.coref;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.entities.EntityMention;
import org.newsbrief.entities.MentionGrouper;
import org.newsbrief.model.Document;

/**
 * The groupings compared on ECB+, each run on the gold mentions of one topic. The baseline joins
 * mentions with the same {@link HeadLemma}; the others let newsbrief's {@link MentionGrouper}
 * group the mentions that are names and treat the rest by a stated rule; the {@link MentionSieve}
 * resolves names, nominals and pronouns. Only the two "typed" systems look at the gold type (HUMAN or
 * LOC). Stateless and deterministic.
 */
public enum EntityCorefSystem {

    /** Same head lemma, one chain; pronouns included. */
    HEAD_LEMMA("same head lemma (baseline)"),
    /** Same head lemma and same gold type (HUMAN or LOC), one chain: the baseline of {@link #SIEVE_TYPED}. */
    HEAD_LEMMA_TYPED("same head lemma and gold type (baseline with the type)"),
    /** newsbrief's name rules; every mention that is not a name stands alone. */
    NAMES("newsbrief names, others alone"),
    /** newsbrief's name rules; the other mentions by head lemma, among themselves. */
    NAMES_HEAD_LEMMA("newsbrief names + head lemma for the others"),
    /** As {@link #NAMES_HEAD_LEMMA}, but pronouns stand alone. */
    NAMES_HEAD_LEMMA_PRONOUNS_ALONE("newsbrief names + head lemma for the others, pronouns alone"),
    /** The union of both: mentions join when they share a head lemma or newsbrief's rules join their names. */
    HEAD_LEMMA_OR_NAMES("same head lemma or newsbrief names (union)"),
    /** newsbrief's {@link MentionSieve}: names, head lemmas, pronouns within the document; no type. */
    SIEVE("newsbrief sieve: names, head lemma, pronouns"),
    /** As {@link #SIEVE}, with the gold HUMAN/LOC type as a constraint. */
    SIEVE_TYPED("newsbrief sieve with the gold type"),
    /** As {@link #SIEVE_TYPED}, run on each gold subtopic (ecb, ecbplus) of the topic apart. */
    SIEVE_TYPED_GOLD_SUBTOPICS("newsbrief sieve with the gold type, within gold subtopics"),
    /** As {@link #SIEVE_TYPED}, run on each story of the topic found by newsbrief's story clusterer. */
    SIEVE_TYPED_STORIES("newsbrief sieve with the gold type, within predicted stories");

    private static final MentionGrouper GROUPER = new MentionGrouper();
    private static final MentionSieve UNTYPED_SIEVE = new MentionSieve(false);
    private static final MentionSieve TYPED_SIEVE = new MentionSieve(true);

    private final String description;

    EntityCorefSystem(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Groups the mentions of one topic, whose spans point into {@code documents}. */
    public List<List<GoldMention>> group(List<Document> documents, List<GoldMention> mentions) {
        switch (this) {
            case HEAD_LEMMA:
                return byHeadLemma(mentions, false);
            case HEAD_LEMMA_TYPED:
                List<List<GoldMention>> typed = new ArrayList<>(byHeadLemma(mentions.stream().filter(GoldMention::human).toList(), false));
                typed.addAll(byHeadLemma(mentions.stream().filter(m -> !m.human()).toList(), false));
                return typed;
            case SIEVE:
                return UNTYPED_SIEVE.group(documents, mentions);
            case SIEVE_TYPED:
                return TYPED_SIEVE.group(documents, mentions);
            case SIEVE_TYPED_GOLD_SUBTOPICS:
                return withinParts(documents, mentions, DocumentParts.goldSubtopics(documents));
            case SIEVE_TYPED_STORIES:
                return withinParts(documents, mentions, DocumentParts.stories(documents));
            default:
                break;
        }
        Map<EntityMention, GoldMention> gold = new IdentityHashMap<>();
        mentions.forEach(m -> gold.put(m.mention(), m));
        MentionGrouper.Grouping grouping = GROUPER.group(documents, mentions.stream().map(GoldMention::mention).toList());
        List<List<GoldMention>> chains = new ArrayList<>();
        grouping.names().forEach(names -> chains.add(names.stream().map(gold::get).toList()));
        List<GoldMention> others = grouping.others().stream().map(gold::get).toList();
        if (this == HEAD_LEMMA_OR_NAMES) {
            return union(byHeadLemma(mentions, false), chains);
        }
        if (this == NAMES) {
            others.forEach(m -> chains.add(List.of(m)));
        } else {
            chains.addAll(byHeadLemma(others, this == NAMES_HEAD_LEMMA_PRONOUNS_ALONE));
        }
        return chains;
    }

    /** The typed sieve on each part of the documents apart. */
    private static List<List<GoldMention>> withinParts(List<Document> documents, List<GoldMention> mentions,
            Map<String, Integer> partOf) {
        Map<Integer, List<GoldMention>> byPart = new java.util.TreeMap<>();
        mentions.forEach(m -> byPart.computeIfAbsent(partOf.get(m.mention().articleId()), p -> new ArrayList<>()).add(m));
        List<List<GoldMention>> chains = new ArrayList<>();
        byPart.forEach((part, ms) -> chains.addAll(TYPED_SIEVE.group(
                documents.stream().filter(d -> partOf.get(d.id()).equals(part)).toList(), ms)));
        return chains;
    }

    /** The finest partition coarser than both: chains that share a mention are joined. */
    private static List<List<GoldMention>> union(List<List<GoldMention>> first, List<List<GoldMention>> second) {
        Map<GoldMention, GoldMention> parent = new IdentityHashMap<>();
        List<List<GoldMention>> all = new ArrayList<>(first);
        all.addAll(second);
        for (List<GoldMention> chain : all) {
            for (GoldMention mention : chain) {
                parent.putIfAbsent(mention, mention);
                GoldMention a = root(parent, chain.get(0));
                GoldMention b = root(parent, mention);
                if (a != b) {
                    parent.put(b, a);
                }
            }
        }
        Map<GoldMention, List<GoldMention>> chains = new LinkedHashMap<>();
        first.forEach(chain -> chain.forEach(m -> chains.computeIfAbsent(root(parent, m), r -> new ArrayList<>()).add(m)));
        return new ArrayList<>(chains.values());
    }

    private static GoldMention root(Map<GoldMention, GoldMention> parent, GoldMention mention) {
        GoldMention root = mention;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    private static List<List<GoldMention>> byHeadLemma(List<GoldMention> mentions, boolean pronounsAlone) {
        Map<String, List<GoldMention>> chains = new LinkedHashMap<>();
        for (GoldMention mention : mentions) {
            String text = mention.mention().text();
            String key = pronounsAlone && HeadLemma.pronoun(text) ? "\u0000" + mention.id() : HeadLemma.of(text);
            chains.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
        }
        return new ArrayList<>(chains.values());
    }
}
