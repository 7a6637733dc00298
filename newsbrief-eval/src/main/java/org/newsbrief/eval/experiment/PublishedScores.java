package org.newsbrief.eval.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Published scores of other systems, kept as data (published.tsv) for reports. Stateless. */
public final class PublishedScores {

    /**
     * One published row.
     *
     * @param system the system's name
     * @param source where the numbers come from
     * @param scores metric name to score x100
     */
    public record Row(String system, String source, Map<String, Double> scores) {
    }

    private PublishedScores() {
    }

    /** The published rows for a dataset (DUC 2003 has none: it is the tuning set). */
    public static List<Row> of(String dataset) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = PublishedScores.class.getResourceAsStream("published.tsv")) {
            if (in == null) {
                throw new IllegalStateException("published.tsv missing from the class path");
            }
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String[] fields = line.split("\t");
                if (line.startsWith("#") || fields.length < 4 || !fields[0].equals(dataset)) {
                    continue;
                }
                Map<String, Double> scores = new LinkedHashMap<>();
                for (int i = 3; i < fields.length; i++) {
                    String[] pair = fields[i].split("=");
                    scores.put(pair[0], Double.parseDouble(pair[1]));
                }
                rows.add(new Row(fields[1], fields[2], scores));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
