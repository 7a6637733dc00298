package org.newsbrief.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsbrief.brief.BriefBuilder;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.ingest.ReadContext;

/**
 * What one job run does, parsed from its command line. Invalid options fail before any work.
 *
 * @param inputs files or directories on any Hadoop file system, read recursively in name order
 * @param out the output directory (must not exist)
 * @param format {@code json} (JSON lines) or {@code parquet}
 * @param config the brief configuration, the same record as the CLI's
 * @param partitions partitions of the per-article and per-story stages
 * @param duplicateThreshold the least shingle Jaccard similarity of near-identical articles; 0 keeps them all
 * @param issueSample issues written to the issues output at most
 * @param maxTextBytes the largest file, record or page read
 */
public record JobOptions(List<String> inputs, String out, String format, BriefConfig config, int partitions,
        double duplicateThreshold, int issueSample, long maxTextBytes) {

    static final String USAGE = "usage: SparkBriefJob INPUT... --out DIR [--format json|parquet] [--words N]"
            + " [--summarizer NAME] [--partitions N] [--duplicate-threshold J] [--no-dedup] [--issue-sample N]"
            + " [--max-text-bytes N]";

    public JobOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(config, "config");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given; " + USAGE);
        }
        if (!format.equals("json") && !format.equals("parquet")) {
            throw new IllegalArgumentException("--format must be json or parquet: " + format);
        }
        if (partitions < 1 || issueSample < 0 || maxTextBytes < 1) {
            throw new IllegalArgumentException("--partitions and --max-text-bytes must be >= 1, --issue-sample >= 0");
        }
        if (duplicateThreshold < 0 || duplicateThreshold > 1) {
            throw new IllegalArgumentException("--duplicate-threshold must be within [0, 1]: " + duplicateThreshold);
        }
        new BriefBuilder(config); // an unknown summarizer fails here, listing the valid ones
    }

    /** Parses a command line; throws {@link IllegalArgumentException} with the usage on a bad one. */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String format = "json";
        String summarizer = BriefConfig.defaults().summarizer();
        int words = BriefConfig.DEFAULT_WORDS;
        int partitions = 8;
        double duplicates = 0.9;
        int sample = 100;
        long maxBytes = ReadContext.DEFAULT_MAX_TEXT_BYTES;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                inputs.add(arg);
                continue;
            }
            if (arg.equals("--no-dedup")) {
                duplicates = 0;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value; " + USAGE);
            }
            String value = args[++i];
            try {
                switch (arg) {
                    case "--out" -> out = value;
                    case "--format" -> format = value.toLowerCase(Locale.ROOT);
                    case "--summarizer" -> summarizer = value;
                    case "--words" -> words = Integer.parseInt(value);
                    case "--partitions" -> partitions = Integer.parseInt(value);
                    case "--duplicate-threshold" -> duplicates = Double.parseDouble(value);
                    case "--issue-sample" -> sample = Integer.parseInt(value);
                    case "--max-text-bytes" -> maxBytes = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(arg + " needs a number: " + value);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required; " + USAGE);
        }
        return new JobOptions(inputs, out, format, new BriefConfig(summarizer, words), partitions, duplicates, sample,
                maxBytes);
    }
}
