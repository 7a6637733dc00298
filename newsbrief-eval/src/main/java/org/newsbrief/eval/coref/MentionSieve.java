package org.newsbrief.eval.coref;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.entities.EntityMention;
import org.newsbrief.entities.MentionGrouper;
import org.newsbrief.model.Document;

/**
 * newsbrief's grouping of all the entity mentions of one topic (names, nominals, pronouns), in
 * three passes over a union-find of the mentions:
 * <ol>
 *   <li><b>names</b>: newsbrief's {@link MentionGrouper} finds the mentions that are names and
 *       joins their spelling variants and long and short forms, as the brief's entity list does;</li>
 *   <li><b>head lemma</b>: every mention that is not a pronoun joins the mentions of the topic with
 *       the same {@link HeadLemma} ("the actress" and "actress"; "Lohan" and "Lindsay Lohan");</li>
 *   <li><b>pronouns</b>, within their document, by {@link Pronoun} class: "he"/"she" joins the
 *       nearest earlier name or singular nominal, "they" the nearest nominal, "it" the
 *       nearest mention, "there"/"here"/"where" the nearest place; a name is preferred to a nominal
 *       (first a pass over the names, then one over all), and an earlier pronoun of the same class
 *       is a valid antecedent (its own). "who"/"which"/"that" joins the mention just before it in
 *       its sentence; "I"/"we" join the earlier "I"/"we" of the same document; a pronoun left
 *       without antecedent joins the others of its word in the topic.</li>
 * </ol>
 * With {@code typed}, the gold coarse type (HUMAN or LOC) is a hard constraint: names, head
 * lemmas and antecedents only join mentions of the same type. Every choice (the passes, the
 * preference for names, the antecedent classes) was made on the ECB+ train topics 1-35; test topics
 * are only scored. Stateless and deterministic.
 */
public final class MentionSieve {

    private static final MentionGrouper GROUPER = new MentionGrouper();

    private final boolean typed;

    /** A sieve that uses the gold HUMAN/LOC type ({@code typed}) or not. */
    public MentionSieve(boolean typed) {
        this.typed = typed;
    }

    /** Groups the mentions of one topic, whose spans point into {@code documents}. */
    public List<List<GoldMention>> group(List<Document> documents, List<GoldMention> mentions) {
        Chains chains = new Chains(mentions);
        Set<GoldMention> names = names(documents, mentions, chains);
        headLemmas(mentions, chains);
        pronouns(mentions, names, chains);
        return chains.partition();
    }

    /** Pass 1: newsbrief's name rules, separately per type when typed; returns the name mentions. */
    private Set<GoldMention> names(List<Document> documents, List<GoldMention> mentions, Chains chains) {
        Map<EntityMention, GoldMention> gold = new IdentityHashMap<>();
        mentions.forEach(m -> gold.put(m.mention(), m));
        Map<Boolean, List<GoldMention>> byType = new LinkedHashMap<>();
        mentions.forEach(m -> byType.computeIfAbsent(typed && !m.human(), t -> new ArrayList<>()).add(m));
        Set<GoldMention> names = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<GoldMention> part : byType.values()) {
            for (List<EntityMention> group : GROUPER.group(documents, part.stream().map(GoldMention::mention).toList()).names()) {
                GoldMention first = gold.get(group.get(0));
                group.forEach(e -> {
                    names.add(gold.get(e));
                    chains.union(first, gold.get(e));
                });
            }
        }
        return names;
    }

    /** Pass 2: the mentions that are not pronouns, by head lemma (and type when typed). */
    private void headLemmas(List<GoldMention> mentions, Chains chains) {
        Map<String, GoldMention> first = new HashMap<>();
        for (GoldMention mention : mentions) {
            if (Pronoun.of(mention) == null) {
                GoldMention earlier = first.putIfAbsent(typeKey(mention) + HeadLemma.of(mention.mention().text()), mention);
                if (earlier != null) {
                    chains.union(earlier, mention);
                }
            }
        }
    }

    /** Pass 3: pronouns, within their document. */
    private void pronouns(List<GoldMention> mentions, Set<GoldMention> names, Chains chains) {
        Map<String, List<GoldMention>> byDocument = new LinkedHashMap<>();
        mentions.forEach(m -> byDocument.computeIfAbsent(m.mention().articleId(), d -> new ArrayList<>()).add(m));
        Map<String, GoldMention> unresolved = new HashMap<>();
        for (List<GoldMention> document : byDocument.values()) {
            List<GoldMention> ordered = new ArrayList<>(document);
            ordered.sort(Comparator.comparingInt(m -> m.mention().span().start()));
            Map<Pronoun, GoldMention> speakers = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                GoldMention mention = ordered.get(i);
                Pronoun pronoun = Pronoun.of(mention);
                if (pronoun == null) {
                    continue;
                }
                GoldMention antecedent = switch (pronoun) {
                    case RELATIVE -> relativeAntecedent(ordered, i);
                    case FIRST_SINGULAR, FIRST_PLURAL -> speakers.putIfAbsent(pronoun, mention);
                    default -> antecedent(ordered, i, pronoun, names);
                };
                if (antecedent != null) {
                    chains.union(antecedent, mention);
                } else {
                    GoldMention same = unresolved.putIfAbsent(typeKey(mention) + HeadLemma.of(mention.mention().text()), mention);
                    if (same != null) {
                        chains.union(same, mention);
                    }
                }
            }
        }
    }

    /** The nearest earlier compatible mention: names first, then any; null when none. */
    private GoldMention antecedent(List<GoldMention> ordered, int at, Pronoun pronoun, Set<GoldMention> names) {
        GoldMention mention = ordered.get(at);
        for (boolean namesOnly : new boolean[] {true, false}) {
            for (int j = at - 1; j >= 0; j--) {
                GoldMention candidate = ordered.get(j);
                if (typed && candidate.human() != mention.human()) {
                    continue;
                }
                Pronoun other = Pronoun.of(candidate);
                if (other != null) {
                    if (other == pronoun && pronoun.chainsWithItself()
                            && Pronoun.feminine(candidate) == Pronoun.feminine(mention)) {
                        return candidate;
                    }
                    continue;
                }
                if ((!namesOnly || names.contains(candidate)) && pronoun.accepts(candidate, names.contains(candidate))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** "who", "which", "that": the mention just before, in the same sentence, unless a pronoun. */
    private static GoldMention relativeAntecedent(List<GoldMention> ordered, int at) {
        if (at == 0) {
            return null;
        }
        GoldMention before = ordered.get(at - 1);
        return before.mention().sentenceIndex() == ordered.get(at).mention().sentenceIndex() && Pronoun.of(before) == null
                ? before
                : null;
    }

    private String typeKey(GoldMention mention) {
        return typed ? (mention.human() ? "H\u0000" : "L\u0000") : "";
    }

    /** A union-find over the mentions of one topic. */
    private static final class Chains {
        private final List<GoldMention> mentions;
        private final Map<GoldMention, GoldMention> parent = new IdentityHashMap<>();

        Chains(List<GoldMention> mentions) {
            this.mentions = mentions;
            mentions.forEach(m -> parent.put(m, m));
        }

        void union(GoldMention a, GoldMention b) {
            GoldMention ra = root(a);
            GoldMention rb = root(b);
            if (ra != rb) {
                parent.put(rb, ra);
            }
        }

        GoldMention root(GoldMention mention) {
            GoldMention root = mention;
            while (parent.get(root) != root) {
                root = parent.get(root);
            }
            parent.put(mention, root);
            return root;
        }

        List<List<GoldMention>> partition() {
            Map<GoldMention, List<GoldMention>> chains = new LinkedHashMap<>();
            mentions.forEach(m -> chains.computeIfAbsent(root(m), r -> new ArrayList<>()).add(m));
            return new ArrayList<>(chains.values());
        }
    }
}
