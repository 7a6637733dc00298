package org.newsbrief.eval.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.analysis.TermAnalyzer;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.Story;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;

/**
 * Splits of a topic's ECB+ documents into the parts a system groups apart: the gold subtopics
 * (document ids ending in "ecb" or "ecbplus") or the stories that newsbrief's story clusterer finds
 * (its default options, on the listed sentences' terms). Stateless.
 */
final class DocumentParts {

    private static final TermAnalyzer TERMS = new TermAnalyzer();

    private DocumentParts() {
    }

    /** Document id to 0 (ecb) or 1 (ecbplus). */
    static Map<String, Integer> goldSubtopics(List<Document> documents) {
        Map<String, Integer> parts = new HashMap<>();
        documents.forEach(d -> parts.put(d.id(), d.id().endsWith("ecbplus") ? 1 : 0));
        return parts;
    }

    /** Document id to its story's rank in the clusterer's output. */
    static Map<String, Integer> stories(List<Document> documents) {
        List<Document> analysed = new ArrayList<>();
        for (Document d : documents) {
            List<Sentence> sentences = new ArrayList<>();
            synchronized (TERMS) {
                for (Sentence s : d.sentences()) {
                    sentences.add(new Sentence(s.articleId(), s.index(), s.span(), s.text(), s.tokens(), TERMS.terms(s.text())));
                }
            }
            analysed.add(new Document(d.article(), d.text(), sentences));
        }
        List<Story> stories = new AverageLinkageClusterer(AverageLinkageClusterer.Options.DEFAULTS).cluster(analysed);
        Map<String, Integer> parts = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            for (String id : stories.get(i).articleIds()) {
                parts.put(id, i);
            }
        }
        return parts;
    }
}
