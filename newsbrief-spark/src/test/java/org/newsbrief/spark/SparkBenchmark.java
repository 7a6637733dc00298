package org.newsbrief.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.newsbrief.brief.BriefCollection;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.eval.dataset.DucDataset;
import org.newsbrief.eval.dataset.EvalCluster;
import org.newsbrief.model.Article;
import org.newsbrief.pipeline.BriefPipeline;
import org.newsbrief.pipeline.Progress;

/**
 * Articles per second through the whole job in {@code local[2]} against the single-JVM
 * {@code runStories} on the same input: the pooled DUC 2004 and DUC 2003 documents, repeated with
 * dates shifted by 2,000 days per copy (so copies never meet in time) up to each size, as JSONL
 * files of one copy each. Prints a Markdown report on stdout.
 * Usage: {@code SparkBenchmark SIZE... [--single-up-to N] [--partitions N]}.
 */
public final class SparkBenchmark {

    private SparkBenchmark() {
    }

    record Row(int size, JobReport report, long sparkMillis, long singleMillis, int singleBriefs) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int singleUpTo = Integer.MAX_VALUE;
        int partitions = 8;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--single-up-to" -> singleUpTo = Integer.parseInt(args[++i]);
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        List<Article> pool = new ArrayList<>();
        for (String name : List.of("duc2004", "duc2003")) {
            Path data = TestInputs.sharedData(name).orElseThrow(() -> new IllegalStateException(
                    "../shared/data/" + name + " not found beside the checkout"));
            for (EvalCluster cluster : DucDataset.read(name, data).clusters()) {
                pool.addAll(cluster.documents());
            }
        }
        List<Row> rows = new ArrayList<>();
        run(pool, 300, partitions, 300); // warm-up of both paths (JIT, models), not reported
        for (int size : sizes) {
            rows.add(run(pool, size, partitions, singleUpTo));
            System.gc();
        }
        System.out.println(markdown(rows, pool.size(), partitions));
    }

    private static Row run(List<Article> pool, int size, int partitions, int singleUpTo) throws Exception {
        {
            Path input = Files.createTempDirectory("newsbrief-bench-in");
            write(pool, size, input);
            Path out = Files.createTempDirectory("newsbrief-bench-out").resolve("out");
            SparkSession spark = LocalSpark.start("local[2]");
            long start = System.nanoTime();
            JobReport report = new BriefJob(spark, JobOptions.parse(input.toString(), "--out", out.toString(),
                    "--partitions", String.valueOf(partitions))).run();
            long sparkMillis = (System.nanoTime() - start) / 1_000_000;
            spark.stop();
            System.gc();
            System.err.println(size + " articles: spark " + sparkMillis + " ms " + report.stageMillis());
            long singleMillis = -1;
            int briefs = -1;
            if (size <= singleUpTo) {
                start = System.nanoTime();
                BriefCollection single = new BriefPipeline(BriefConfig.defaults())
                        .runStories(List.of(input), BriefPipeline.Stories.CLUSTER, Progress.NONE);
                singleMillis = (System.nanoTime() - start) / 1_000_000;
                briefs = single.stories().size();
                System.err.println(size + " articles: single JVM " + singleMillis + " ms");
            }
            return new Row(size, report, sparkMillis, singleMillis, briefs);
        }
    }

    private static void write(List<Article> pool, int size, Path input) throws IOException {
        int written = 0;
        for (int copy = 0; written < size; copy++) {
            List<Article> part = pool.subList(0, Math.min(pool.size(), size - written));
            TestInputs.jsonl(input.resolve(String.format(Locale.ROOT, "copy-%04d.jsonl", copy)), part, copy * 2000,
                    "#copy" + copy);
            written += part.size();
        }
    }

    static String markdown(List<Row> rows, int pool, int partitions) {
        StringBuilder md = new StringBuilder();
        md.append("| articles | Spark local[2] ms | Spark articles/s | single JVM ms | single JVM articles/s | ratio (Spark / single) |")
                .append(" stories | briefs (Spark / single) | duplicates set aside |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            double sparkRate = row.size() * 1000.0 / row.sparkMillis();
            double singleRate = row.singleMillis() < 0 ? Double.NaN : row.size() * 1000.0 / row.singleMillis();
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f | %s | %s | %s | %,d | %,d / %s | %,d |%n", row.size(),
                    row.sparkMillis(), sparkRate, row.singleMillis() < 0 ? "not run" : String.format(Locale.ROOT, "%,d",
                            row.singleMillis()), Double.isNaN(singleRate) ? "" : String.format(Locale.ROOT, "%.1f", singleRate),
                    Double.isNaN(singleRate) ? "" : String.format(Locale.ROOT, "%.2f", sparkRate / singleRate),
                    row.report().count("stories"), row.report().count("briefs"),
                    row.singleBriefs() < 0 ? "" : String.valueOf(row.singleBriefs()), row.report().count("duplicates")));
        }
        md.append("\nPer stage (Spark, each stage forced before the next; ms and articles/s of the input):\n\n| articles |");
        Map<String, Long> stages = rows.get(0).report().stageMillis();
        stages.keySet().forEach(stage -> md.append(' ').append(stage).append(" |"));
        md.append("\n|---|").append("---|".repeat(stages.size())).append('\n');
        for (Row row : rows) {
            md.append(String.format(Locale.ROOT, "| %,d |", row.size()));
            row.report().stageMillis().forEach((stage, ms) -> md.append(String.format(Locale.ROOT, " %,d ms (%.0f/s) |", ms,
                    row.size() * 1000.0 / Math.max(1, ms))));
            md.append('\n');
        }
        md.append(String.format(Locale.ROOT, "%nPool: %d DUC 2004 + DUC 2003 documents; partitions: %d; counts of the largest run: %s%n",
                pool, partitions, rows.get(rows.size() - 1).report().counts()));
        return md.toString();
    }
}
