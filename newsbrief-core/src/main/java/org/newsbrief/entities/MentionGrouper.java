package org.newsbrief.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Span;

/**
 * Groups mentions found by someone else (an annotator, another tagger) with the same rules as
 * {@link EntityResolver}: a mention is a name when the {@link NameFinder} finds, in its sentence,
 * a name that covers the mention's last word (a lone sentence-initial capitalised word counts only
 * when it also occurs as a name mid-sentence, as in the resolver); its spelling is that name from
 * the mention's start. Names then join by {@link NameKeys} transliteration folding, long and short
 * forms and country long forms, kinds coming from {@link TypeCues} and {@link SpeakingOrganisations} (a word that
 * strong cues type an organisation joins the one longer name it ends, as in the resolver). Mentions that are not names
 * ("he", "the man", "police", and a people's name beside its country, "Libyans") are
 * returned apart, for the caller to decide. The "the observatory" rule of the resolver is not
 * applied: it needs the resolver's entity types. Stateless, thread-safe and deterministic.
 */
public final class MentionGrouper {

    private final NameFinder finder = new NameFinder();

    /**
     * The grouping of some mentions.
     *
     * @param names groups of name mentions, in order of their first mention
     * @param others the mentions that are not names, in the given order
     */
    public record Grouping(List<List<EntityMention>> names, List<EntityMention> others) {

        public Grouping {
            names = names.stream().map(List::copyOf).toList();
            others = List.copyOf(others);
        }
    }

    /**
     * Groups {@code mentions}, whose article ids, sentence indexes and spans point into
     * {@code documents}; throws if one points nowhere.
     */
    public Grouping group(List<Document> documents, List<EntityMention> mentions) {
        Map<String, Sentence> sentences = new HashMap<>();
        Map<Sentence, List<NameFinder.Found>> found = new LinkedHashMap<>();
        for (Document document : documents) {
            for (Sentence sentence : document.sentences()) {
                sentences.put(document.id() + "\u0000" + sentence.index(), sentence);
                found.put(sentence, finder.find(sentence));
            }
        }
        Set<String> midSentence = new HashSet<>();
        found.values().forEach(list -> list.stream().filter(f -> !f.sentenceInitial()).forEach(f -> midSentence.add(f.text())));
        List<String> names = found.values().stream().flatMap(List::stream).map(NameFinder.Found::text).distinct().toList();
        Set<String> particleWords = NameKeys.particleWords(names);
        java.util.function.Function<String, List<String>> keyOf = text -> NameKeys.tokens(text, particleWords);
        Set<String> lastWords = TypeCues.lastWords(names, keyOf);
        Set<String> singles = TypeCues.singles(names);
        Map<NameFinder.Found, TypeCues.Kind> typeOf = new java.util.IdentityHashMap<>(); // equal records of two articles may differ in kind
        found.values().forEach(list -> {
            List<TypeCues.Kind> types = TypeCues.ofSentence(list, lastWords, singles);
            for (int i = 0; i < list.size(); i++) {
                typeOf.put(list.get(i), types.get(i));
            }
        });
        List<Map.Entry<NameFinder.Found, TypeCues.Kind>> typed = new java.util.ArrayList<>(typeOf.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        TypeCues.dropPersonsOfPlaces(typed, e -> e.getKey().text(), Map.Entry::getValue, (e, kind) -> Map.entry(e.getKey(), kind));
        Set<String> nameSet = new HashSet<>(names);
        SpeakingOrganisations.retype(typed, e -> e.getKey().text(), Map.Entry::getValue, (e, kind) -> Map.entry(e.getKey(), kind),
                nameSet);
        StormNames.retype(typed, e -> e.getKey().text(), Map.Entry::getValue, (e, kind) -> Map.entry(e.getKey(), kind), nameSet);
        typed.forEach(e -> typeOf.put(e.getKey(), e.getValue()));
        Map<EntityMention, String> spellings = new LinkedHashMap<>();
        Map<String, List<String>> keys = new LinkedHashMap<>();
        Map<String, TypeVotes> votes = new HashMap<>();
        for (EntityMention mention : mentions) {
            Sentence sentence = sentences.get(mention.articleId() + "\u0000" + mention.sentenceIndex());
            Objects.requireNonNull(sentence, () -> "no sentence " + mention.sentenceIndex() + " in " + mention.articleId());
            NameFinder.Found name = covering(sentence, found.get(sentence), mention.span(), midSentence);
            String spelling = name == null ? null : spelling(sentence, name, mention.span());
            List<String> key = spelling == null ? List.of() : keys.computeIfAbsent(spelling, keyOf);
            if (!key.isEmpty()) {
                spellings.put(mention, spelling);
                votes.computeIfAbsent(spelling, t -> new TypeVotes()).add(typeOf.get(name));
            }
        }
        keys.values().removeIf(List::isEmpty);
        Map<String, EntityType> kinds = new HashMap<>();
        votes.forEach((spelling, counts) -> kinds.put(spelling, counts.kind()));
        keys.keySet().removeAll(NameGroups.demonyms(keys, kinds));
        Map<String, Set<String>> articles = new HashMap<>();
        spellings.forEach((mention, spelling) -> articles.computeIfAbsent(spelling, t -> new HashSet<>()).add(mention.articleId()));
        NameGroups groups = NameGroups.join(keys, kinds, articles, EntityResolver.knownOrganisations(votes));
        Map<String, List<EntityMention>> byGroup = new LinkedHashMap<>();
        spellings.forEach((mention, spelling) -> {
            if (keys.containsKey(spelling)) {
                byGroup.computeIfAbsent(groups.find(spelling), g -> new ArrayList<>()).add(mention);
            }
        });
        List<EntityMention> others = mentions.stream() // no name, or a people's ("Libyans")
                .filter(m -> !spellings.containsKey(m) || !keys.containsKey(spellings.get(m))).toList();
        return new Grouping(new ArrayList<>(byGroup.values()), others);
    }

    /**
     * The name that covers the mention's last word (cut to the mention by {@link #spelling}) ("Lindsay Lohan" in the
     * headline "Lindsay Lohan Checks Into Betty Ford Rehab", where the name finder sees one long
     * capitalised name); null when none.
     */
    private static NameFinder.Found covering(Sentence sentence, List<NameFinder.Found> found, Span mention, Set<String> midSentence) {
        Span last = lastWord(sentence, mention);
        for (NameFinder.Found name : found) {
            if (name.span().overlaps(last) && (!name.sentenceInitial() || midSentence.contains(name.text()))) {
                return name;
            }
        }
        return null;
    }

    private static String spelling(Sentence sentence, NameFinder.Found name, Span mention) {
        int from = Math.max(name.span().start(), mention.start()) - sentence.span().start();
        int to = Math.min(name.span().end(), mention.end()) - sentence.span().start();
        return sentence.text().substring(from, to);
    }

    /** The last whitespace-separated word of the span that holds a letter or digit (the whole span if none). */
    private static Span lastWord(Sentence sentence, Span mention) {
        int offset = sentence.span().start();
        String text = sentence.text().substring(mention.start() - offset, mention.end() - offset);
        int end = text.length();
        while (end > 0) {
            int start = text.lastIndexOf(' ', end - 1) + 1;
            if (text.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit)) {
                return new Span(mention.start() + start, mention.start() + end);
            }
            end = Math.max(0, start - 1);
        }
        return mention;
    }
}
