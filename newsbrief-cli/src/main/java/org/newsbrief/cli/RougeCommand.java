package org.newsbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsbrief.eval.experiment.MeanScore;
import org.newsbrief.eval.rouge.RougeAverage;
import org.newsbrief.eval.rouge.RougeOptions;
import org.newsbrief.eval.rouge.RougeScore;
import org.newsbrief.eval.rouge.RougeScorer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsbrief rouge}: ROUGE-1.5.5 scores of system summaries against model summaries. */
@Command(name = "rouge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Scores system summaries (one sentence per line) against DUC-style model files or a JSON Lines"
            + " file of {id, peer, models} pairs, exactly as ROUGE-1.5.5 would.",
            "Model files are named like D30001.M.100.T.A; a peer file is matched by the cluster id its name starts with,"
            + " e.g. d30001t.txt."})
public final class RougeCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Input input;

    static final class Input {
        @Option(names = "--peers", paramLabel = "DIR", description = "Folder of system summaries.")
        Path peers;
        @Option(names = "--pairs", paramLabel = "FILE", description = "JSON Lines: {\"id\", \"peer\": [lines], \"models\": [[lines], ...]}.")
        Path pairs;
    }

    @Option(names = "--models", paramLabel = "DIR", description = "Folder of model summaries (with --peers).")
    private Path models;

    @Option(names = "-n", paramLabel = "N", defaultValue = "4", description = "ROUGE-1 to ROUGE-N (default: ${DEFAULT-VALUE}).")
    private int maxN;
    @Option(names = "-m", description = "Stem (WordNet exceptions, then Porter).")
    private boolean stem;
    @Option(names = "-s", description = "Remove stop words.")
    private boolean stopWords;
    @Option(names = "-l", paramLabel = "N", defaultValue = "0", description = "Only the first N words of each summary.")
    private int wordLimit;
    @Option(names = "-b", paramLabel = "N", defaultValue = "0", description = "Only the first N bytes of each summary.")
    private int byteLimit;
    @Option(names = "-x", description = "Do not compute ROUGE-L.")
    private boolean noLcs;
    @Option(names = "-2", paramLabel = "GAP", description = "ROUGE-S with this maximum skip gap (negative: unlimited).")
    private Integer skipGap;
    @Option(names = "-u", description = "Count unigrams in ROUGE-S (ROUGE-SU).")
    private boolean skipUnigrams;
    @Option(names = "-f", paramLabel = "A|B", defaultValue = "A", description = "A: average over models; B: best model.")
    private String formula;
    @Option(names = "-p", paramLabel = "ALPHA", defaultValue = "0.5", description = "Weight of precision in F (default: ${DEFAULT-VALUE}).")
    private double alpha;
    @Option(names = "--json", paramLabel = "FILE", description = "Also write per-summary and mean scores as JSON.")
    private Path json;

    @Override
    public Integer call() throws IOException {
        if (!formula.equalsIgnoreCase("A") && !formula.equalsIgnoreCase("B")) {
            throw new IllegalArgumentException("-f must be A (average over models) or B (best model), not '" + formula + "'");
        }
        if (json != null) {
            OutputFile.requireWritable(json);
        }
        RougeOptions options = new RougeOptions(maxN, stem, stopWords, wordLimit, byteLimit, !noLcs, skipGap, skipUnigrams,
                formula.equalsIgnoreCase("B"), alpha, 95, 1000);
        RougeScorer scorer = new RougeScorer(options);
        Map<String, Map<String, RougeScore>> scores = new TreeMap<>();
        for (Pair pair : input.pairs != null ? readPairs(input.pairs) : readFolders()) {
            scores.put(pair.id(), scorer.score(pair.peer(), pair.models()));
        }
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no summary pairs found");
        }
        Map<String, double[]> means = printTable(scorer.metricNames(), scores);
        if (json != null) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("flags", options.flags());
            out.put("means", means);
            out.put("scores", scores);
            OutputFile.write(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out) + "\n");
        }
        return 0;
    }

    private Map<String, double[]> printTable(List<String> metrics, Map<String, Map<String, RougeScore>> scores) {
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-12s %9s %9s %9s   (%d summaries; recall 95%% interval)%n", "metric", "recall",
                "precision", "F", scores.size());
        Map<String, double[]> means = new LinkedHashMap<>();
        for (String metric : metrics) {
            double[] r = scores.values().stream().mapToDouble(s -> s.get(metric).recall()).toArray();
            double[] p = scores.values().stream().mapToDouble(s -> s.get(metric).precision()).toArray();
            double[] f = scores.values().stream().mapToDouble(s -> s.get(metric).f()).toArray();
            MeanScore recall = MeanScore.of(r, 95, 1000);
            double[] row = {recall.mean(), mean(p), mean(f)};
            means.put(metric, row);
            out.printf(Locale.ROOT, "%-12s %9.5f %9.5f %9.5f   (%.5f - %.5f)%n", metric, row[0], row[1], row[2],
                    recall.low(), recall.high());
        }
        out.println("As ROUGE-1.5.5 prints them (means of its Perl-seeded bootstrap resamples):");
        for (String metric : metrics) {
            Map<String, RougeScore> byId = new TreeMap<>();
            scores.forEach((id, s) -> byId.put(id, s.get(metric)));
            RougeAverage average = RougeAverage.of(byId, 95, 1000);
            out.printf(Locale.ROOT, "%s Average_R: %.5f (95%%-conf.int. %.5f - %.5f)%n", metric,
                    average.scriptAverage().recall(), average.low().recall(), average.high().recall());
        }
        out.flush();
        return means;
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElse(0);
    }

    private record Pair(String id, List<String> peer, List<List<String>> models) {
    }

    private List<Pair> readFolders() throws IOException {
        if (models == null) {
            throw new IllegalArgumentException("--peers needs --models DIR");
        }
        Map<String, List<List<String>>> byCluster = new TreeMap<>();
        for (Path model : list(models)) {
            byCluster.computeIfAbsent(clusterKey(model), k -> new ArrayList<>())
                    .add(readLines(model));
        }
        List<Pair> pairs = new ArrayList<>();
        for (Path peer : list(input.peers)) {
            List<List<String>> refs = byCluster.get(clusterKey(peer));
            if (refs == null) {
                spec.commandLine().getErr().println("newsbrief: no model summaries for " + peer.getFileName() + "; skipped");
                continue;
            }
            pairs.add(new Pair(peer.getFileName().toString(), readLines(peer), refs));
        }
        return pairs;
    }

    /** {@code D30001.M.100.T.A}, {@code d30001t.txt} and {@code d30001t.CLASSY04} all give {@code d30001}. */
    static String clusterKey(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        return head.matches("d\\d+t") ? head.substring(0, head.length() - 1) : head;
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static List<Pair> readPairs(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--pairs " + file + ": no such file");
        }
        List<Pair> pairs = new ArrayList<>();
        int number = 0;
        for (String line : readLines(file)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(line);
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new IllegalArgumentException(file + " line " + number + ": not valid JSON: " + e.getOriginalMessage());
            }
            List<List<String>> refs = new ArrayList<>();
            node.path("models").forEach(model -> refs.add(lines(model)));
            pairs.add(new Pair(node.path("id").asText("line" + number), lines(node.path("peer")), refs));
        }
        return pairs;
    }

    /**
     * The lines of a summary file whatever its encoding (byte-order mark, else UTF-8, else
     * windows-1252, as the article readers decode), so that a Latin-1 or UTF-16 model file is
     * scored instead of stopping the run.
     */
    private static List<String> readLines(Path file) throws IOException {
        return org.newsbrief.ingest.TextDecoder.decode(Files.readAllBytes(file)).text().lines().toList();
    }

    private static List<String> lines(JsonNode node) {
        List<String> lines = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(line -> lines.add(line.asText()));
        } else {
            lines.addAll(List.of(node.asText().split("\\R")));
        }
        return lines;
    }
}
