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
 * Sentence splitting with OpenNLP's English UD-EWT model (from Maven Central), followed by two
 * repairs the model needs on news text: a split right after a title or initial that the model
 * took for a sentence end ("Mr.", "Gen.", "U.S.", "J.") or before a lower-case continuation is undone
 * (the latter only in text with its capitals, see {@link Casing}), a quotation mark that closes the
 * previous sentence's quote is given back to it, and a sentence longer than
 * {@link #MAX_SENTENCE_CHARS} is cut at white space so that no later stage sees unbounded input.
 * Thread-safe: the model is shared, the detector is per thread.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

    /** Longest sentence passed on whole; longer ones are cut at white space. */
    public static final int MAX_SENTENCE_CHARS = 1_500;

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SHARED_MODEL = loadModel();
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "sen",
            "rep", "gov", "pres", "rev", "st", "mt", "ft", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr",
            "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "dept", "univ", "ave");

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
            if (last >= 0 && (endsWithAbbreviation(text, merged.get(last))
                    || !lowerCased && startsLowerCase(text, current))) {
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
        return cutLong(text, merged);
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

    /** Whether the sentence ends with a title, an initial or a dotted abbreviation like "U.S.". */
    private static boolean endsWithAbbreviation(String text, Span sentence) {
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
        return TITLES.contains(word.toLowerCase(java.util.Locale.ROOT));
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
