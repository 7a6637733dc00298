package org.newsbrief.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the weight files of the learned linear models ({@link LearnedScorer}, {@link DppQualityScorer}):
 * lines {@code name<TAB>weight}, one per feature and one {@code bias}; {@code #} starts a comment.
 * Every feature must be given exactly once, and no other name. Stateless.
 */
public final class LinearModelFile {

    /** The name of the intercept line. */
    public static final String BIAS = "bias";

    private LinearModelFile() {
    }

    /** The weights in {@code names} order, then the bias. */
    public static double[] parse(BufferedReader reader, List<String> names) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2 || values.put(parts[0].strip(), Double.parseDouble(parts[1].strip())) != null) {
                throw new IllegalArgumentException("model line " + number + ": expected a new 'name<TAB>weight', not '" + line + "'");
            }
        }
        double[] weights = new double[names.size() + 1];
        for (int f = 0; f < names.size(); f++) {
            weights[f] = require(values, names.get(f));
        }
        weights[weights.length - 1] = require(values, BIAS);
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("model names unknown features: " + values.keySet());
        }
        return weights;
    }

    /** Reads the resource beside {@code owner}; a missing or malformed resource is a build defect. */
    static double[] load(Class<?> owner, String resource, List<String> names) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static double require(Map<String, Double> values, String name) {
        Double value = values.remove(name);
        if (value == null) {
            throw new IllegalArgumentException("model lacks a weight for '" + name + "'");
        }
        return value;
    }
}
