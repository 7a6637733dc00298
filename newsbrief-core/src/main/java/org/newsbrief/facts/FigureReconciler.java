package org.newsbrief.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.SentenceRef;
import org.newsbrief.model.Span;
import org.newsbrief.time.TimeAnchor;
import org.newsbrief.time.TimeExpressionTagger;
import org.newsbrief.time.TimeMention;

/**
 * Groups the quantities of a story's articles that count the same thing (same concept, same
 * class of counted thing) and labels each group. Each value keeps the time window its sentence
 * gives it: the resolved time mention nearest to it in its clause (as "since" that date after "since"), else
 * the words of an unresolved expression ("for months"); a value without one holds as of its article's
 * publication date. Two values from different articles <b>conflict</b> when
 * they cover the same window, neither counts only a part (a 24-hour, overnight or one-day
 * count), and their intervals cannot both hold; a group is <b>agree</b> when every value is the
 * same, else <b>compatible</b>. A conflicting group names each window where outlets disagree
 * and the values that do. Values of different incidents ({@link Incidents}: "the blast in Nairobi", "the missile
 * strikes in Afghanistan") are never compared: the figure is split by incident ({@link IncidentSplit}); an episode's
 * values that name none are split where their days lie more than a week apart ({@link UnnamedTolls}), and the undated
 * tolls of an incident over in a moment are compared once settled, whatever their articles' days ({@link SettledTolls});
 * two values of one row from one sentence count parts of a total and are compared with none ({@link SentenceParts}).
 * Immutable and thread-safe.
 */
public final class FigureReconciler {

    private final QuantityExtractor extractor = QuantityExtractor.withoutTagger(); // groups by unit, not unit name
    private final TimeExpressionTagger tagger = new TimeExpressionTagger();

    public FigureTable reconcile(List<Document> story) {
        LocalDate storyDate = story.stream().map(d -> d.article().published()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate storyStart = story.stream().map(d -> d.article().published()).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Map<String, List<FigureValue>> groups = new LinkedHashMap<>();
        Map<String, String> written = new java.util.HashMap<>(); // counted things the story writes capitalised
        Map<SentenceRef, String> texts = new java.util.HashMap<>(); // the sentences that give a figure, for SentenceParts
        for (Document document : story) {
            LocalDate published = document.article().published();
            TimeAnchor anchor = new TimeAnchor(published, published == null ? storyDate : null);
            for (Sentence sentence : document.sentences()) {
                List<TimeMention> mentions = null; // tagged once a sentence, on its first figure
                List<Integer> hard = null; // the clauses of the sentence, on its first figure
                String lower = null;
                for (Quantity quantity : extractor.extract(sentence.text())) {
                    String counted = countedClass(quantity, sentence.text());
                    if (counted == null) {
                        continue;
                    }
                    if (mentions == null) {
                        // a page's posting stamp says when the text was written, not when its figures held
                        mentions = tagger.tag(sentence.text(), anchor).stream().filter(m -> !m.stamp()).toList();
                        lower = sentence.text().toLowerCase(Locale.ROOT);
                        hard = ClauseBoundaries.of(sentence.text(), lower).hard();
                        texts.put(SentenceRef.of(sentence), sentence.text());
                    }
                    String past = Anniversaries.year(lower, quantity.span().start(), published);
                    String window = past != null ? past : window(sentence.text(), lower, hard, mentions, quantity.span());
                    capitalised(sentence.text(), quantity).ifPresent(word -> written.put(quantity.unit(), word));
                    FigureScope scope = ConflictTotals.scope(lower, hard,
                            quantity.span().start(), quantity.span().end(), window, published, mentions);
                    String key = quantity.concept() + "|" + counted + "|" + (scope == FigureScope.EPISODE ? "" : "total");
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new FigureValue(quantity,
                            SentenceRef.of(sentence), window, published, scope, Incidents.of(sentence.text(), lower,
                            hard, quantity.span())));
                }
            }
        }
        PlaceContainment places = PlaceContainment.learn(sentences(story), placesToPlace(groups.values()));
        List<FigureGroup> result = new ArrayList<>();
        groups.forEach((key, all) -> {
            String[] parts = key.split("\\|", 3);
            IncidentSplit.split(all, places, storyStart).forEach((incident, named) -> {
                // an episode's values that name no incident may count different episodes (UnnamedTolls)
                for (List<FigureValue> row : incident.isNone() && parts[2].isEmpty() ? UnnamedTolls.split(named)
                        : List.of(named)) {
                    List<FigureValue> values = SentenceParts.mark(row, texts::get); // "40 in Amber and 12 at sea": parts
                    var windowOf = SettledTolls.windows(incident, values);
                    List<FigureValue> earlier = TollLevels.earlier(values, texts::get, windowOf); // "earlier had reported 65"
                    List<FigureConflict> conflicts = FigureConflicts.find(TollLevels.later(values, earlier), windowOf);
                    String label = commonLabel(values, parts[1]);
                    result.add(new FigureGroup(parts[0], parts[1], scope(values), incident, written.getOrDefault(label, label),
                            agreement(values, conflicts, earlier), values, conflicts, earlier));
                }
            });
        });
        result.sort(Comparator.comparingLong(FigureGroup::articles).reversed()
                .thenComparing(g -> g.agreement() != Agreement.CONFLICT).thenComparing(g -> -g.values().size()));
        return new FigureTable(result);
    }

    /**
     * The places named by the incidents of the figures whose values name two or more incidents: only those need to be
     * placed within one another ({@link PlaceContainment}); empty for most stories, which then read no more text.
     */
    private static Set<String> placesToPlace(Iterable<List<FigureValue>> figures) {
        Set<String> places = new java.util.LinkedHashSet<>();
        for (List<FigureValue> values : figures) {
            Incident first = null;
            boolean several = false;
            for (FigureValue value : values) {
                Incident incident = value.incident();
                if (!incident.isNone()) {
                    several |= first != null && !first.equals(incident);
                    first = first == null ? incident : first;
                }
            }
            if (several) {
                values.stream().map(v -> v.incident().place()).filter(p -> !p.isEmpty()).forEach(places::add);
            }
        }
        return places;
    }

    private static Iterable<String> sentences(List<Document> story) {
        return () -> story.stream().flatMap(d -> d.sentences().stream()).map(Sentence::text).iterator();
    }

    /** A group's scope: a running total is of the whole conflict when one of its values names the conflict. */
    private static FigureScope scope(List<FigureValue> values) {
        FigureScope first = values.get(0).scope();
        return first != FigureScope.EPISODE && values.stream().anyMatch(v -> v.scope() == FigureScope.WHOLE_CONFLICT)
                ? FigureScope.WHOLE_CONFLICT : first;
    }

    /** The unit name of an age: "50-year-old", "aged 50". */
    private static final String AGE = "year of age";

    static String countedClass(String unit) {
        if (unit.equals("lives") || QuantityRules.CUE_WORDS.contains(unit) && !QuantityRules.UNIT_CLASSES.containsKey(unit)) {
            return "people"; // "cost 200 lives"; a cue word counts people: "leaving 27,000 homeless" is no row "homeless displaced"
        }
        return QuantityRules.UNIT_CLASSES.getOrDefault(unit, unit);
    }

    /** "56,000 head of livestock": "head" counts the animals named after it. */
    private static final Pattern HEAD_OF = Pattern.compile("\\s+head\\s+of\\s+(\\p{L}+)", Pattern.CASE_INSENSITIVE);

    /**
     * The class of what {@code quantity} counts, or null when it is no figure: no concept, no
     * counted thing, a share ("a third of the city" is no count of the thing), an age or what the words after it
     * make no count of its concept ({@link NotCounts}: "one of the bombers", "20 more lives than"), a count of things
     * ({@link ThingCounts}: "seized two computers", "in the two cars"), a rate ({@link Rates}: "4,000 babies a day"),
     * a bare digit 0 (a web page's comment counter: "0 suspect arrested in birthday party shooting"), the whole of a
     * part its cue takes ({@link PartitiveWholes}: "killed seven of the family's eight children").
     * A number that is
     * the subject of its concept's verb ("at least 14 died") counts people ({@link CueSubjects}).
     */
    static String countedClass(Quantity quantity, String sentence) {
        if (quantity.concept().equals("-") || quantity.unit().equals("share") || quantity.unitName().equals(AGE)) {
            return null; // an age ("a 50-year-old man was killed") says how old, not how many
        }
        if (quantity.text().equals("0")) {
            return null; // a page's counter before a headline ("0 slain teen suspects identified"): no one is counted
        }
        if (quantity.unit().equals("-")) {
            return CueSubjects.countsPeople(sentence, quantity) ? "people" : null;
        }
        if (NotCounts.notCount(sentence, quantity) || ThingCounts.countsThings(quantity) || Rates.rate(sentence, quantity)
                || PartitiveWholes.whole(sentence, quantity)) {
            return null;
        }
        Matcher headOf = HEAD_OF.matcher(sentence).region(quantity.span().end(), sentence.length());
        String counted = countedClass(quantity.unit().equals("head") && headOf.lookingAt()
                ? headOf.group(1).toLowerCase(Locale.ROOT) : quantity.unit());
        return counted.equals("civilians") && !QuantityRules.CASUALTY_CONCEPTS.contains(quantity.concept())
                ? "people" : counted; // those who flee or are besieged are the population, whatever they are called
    }

    /**
     * The window of the quantity at {@code quantity}: the resolved time mention of its sentence nearest to it, one
     * in its clause ({@link ClauseBoundaries}; a date before a colon labels the clause after it: "1918: the flu
     * killed 50m people 1957: Asian flu killed two million") before any other ("in 1918 the flu killed 50m people;
     * in 1957 it killed two million" gives 50m 1918 and two million 1957, not the sentence's first date for both), as "since"
     * that date when "since" stands shortly before the mention; else the words of the nearest unresolved
     * expression ("for months"); else empty. {@code lower} is the sentence lower-cased and {@code hard} its clause
     * ends ({@link ClauseBoundaries#hard()}), found once a sentence.
     */
    private static String window(String sentence, String lower, List<Integer> hard, List<TimeMention> mentions, Span quantity) {
        String sinceEvent = sinceEvent(sentence, lower, hard, mentions, quantity);
        if (sinceEvent != null) {
            return sinceEvent;
        }
        List<TimeMention> dating = mentions.stream().filter(m -> !datesAnAct(lower, m)).toList();
        List<TimeMention> resolved = dating.stream().filter(m -> m.value() != null).toList();
        List<TimeMention> candidates = resolved.isEmpty() ? dating : resolved;
        if (candidates.isEmpty()) {
            return "";
        }
        TimeMention nearest = candidates.get(0);
        if (candidates.size() > 1) {
            int from = ConceptCues.clauseStart(hard, quantity.start());
            int to = ConceptCues.clauseEnd(hard, quantity.end(), sentence.length());
            List<TimeMention> inClause = candidates.stream().filter(m -> {
                int at = labelEnd(sentence, m);
                return at >= from && at <= to;
            }).toList();
            List<TimeMention> before = candidates.stream().filter(m -> {
                int at = labelEnd(sentence, m);
                return at == m.span().start() || at <= quantity.start();
            }).toList(); // a label labels only what follows it
            nearest = nearest(!inClause.isEmpty() ? inClause : !before.isEmpty() ? before : candidates, quantity);
        }
        if (nearest.value() == null) {
            return windowWords(nearest.text());
        }
        int since = lower.lastIndexOf("since ", nearest.span().start());
        return since >= 0 && nearest.span().start() - since < 90 || EventStarts.startDate(lower, nearest.span().start())
                ? "since " + nearest.value().label() : describe(nearest);
    }

    /** Nouns for an act that has a date but no toll: a date before one dates the act, not a figure beside it. */
    private static final Set<String> ACTS = Set.of("agreement", "agreements", "accord", "accords", "deal", "ceasefire",
            "cease-fire", "truce", "election", "elections", "vote", "referendum", "meeting", "summit", "talks",
            "deadline", "decision", "ruling", "announcement", "speech", "statement", "report", "resolution", "interview");

    /**
     * Whether the mention is "the" date before an act's noun: "The Oct. 12 agreement ... suspended a crackdown that
     * left hundreds dead" dates the agreement, not the crackdown's toll, so the toll takes no window from it.
     */
    static boolean datesAnAct(String lower, TimeMention mention) {
        int start = mention.span().start();
        if (!lower.startsWith("the ", start) && !lower.startsWith("the ", Math.max(0, start - 4))) {
            return false;
        }
        int end = mention.span().end();
        while (end < lower.length() && lower.charAt(end) == ' ') {
            end++;
        }
        int word = end;
        while (word < lower.length() && (Character.isLetter(lower.charAt(word)) || lower.charAt(word) == '-')) {
            word++;
        }
        return ACTS.contains(lower.substring(end, word));
    }

    /**
     * The words of "since" an event's start in the quantity's clause ("since the offensive began"), when no
     * resolved date follows them closely ("since the war began in 2011" is since 2011); else null.
     */
    private static String sinceEvent(String sentence, String lower, List<Integer> hard, List<TimeMention> mentions,
            Span quantity) {
        if (!lower.contains("since ")) {
            return null;
        }
        int[] phrase = EventStarts.sinceEvent(lower, ConceptCues.clauseStart(hard, quantity.start()),
                ConceptCues.clauseEnd(hard, quantity.end(), sentence.length()));
        if (phrase == null || mentions.stream().anyMatch(m -> m.value() != null && (m.span().start() >= phrase[0]
                && m.span().start() <= phrase[1] + DATE_AFTER_START || distance(m.span(), quantity) < distance(
                new Span(phrase[0], phrase[1]), quantity)))) {
            return null; // "89 were killed on Saturday, the most in a day since the start of the uprising": Saturday
        }
        return windowWords(sentence.substring(phrase[0], phrase[1]));
    }

    /** How far after "since the war began" a date may stand and still be the start ("began in March 2011"). */
    private static final int DATE_AFTER_START = 25;

    /**
     * Where a mention stands for its clause: a mention followed by a colon labels what follows ("1957: Asian flu
     * killed two million"), so it stands after the colon; any other where it starts.
     */
    private static int labelEnd(String sentence, TimeMention mention) {
        int i = mention.span().end();
        while (i < sentence.length() && sentence.charAt(i) == ' ') {
            i++;
        }
        return i < sentence.length() && sentence.charAt(i) == ':' ? i + 1 : mention.span().start();
    }

    private static int distance(Span a, Span b) {
        return a.start() >= b.end() ? a.start() - b.end() : Math.max(0, b.start() - a.end());
    }

    /** The mention nearest to the span; of two as near, the earlier. */
    private static TimeMention nearest(List<TimeMention> mentions, Span span) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention mention : mentions) {
            int distance = mention.span().start() >= span.end() ? mention.span().start() - span.end()
                    : Math.max(0, span.start() - mention.span().end());
            if (distance < bestDistance) {
                best = mention;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A resolved date as its label; a short period as its words and the day it ends ("over the past 24 hours to 2016-11-27"). */
    private static String describe(TimeMention mention) {
        if (mention.value().granularity() == org.newsbrief.time.Granularity.INTERVAL) {
            return windowWords(mention.text()) + " to " + mention.value().end();
        }
        return mention.value().label();
    }

    /**
     * The words of an unresolved time expression as a window: lower case, so that outlets writing
     * "Overnight" and "overnight" share a window, except the names of days and months, which are
     * written as names ("Sunday", "Saturday night", "early March").
     */
    static String windowWords(String text) {
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            words.appendReplacement(out, NAMED.contains(word) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return words.appendTail(out).toString();
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> NAMED = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    static Agreement agreement(List<FigureValue> values, List<FigureConflict> conflicts) {
        return agreement(values, conflicts, List.of());
    }

    /**
     * As {@link #agreement(List, List)}, but a row with no conflict, an earlier count ({@link TollLevels}) and a
     * later value that differs from it changed over time.
     */
    static Agreement agreement(List<FigureValue> values, List<FigureConflict> conflicts, List<FigureValue> earlier) {
        if (!conflicts.isEmpty()) {
            return Agreement.CONFLICT;
        }
        if (!earlier.isEmpty()) {
            Set<List<Double>> ranges = new java.util.HashSet<>();
            earlier.forEach(e -> ranges.add(List.of(e.quantity().low(), e.quantity().high())));
            if (TollLevels.later(values, earlier).stream().anyMatch(v -> ranges.size() > 1
                    || !ranges.contains(List.of(v.quantity().low(), v.quantity().high())))) {
                return Agreement.CHANGED;
            }
        }
        String article = values.get(0).sentence().articleId();
        if (values.stream().allMatch(v -> v.sentence().articleId().equals(article))) {
            return Agreement.ONE_SOURCE;
        }
        // Every pair has the same range exactly when every value has the first one's (one pass, not pair by pair).
        Quantity first = values.get(0).quantity();
        boolean allSame = values.stream().skip(1).map(FigureValue::quantity)
                .allMatch(q -> q.low() == first.low() && q.high() == first.high());
        return allSame ? Agreement.AGREE : Agreement.COMPATIBLE;
    }

    /** Per shared window, the values that conflict with another value of that window, in story order. */
    static List<FigureConflict> conflicts(List<FigureValue> values) {
        return FigureConflicts.find(values);
    }

    /**
     * The counted thing every value of the group names ("residents" when each value counts residents); else
     * its class ("people"), which is true of every value: a row must not claim "residents" or "troops" for a
     * value that counts people or soldiers. A cue word ("174 dead") or a count without one ("14 died") counts
     * the class itself, so a group with one of those is labelled by its class ("people killed", never "dead killed").
     */
    static String commonLabel(List<FigureValue> values, String countedClass) {
        String first = values.get(0).quantity().unit();
        boolean shared = namesCountedThing(first) && values.stream().allMatch(v -> v.quantity().unit().equals(first));
        return shared ? first : countedClass;
    }

    /**
     * The counted thing as the sentence writes it when that is capitalised past the sentence's first word
     * ("12 Americans", "three Palestinians"), so that a row reads "Americans killed", not "americans killed".
     */
    static java.util.Optional<String> capitalised(String text, Quantity quantity) {
        String unit = quantity.unit();
        if (!namesCountedThing(unit)) {
            return java.util.Optional.empty();
        }
        String word = Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
        int at = text.indexOf(word, quantity.span().end());
        return at > 0 && at - quantity.span().end() <= 40 && (at + word.length() == text.length()
                || !Character.isLetter(text.charAt(at + word.length()))) ? java.util.Optional.of(word) : java.util.Optional.empty();
    }

    private static boolean namesCountedThing(String unit) {
        return !unit.equals("-") && !unit.equals("head") && !QuantityRules.CUE_WORDS.contains(unit)
                && !HeadNouns.namesNoThing(unit); // "head" of livestock: the noun after it (HEAD_OF) labels the row
    }

}
