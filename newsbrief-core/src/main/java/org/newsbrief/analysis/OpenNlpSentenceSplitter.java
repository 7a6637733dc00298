package org.newsbrief.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.newsbrief.model.Span;

/**
 * Sentence splitting with OpenNLP's English UD-EWT model (from Maven Central), followed by the
 * repairs the model needs on news text: a split right after a title, its plural or an initial
 * that the model took for a sentence end ("Mr.", "Gen.", "Reps.", "Msgr.", "U.S.", "J.") or before a
 * lower-case continuation is undone (the latter only in text with its capitals, see {@link Casing});
 * a split inside brackets is undone (the next part opens with the closing bracket, "(R-Ohio.) said",
 * or closes a bracket that the sentence before opened mid-sentence); a quotation mark that closes the
 * previous sentence's quote is given back to it; a bracket left open at the start or closed at the end
 * of a sentence, because a parenthesis holds several sentences ("(The vote came late. Few were
 * there.)"), is left out of the sentence; and a sentence longer than {@link #MAX_SENTENCE_CHARS} is
 * cut at white space so that no later stage sees unbounded input. US state abbreviations ("Calif.",
 * "Wash.") are no titles: in news they close a dateline-like place name ("in Redmond, Wash.") and
 * end the sentence far more often than not, so a split after them stays.
 * Thread-safe: the model is shared, the detector is per thread.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

    /** Longest sentence passed on whole; longer ones are cut at white space. */
    public static final int MAX_SENTENCE_CHARS = 1_500;

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SHARED_MODEL = loadModel();
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "sen",
            "rep", "gov", "pres", "rev", "st", "mt", "ft", "jr", "sr", "vs", "jan", "feb", "mar", "apr",
            "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "dept", "univ", "ave",
            // plurals before several names ("Reps. Ann Lee and Tom Ray") and further ranks and offices
            "reps", "sens", "govs", "gens", "lts", "cols", "majs", "capts", "sgts", "adms", "cmdrs", "drs", "profs",
            "revs", "messrs", "mmes", "msgr", "msgrs", "atty", "attys", "supt", "supts", "cpl", "pvt", "pfc", "brig",
            "cdr", "insp", "fr", "hon");

    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SHARED_MODEL));

    @Override
    public List<Span> split(String text) {
        boolean lowerCased = Casing.isLowerCased(text);
        List<Span> merged = new ArrayList<>();
        for (opennlp.tools.util.Span span : detector.get().sentPosDetect(text)) {
            Span current = trim(text, span.getStart(), span.getEnd());
            if (current.length() == 0) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && (endsWithAbbreviation(text, merged.get(last), current)
                    || !lowerCased && startsLowerCase(text, current)
                    || splitsInsideBrackets(text, merged.get(last), current))) {
                merged.set(last, new Span(merged.get(last).start(), current.end()));
            } else if (last >= 0 && opensWithItsPredecessorsClosingQuote(text, merged.get(last), current)) {
                int quoteEnd = current.start() + 1;
                merged.set(last, new Span(merged.get(last).start(), quoteEnd));
                Span rest = trim(text, quoteEnd, current.end());
                if (rest.length() > 0) {
                    merged.add(rest);
                }
            } else {
                merged.add(current);
            }
        }
        return cutLong(text, withoutStrayBrackets(text, merged));
    }

    /**
     * Whether the split between {@code previous} and {@code next} lies inside brackets: {@code next}
     * opens with the closing bracket, or {@code previous} opened a bracket after its start that
     * {@code next} closes ("Smith (who moved to St. Paul, Minn. in May) said").
     */
    private static boolean splitsInsideBrackets(String text, Span previous, Span next) {
        char first = text.charAt(next.start());
        if (first == ')' || first == ']') {
            return true;
        }
        int open = firstUnclosedBracket(text, previous);
        return open > previous.start() && unopenedClosingBrackets(text, next) > 0;
    }

    /** The offset of the first opening bracket not closed within the span; -1 when all are closed. */
    private static int firstUnclosedBracket(String text, Span span) {
        int depth = 0;
        int first = -1;
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                if (depth == 0) {
                    first = i;
                }
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0 ? first : -1;
    }

    /** How many closing brackets of the span have no opening one before them within it. */
    private static int unopenedClosingBrackets(String text, Span span) {
        int depth = 0;
        int unopened = 0;
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                if (depth > 0) {
                    depth--;
                } else {
                    unopened++;
                }
            }
        }
        return unopened;
    }

    /**
     * Sentences of a parenthesis that holds several: the opening bracket of the first ("(The vote
     * came late.") and the closing bracket of the last ("Few were there.)") are left out.
     */
    private static List<Span> withoutStrayBrackets(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            int start = sentence.start();
            int end = sentence.end();
            if (firstUnclosedBracket(text, sentence) == start && end - start > 1) {
                start++;
            }
            char last = text.charAt(end - 1);
            if ((last == ')' || last == ']') && end - start > 1 && unopenedClosingBrackets(text, new Span(start, end)) > 0) {
                end--;
            }
            Span trimmed = trim(text, start, end);
            out.add(trimmed.length() > 0 ? trimmed : sentence);
        }
        return out;
    }

    /**
     * Whether {@code next} opens with the quotation mark that closes a quote left open at the end
     * of {@code previous}, which the model puts after the split when the mark stands apart
     * ({@code ... killing civilians " in service to america. " the remarks ...}).
     */
    private static boolean opensWithItsPredecessorsClosingQuote(String text, Span previous, Span next) {
        if (text.charAt(next.start()) != '"' || count(text, previous, '"') % 2 == 0) {
            return false;
        }
        char end = text.charAt(previous.end() - 1);
        return end == '.' || end == '!' || end == '?';
    }

    private static int count(String text, Span span, char c) {
        int n = 0;
        for (int i = span.start(); i < span.end(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** A sentence opening in lower case continues the previous one ("campaign. targeting ..."). */
    private static boolean startsLowerCase(String text, Span sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the sentence ends with a title, an initial or a dotted abbreviation like "U.S.";
     * "No." only before a number ("No. 2 in the world"), since "voted no." ends a sentence.
     */
    private static boolean endsWithAbbreviation(String text, Span sentence, Span next) {
        int end = sentence.end();
        if (end == 0 || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > sentence.start() && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end - 1).replaceAll("^[\"'(\\[]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        if (word.matches("(\\p{L}\\.)+\\p{L}")) {
            return true; // "U.S." and "U.N." end a sentence far less often than they open a clause
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("no")) {
            return Character.isDigit(text.charAt(next.start()));
        }
        return TITLES.contains(lower);
    }

    private static List<Span> cutLong(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            int start = sentence.start();
            while (sentence.end() - start > MAX_SENTENCE_CHARS) {
                int cut = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
                if (cut <= start) {
                    cut = start + MAX_SENTENCE_CHARS;
                }
                out.add(trim(text, start, cut));
                start = cut;
            }
            Span rest = trim(text, start, sentence.end());
            if (rest.length() > 0) {
                out.add(rest);
            }
        }
        return out;
    }

    private static Span trim(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Span(from, to);
    }

    private static SentenceModel loadModel() {
        try (InputStream in = OpenNlpSentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " not on the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP sentence model " + MODEL, e);
        }
    }
}
