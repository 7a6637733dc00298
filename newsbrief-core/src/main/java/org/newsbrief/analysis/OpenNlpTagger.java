package org.newsbrief.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags ({@code NOUN}, {@code PROPN}, {@code ADJ}, {@code VERB},
 * {@code ADP}, ...) and lemmas of English words, with OpenNLP's UD-EWT models from Maven Central
 * ({@code opennlp-models-pos-en}, {@code opennlp-models-lemmatizer-en}). Each model is loaded once, on
 * first use (the POS model about 1 MB, the lemmatizer 0.5 MB); taggers are per thread, so the class is
 * thread-safe. Tagging costs about 10 µs a token; lemmatizing is some twenty times dearer, so callers
 * lemmatize only the words whose lemma they cannot form by rule.
 */
public final class OpenNlpTagger {

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(PosModel.MODEL, POSTagFormat.UD));
    private static final ThreadLocal<LemmatizerME> LEMMATIZER =
            ThreadLocal.withInitial(() -> new LemmatizerME(LemmaModel.MODEL));

    private OpenNlpTagger() {
    }

    /** The UD tag of each token ("best" ADJ, "speakers" NOUN, "Americans" PROPN). */
    public static String[] tags(String[] tokens) {
        return tokens.length == 0 ? new String[0] : TAGGER.get().tag(tokens);
    }

    /** The lemma of one word with its UD tag ("best" ADJ is "good", "largest" ADJ "large", "grace" VERB "grace"). */
    public static String lemma(String word, String tag) {
        String lemma = LEMMATIZER.get().lemmatize(new String[] {word}, new String[] {tag})[0];
        return lemma == null || lemma.isEmpty() || lemma.equals("O") ? word : lemma;
    }

    /** Holder idiom: the POS model is read when first needed, once. */
    private static final class PosModel {
        static final POSModel MODEL = read(POS_MODEL, POSModel::new);
    }

    /** Holder idiom: the lemmatizer model is read when first needed, once. */
    private static final class LemmaModel {
        static final LemmatizerModel MODEL = read(LEMMA_MODEL, LemmatizerModel::new);
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String resource, ModelReader<T> reader) {
        try (InputStream in = OpenNlpTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
