package org.newsbrief.eval.coref;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsbrief.entities.EntityMention;
import org.newsbrief.eval.dataset.Checksums;
import org.newsbrief.model.Article;
import org.newsbrief.model.Document;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Span;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the HUMAN_* and LOC_* entity mentions of ECB+ (CAT XML, {@code ECB+/<topic>/*.xml}) in
 * the sentences listed in {@code ECBplus_coreference_sentences.csv}, the only ones whose
 * annotation is complete. Each document becomes a {@link Document} of those sentences only, one
 * per line, tokens joined by single spaces; a mention's span runs from its first token to its
 * last. A markable with token anchors is a mention; one without (a CROSS_DOC_COREF target)
 * names an instance. A mention's chain is the instance id of the CROSS_DOC_COREF relation it is a
 * source of, else the document's INTRA_DOC_COREF relation, else itself alone. Mentions whose
 * tokens leave the listed sentences are dropped. Stateless.
 *
 * @param documents the documents with at least one listed sentence, in path order
 * @param mentions the mentions, in document and markable order
 * @param checksum SHA-256 of the sentence list and of the XML files read
 */
public record EcbPlusEntities(List<Document> documents, List<GoldMention> mentions, String checksum) {

    public EcbPlusEntities {
        documents = List.copyOf(documents);
        mentions = List.copyOf(mentions);
    }

    /** The documents of topics {@code from} to {@code to} (inclusive) under {@code root} (the ecbplus folder). */
    public static EcbPlusEntities read(Path root, int from, int to) throws IOException {
        Map<String, Set<Integer>> listed = sentenceList(root.resolve("ECBplus_coreference_sentences.csv"));
        List<Path> files = new ArrayList<>();
        for (int topic = from; topic <= to; topic++) {
            Path folder = root.resolve("ECB+").resolve(Integer.toString(topic));
            if (Files.isDirectory(folder)) {
                try (Stream<Path> list = Files.list(folder)) {
                    list.filter(f -> f.toString().endsWith(".xml")).sorted().forEach(files::add);
                }
            }
        }
        List<Document> documents = new ArrayList<>();
        List<GoldMention> mentions = new ArrayList<>();
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
            Set<Integer> sentences = listed.getOrDefault(id, Set.of());
            if (!sentences.isEmpty()) {
                EcbPlusEntities one = parse(id, file.getParent().getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8), sentences);
                documents.addAll(one.documents());
                mentions.addAll(one.mentions());
            }
        }
        List<Path> summed = new ArrayList<>();
        summed.add(root.resolve("ECBplus_coreference_sentences.csv"));
        summed.addAll(files);
        return new EcbPlusEntities(documents, mentions, Checksums.sha256(root, summed));
    }

    /** Document id ({@code 36_1ecb}) to its listed sentence numbers. */
    static Map<String, Set<Integer>> sentenceList(Path csv) throws IOException {
        Map<String, Set<Integer>> listed = new HashMap<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] fields = line.strip().split(",");
            if (fields.length == 3 && fields[2].matches("\\d+")) {
                listed.computeIfAbsent(fields[0] + "_" + fields[1], k -> new TreeSet<>()).add(Integer.parseInt(fields[2]));
            }
        }
        return listed;
    }

    /** One document's XML, restricted to the listed sentences. */
    static EcbPlusEntities parse(String id, String topic, String xml, Set<Integer> sentences) {
        Element root = dom(xml);
        Map<String, Token> tokens = new HashMap<>();
        Map<Integer, List<Token>> bySentence = new TreeMap<>();
        NodeList tokenNodes = root.getElementsByTagName("token");
        for (int i = 0; i < tokenNodes.getLength(); i++) {
            Element e = (Element) tokenNodes.item(i);
            Token token = new Token(Integer.parseInt(e.getAttribute("sentence")), e.getTextContent());
            tokens.put(e.getAttribute("t_id"), token);
            if (sentences.contains(token.sentence())) {
                bySentence.computeIfAbsent(token.sentence(), s -> new ArrayList<>()).add(token);
            }
        }
        StringBuilder text = new StringBuilder();
        List<Sentence> built = new ArrayList<>();
        for (Map.Entry<Integer, List<Token>> entry : bySentence.entrySet()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            int start = text.length();
            List<String> words = new ArrayList<>();
            for (Token token : entry.getValue()) {
                if (text.length() > start) {
                    text.append(' ');
                }
                token.start = text.length();
                text.append(token.text());
                words.add(token.text());
            }
            built.add(new Sentence(id, entry.getKey(), new Span(start, text.length()), text.substring(start), words, List.of()));
        }
        Document document = new Document(new Article(id, "ecb+", null, "", null, text.toString(), id + ".xml"),
                text.toString(), built);
        return new EcbPlusEntities(List.of(document), mentions(id, topic, root, tokens, text.toString(), sentences), "");
    }

    private static List<GoldMention> mentions(String id, String topic, Element root, Map<String, Token> tokens, String text,
            Set<Integer> sentences) {
        Map<String, String> chains = chains(id, root);
        List<GoldMention> mentions = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        Element markables = (Element) root.getElementsByTagName("Markables").item(0);
        if (markables == null) {
            return mentions;
        }
        NodeList children = markables.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (!(children.item(i) instanceof Element markable)) {
                continue;
            }
            String tag = markable.getTagName();
            NodeList anchors = markable.getElementsByTagName("token_anchor");
            if (anchors.getLength() == 0 || !(tag.startsWith("HUMAN") || tag.startsWith("LOC"))) {
                continue;
            }
            List<Token> span = new ArrayList<>();
            for (int a = 0; a < anchors.getLength(); a++) {
                span.add(tokens.get(((Element) anchors.item(a)).getAttribute("t_id")));
            }
            int sentence = span.get(0).sentence();
            if (span.stream().anyMatch(t -> t == null || t.sentence() != sentence || !sentences.contains(t.sentence()))) {
                continue;
            }
            int start = span.stream().mapToInt(t -> t.start).min().orElseThrow();
            int end = span.stream().mapToInt(t -> t.start + t.text().length()).max().orElseThrow();
            Span where = new Span(start, end);
            if (seen.add(where)) {
                String markableId = markable.getAttribute("m_id");
                mentions.add(new GoldMention(new EntityMention(id, sentence, where, text.substring(start, end)), topic, tag,
                        chains.getOrDefault(markableId, id + "/" + markableId)));
            }
        }
        return mentions;
    }

    /** Source markable id to chain: cross-document instance id, or the document's within-document chain. */
    private static Map<String, String> chains(String id, Element root) {
        Map<String, String> instances = new HashMap<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("instance_id") && e.hasAttribute("m_id")) {
                instances.put(e.getAttribute("m_id"), e.getAttribute("instance_id"));
            }
        }
        Map<String, String> chains = new LinkedHashMap<>();
        for (String relation : List.of("CROSS_DOC_COREF", "INTRA_DOC_COREF")) {
            NodeList relations = root.getElementsByTagName(relation);
            for (int i = 0; i < relations.getLength(); i++) {
                Element r = (Element) relations.item(i);
                Element target = (Element) r.getElementsByTagName("target").item(0);
                String chain = relation.startsWith("CROSS") && target != null && instances.containsKey(target.getAttribute("m_id"))
                        ? instances.get(target.getAttribute("m_id"))
                        : relation.startsWith("CROSS") && !r.getAttribute("note").isEmpty() ? r.getAttribute("note")
                        : id + "/intra" + r.getAttribute("r_id");
                NodeList sources = r.getElementsByTagName("source");
                for (int s = 0; s < sources.getLength(); s++) {
                    chains.putIfAbsent(((Element) sources.item(s)).getAttribute("m_id"), chain);
                }
            }
        }
        return chains;
    }

    private static Element dom(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not ECB+ XML: " + e.getMessage(), e);
        }
    }

    /** A token and, once placed, where it starts in the document text. */
    private static final class Token {
        private final int sentence;
        private final String text;
        private int start = -1;

        Token(int sentence, String text) {
            this.sentence = sentence;
            this.text = text;
        }

        int sentence() {
            return sentence;
        }

        String text() {
            return text;
        }
    }
}
