package org.newsbrief.eval.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A finished experiment: what ran, on which data (checksum), how it was scored, and the
 * results beside the published rows. Renders Markdown and JSON.
 *
 * @param dataset dataset name
 * @param clusters number of clusters
 * @param dataChecksum SHA-256 of the data files read
 * @param command the command line that produced it
 * @param version the newsbrief version
 * @param protocol budget and ROUGE options
 * @param results our systems
 * @param wallSeconds wall time of the whole run
 * @param notes facts about the run the table cannot show (a solver's fallbacks), one per line
 */
public record ExperimentReport(String dataset, int clusters, String dataChecksum, String command, String version,
        Protocol protocol, List<SystemResult> results, double wallSeconds, List<String> notes) {

    public ExperimentReport {
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    /** A report without notes. */
    public ExperimentReport(String dataset, int clusters, String dataChecksum, String command, String version,
            Protocol protocol, List<SystemResult> results, double wallSeconds) {
        this(dataset, clusters, dataChecksum, command, version, protocol, results, wallSeconds, List.of());
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        String measure = protocol.recall() ? "recall" : "F";
        out.append("# ").append(dataset).append(" evaluation\n\n");
        out.append(String.format(Locale.ROOT, "Produced by `%s` (newsbrief %s): %d clusters, data SHA-256 `%s`, "
                + "%.1f s wall on %d cores.%n%n", command, version, clusters, dataChecksum.substring(0, 16),
                wallSeconds, Runtime.getRuntime().availableProcessors()));
        out.append("ROUGE ").append(measure).append(" x100 (plain mean over clusters, 95% bootstrap interval) with `")
                .append(protocol.rouge().flags()).append("`; summaries to ").append(protocol.budget().limit()).append(' ')
                .append(protocol.budget().unit().name().toLowerCase(Locale.ROOT))
                .append(protocol.budget().fillsToLimit() ? " (the last sentence cut by the scorer)" : "").append(".\n\n");
        out.append("| system |");
        protocol.metrics().forEach(metric -> out.append(' ').append(metric).append(" |"));
        out.append(" p50 ms | p95 ms | total ms | pronoun/connective openings: unresolved (all) |\n|---|");
        protocol.metrics().forEach(metric -> out.append("---|"));
        out.append("---|---|---|---|\n");
        for (SystemResult result : results) {
            out.append("| **").append(result.summarizer()).append("** (newsbrief) |");
            for (String metric : protocol.metrics()) {
                MeanScore score = result.scores().get(metric);
                out.append(String.format(Locale.ROOT, " **%.2f** (%.2f-%.2f) |", 100 * score.mean(), 100 * score.low(),
                        100 * score.high()));
            }
            out.append(String.format(Locale.ROOT, " %.1f | %.1f | %.0f | %.1f%% (%.1f%%) |%n", result.latency().p50(),
                    result.latency().p95(), result.latency().total(), 100 * result.openingShare(),
                    100 * result.anyOpeningShare()));
        }
        for (PublishedScores.Row row : PublishedScores.of(dataset)) {
            out.append("| ").append(row.system()).append(" (published: ").append(row.source()).append(") |");
            for (String metric : protocol.metrics()) {
                Double value = row.scores().get(metric);
                out.append(value == null ? " - |" : String.format(Locale.ROOT, " %.2f |", value));
            }
            out.append(" | | | |\n");
        }
        appendPaired(out);
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    /**
     * Every other summarizer against the first one listed, cluster by cluster: the differences a
     * reader should judge gains by (see {@link PairedDifference}).
     */
    private void appendPaired(StringBuilder out) {
        if (results.size() < 2 || results.get(0).perCluster().isEmpty()) {
            return;
        }
        SystemResult first = results.get(0);
        out.append(String.format(Locale.ROOT, "%nPaired against **%s** (mean per-cluster difference x100, other minus %s,"
                + " %.0f%% bootstrap interval over the same clusters; clusters ahead / behind on %s):%n%n",
                first.summarizer(), first.summarizer(), protocol.rouge().confidence(), protocol.metrics().get(0)));
        out.append("| system |");
        protocol.metrics().forEach(metric -> out.append(' ').append(metric).append(" |"));
        out.append(" ahead / behind |\n|---|");
        protocol.metrics().forEach(metric -> out.append("---|"));
        out.append("---|\n");
        for (SystemResult other : results.subList(1, results.size())) {
            out.append("| ").append(other.summarizer()).append(" |");
            PairedDifference lead = null;
            for (String metric : protocol.metrics()) {
                PairedDifference d = PairedDifference.of(perCluster(other, metric), perCluster(first, metric),
                        protocol.rouge().confidence(), protocol.rouge().resamples());
                lead = lead == null ? d : lead;
                out.append(String.format(Locale.ROOT, " %+.2f (%+.2f to %+.2f) |", 100 * d.difference().mean(),
                        100 * d.difference().low(), 100 * d.difference().high()));
            }
            out.append(' ').append(lead.ahead()).append(" / ").append(lead.behind()).append(" |\n");
        }
    }

    private static double[] perCluster(SystemResult result, String metric) {
        return result.perCluster().stream().mapToDouble(c -> c.scores().get(metric)).toArray();
    }

    public String json() throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("report", this);
        root.put("published", PublishedScores.of(dataset));
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    /**
     * Writes {@code <dir>/<name>.md} and {@code <dir>/<name>.json} through temporary files beside
     * them, moved over the old ones only when both are complete (JSON first), so that a failed or
     * interrupted write leaves the previous Markdown report as it was and no half-written file.
     */
    public void write(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        String markdown = markdown();
        String json = json() + "\n";
        Map<Path, String> texts = new LinkedHashMap<>();
        texts.put(dir.resolve(name + ".json"), json);
        texts.put(dir.resolve(name + ".md"), markdown);
        ReportFiles.writeAll(texts);
    }
}
