import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.analysis.OpenNlpSentenceSplitter;
import org.newsbrief.facts.Quantity;
import org.newsbrief.facts.QuantityExtractor;
import org.newsbrief.model.Span;

/**
 * Concept assignment of {@link QuantityExtractor} (issue 5: which of killed, fled, displaced, wounded, besieged,
 * captured, evacuated a quantity measures, or '-') measured on hand-labelled quantities of the TUNING corpora only:
 * DUC 2003 and Multi-News validation clusters 1-1,000. The labels (dev.tsv, heldout.tsv) hold only ids, document offsets
 * and the number's text; the sentences are read from the corpora at run time and never written out.
 *
 * <pre>
 *   sample SHARED SEED N_DEV N_HELDOUT OUTDIR   draw the two disjoint samples: OUTDIR/{dev,heldout}.tsv with gold '?'
 *                                               and OUTDIR/{dev,heldout}.txt (the sentences to label; not committed)
 *   score SHARED LABELDIR PART [REPORT]         PART dev|heldout|all; prints the scores; REPORT: the Markdown report
 *   errors SHARED LABELDIR                      dev only: the quantities whose predicted concept differs from gold
 * </pre>
 */
public final class ConceptBench {

    /**
     * The cue words that make a sentence eligible: QuantityRules.CONCEPTS as it stood when the samples were drawn
     * (commit 3f8c4e6), frozen here so that later changes to the rules do not change the samples.
     */
    static final Map<String, Set<String>> SAMPLE_CUES = Map.of(
            "killed", Set.of("killed", "kill", "kills", "killing", "dead", "died", "die", "deaths", "death", "lives",
                    "executed", "slain", "murdered", "massacred"),
            "fled", Set.of("fled", "flee", "flees", "fleeing", "exodus", "escape", "escaped", "left"),
            "displaced", Set.of("displaced", "displacement", "homeless"),
            "wounded", Set.of("wounded", "wounding", "injured", "injuring", "injuries", "hurt"),
            "besieged", Set.of("besieged", "siege", "trapped"),
            "captured", Set.of("captured", "arrested", "detained", "seized"),
            "evacuated", Set.of("evacuated", "evacuation", "evacuate"));
    static final List<String> CONCEPTS = List.of("killed", "fled", "displaced", "wounded", "besieged", "captured",
            "evacuated");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final int MULTINEWS_CLUSTERS = 1_000;
    /** Labelled quantities no longer read where they were labelled, by their gold concept. */
    private static final Map<String, Integer> MISSING = new TreeMap<>();

    /**
     * A labelled quantity: its document and the character offset of its number in the document's text, so
     * that a label survives changes to the sentence splitter (the quantity is looked up in whichever sentence
     * now holds that offset).
     */
    record Item(String corpus, String doc, int start, String number, String gold) {
        String tsv() {
            return String.join("\t", corpus, doc, Integer.toString(start), number, gold);
        }
    }

    /** A sentence and the offset of its first character in its document's text. */
    record Sent(String corpus, String doc, int index, int start, String text) {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "sample" -> sample(Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Path.of(args[5]));
            case "score" -> score(Path.of(args[1]), Path.of(args[2]), args[3], args.length > 4 ? Path.of(args[4]) : null);
            case "errors" -> errors(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("sample | score | errors");
        }
    }

    /** Every sentence of DUC 2003 and Multi-News validation 1-1,000, in corpus order. */
    static List<Sent> sentences(Path shared) throws IOException {
        ObjectMapper json = new ObjectMapper();
        OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter();
        List<Sent> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(shared.resolve("data/duc2003/duc2003_task2.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (JsonNode d : json.readTree(line).path("documents")) {
                    add(out, splitter, "duc2003", d.path("docno").asText(), d.path("text").asText());
                }
            }
        }
        try (BufferedReader in = Files.newBufferedReader(shared.resolve("data/multinews/multinews_val.jsonl"), StandardCharsets.UTF_8)) {
            int clusters = 0;
            for (String line = in.readLine(); line != null && clusters < MULTINEWS_CLUSTERS; line = in.readLine()) {
                clusters++;
                JsonNode node = json.readTree(line);
                int n = 0;
                for (JsonNode d : node.path("documents")) {
                    n++;
                    add(out, splitter, "multinews", node.path("id").asText() + "#" + n, d.asText());
                }
            }
        }
        return out;
    }

    private static void add(List<Sent> out, OpenNlpSentenceSplitter splitter, String corpus, String doc, String text) {
        int i = 0;
        for (Span span : splitter.split(text)) {
            out.add(new Sent(corpus, doc, i++, span.start(), text.substring(span.start(), span.end())));
        }
    }

    static boolean hasCue(String sentence) {
        Matcher words = LETTERS.matcher(sentence.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            for (Set<String> cues : SAMPLE_CUES.values()) {
                if (cues.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    static void sample(Path shared, long seed, int nDev, int nHeld, Path dir) throws IOException {
        QuantityExtractor extractor = QuantityExtractor.withoutTagger();
        List<Sent> eligible = new ArrayList<>();
        for (Sent s : sentences(shared)) {
            if (hasCue(s.text()) && !extractor.extract(s.text()).isEmpty()) {
                eligible.add(s);
            }
        }
        Collections.shuffle(eligible, new Random(seed));
        System.err.println(eligible.size() + " eligible sentences");
        int next = 0;
        for (String part : List.of("dev", "heldout")) {
            int target = part.equals("dev") ? nDev : nHeld;
            List<String> tsv = new ArrayList<>();
            List<String> txt = new ArrayList<>();
            tsv.add("corpus\tdoc\tstart\tnumber\tgold");
            int count = 0;
            while (count < target) {
                Sent s = eligible.get(next++);
                List<Quantity> qs = extractor.extract(s.text());
                txt.add("## " + s.corpus() + " " + s.doc() + " " + s.index());
                txt.add(s.text());
                for (Quantity q : qs) {
                    count++;
                    Item item = new Item(s.corpus(), s.doc(), s.start() + q.span().start(), q.text(), "?");
                    tsv.add(item.tsv());
                    txt.add("   " + (tsv.size() - 1) + ": [" + q.text() + "] @" + q.span().start() + " unit=" + q.unit());
                }
            }
            Files.write(dir.resolve(part + ".tsv"), tsv);
            Files.write(dir.resolve(part + ".txt"), txt);
            System.err.println(part + ": " + count + " quantities");
        }
    }

    static List<Item> labels(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("corpus\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            items.add(new Item(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]));
        }
        return items;
    }

    /** The predicted concept of each labelled quantity, read from the corpora with the extractor of the brief. */
    static List<String> predict(Map<String, List<Sent>> index, List<Item> items) {
        QuantityExtractor extractor = QuantityExtractor.withoutTagger();
        List<String> out = new ArrayList<>();
        for (Item item : items) {
            Sent s = sentence(index, item);
            String predicted = null;
            for (Quantity q : extractor.extract(s.text())) {
                int start = s.start() + q.span().start();
                if (start == item.start() && q.text().equals(item.number())) {
                    predicted = q.concept();
                } else if (predicted == null && start <= item.start() && item.start() < s.start() + q.span().end()) {
                    // the labelled number is now read inside a longer quantity ("hundreds" and "thousands" of
                    // "hundreds of thousands"): that quantity's concept is the one the key figures use
                    predicted = q.concept();
                } else if (predicted == null && item.start() <= start && start < item.start() + item.number().length()) {
                    // the labelled text is now read shorter, its modifier left out ("talking about hundreds of
                    // thousands" is no longer "about"): the quantity inside it keeps the label
                    predicted = q.concept();
                }
            }
            if (predicted == null) {
                // no quantity is read there any more (a number the extractor now rejects, or text the cleaner now
                // removes): no concept is predicted for it, and the report says how many
                System.err.println("quantity no longer extracted: " + item.tsv() + " in: " + s.text());
                MISSING.merge(item.gold().equals("-") ? "gold none" : "gold " + item.gold(), 1, Integer::sum);
                predicted = "-";
            }
            out.add(predicted);
        }
        return out;
    }

    /** The sentences of each document, in order, by "corpus|doc". */
    static Map<String, List<Sent>> index(Path shared) throws IOException {
        Map<String, List<Sent>> index = new LinkedHashMap<>();
        for (Sent s : sentences(shared)) {
            index.computeIfAbsent(s.corpus() + "|" + s.doc(), k -> new ArrayList<>()).add(s);
        }
        return index;
    }

    /** The sentence that now holds the labelled number's first character. */
    static Sent sentence(Map<String, List<Sent>> index, Item item) {
        for (Sent s : index.getOrDefault(item.corpus() + "|" + item.doc(), List.of())) {
            if (item.start() >= s.start() && item.start() < s.start() + s.text().length()) {
                return s;
            }
        }
        throw new IllegalStateException("no sentence holds the labelled number: " + item.tsv());
    }

    record Scores(int n, int correct, Map<String, double[]> prf) {
    }

    static Scores scores(List<Item> items, List<String> predicted) {
        int correct = 0;
        Map<String, double[]> prf = new LinkedHashMap<>();
        List<String> classes = new ArrayList<>(CONCEPTS);
        classes.add("any concept");
        for (String c : classes) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < items.size(); i++) {
                String g = items.get(i).gold();
                String p = predicted.get(i);
                boolean gold = c.equals("any concept") ? !g.equals("-") : g.equals(c);
                boolean pred = c.equals("any concept") ? !p.equals("-") : p.equals(c);
                tp += gold && pred ? 1 : 0;
                fp += !gold && pred ? 1 : 0;
                fn += gold && !pred ? 1 : 0;
            }
            double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            prf.put(c, new double[] {precision, recall, f1, tp + fn, tp + fp});
        }
        for (int i = 0; i < items.size(); i++) {
            correct += items.get(i).gold().equals(predicted.get(i)) ? 1 : 0;
        }
        return new Scores(items.size(), correct, prf);
    }

    static String table(String name, Scores s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "### %s: %d quantities, accuracy %.3f (%d correct)%n%n", name, s.n(),
                s.correct() / (double) s.n(), s.correct()));
        b.append("| concept | gold | predicted | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|\n");
        s.prf().forEach((c, v) -> b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f |%n", c,
                (int) v[3], (int) v[4], v[0], v[1], v[2])));
        double macro = 0;
        int counted = 0;
        for (String c : CONCEPTS) {
            if (s.prf().get(c)[3] > 0) {
                macro += s.prf().get(c)[2];
                counted++;
            }
        }
        b.append(String.format(Locale.ROOT, "%nMacro F1 over the %d concepts with gold quantities: %.3f%n%n", counted,
                macro / counted));
        return b.toString();
    }

    static void score(Path shared, Path dir, String part, Path report) throws IOException {
        Map<String, List<Sent>> index = index(shared);
        StringBuilder b = new StringBuilder();
        for (String p : part.equals("all") ? List.of("dev", "heldout") : List.of(part)) {
            List<Item> items = labels(dir.resolve(p + ".tsv"));
            b.append(table(p.equals("dev") ? "DEV (rules developed here)" : "HELD-OUT (scored once at the end)",
                    scores(items, predict(index, items))));
        }
        if (!MISSING.isEmpty()) {
            b.append("Labelled quantities (both parts) that the extractor no longer reads (a number it now rejects, such as \"4d\" or \"a 1943"
                    + " address\"), scored as no concept: ").append(MISSING).append(".\n");
        }
        System.out.print(b);
        if (report != null) {
            Files.writeString(report, b.toString());
        }
    }

    static void errors(Path shared, Path dir) throws IOException {
        Map<String, List<Sent>> index = index(shared);
        List<Item> items = labels(dir.resolve("dev.tsv"));
        List<String> predicted = predict(index, items);
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (!item.gold().equals(predicted.get(i))) {
                Sent s = sentence(index, item);
                System.out.println("gold " + item.gold() + " predicted " + predicted.get(i) + " [" + item.number() + "] @"
                        + (item.start() - s.start()) + ": " + s.text());
                seen.add(item.gold() + "->" + predicted.get(i));
            }
        }
        System.out.println(seen);
    }
}
