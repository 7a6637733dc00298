package org.newsbrief.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a run's output under one directory: {@code stories/} (one brief per story of two or
 * more articles, or the one brief of all articles when none formed a story), {@code index/} (every story: id, title, dates, articles, duplicates),
 * {@code issues/} (a bounded sample), as JSON lines or Parquet, plus {@code config.json} and
 * {@code run.json} (counts and stage times). Stateless.
 */
final class JobOutput {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(
            new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JobOutput() {
    }

    static void write(SparkSession spark, JobOptions options, JavaRDD<StoryResult> stories, List<IssueRecord> issues,
            JobReport report) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String out = options.out();
        if (options.format().equals("parquet")) {
            spark.createDataFrame(stories.filter(s -> s.brief() != null).map(s -> RowFactory.create(s.id(), s.rank(),
                    s.title(), s.brief())), storySchema()).write().parquet(out + "/stories");
            spark.createDataFrame(stories.map(JobOutput::indexRow), indexSchema()).write().parquet(out + "/index");
            List<Row> rows = new ArrayList<>();
            issues.forEach(i -> rows.add(RowFactory.create(i.file(), i.record(), i.severity(), i.reason())));
            spark.createDataFrame(rows, issueSchema()).coalesce(1).write().parquet(out + "/issues");
        } else {
            stories.filter(s -> s.brief() != null).map(StoryResult::brief).saveAsTextFile(out + "/stories");
            stories.map(JobOutput::indexJson).saveAsTextFile(out + "/index");
            List<String> lines = new ArrayList<>();
            for (IssueRecord issue : issues) {
                lines.add(json(issue));
            }
            jsc.parallelize(lines, 1).saveAsTextFile(out + "/issues");
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("schema", "newsbrief/spark-config/1");
        config.put("version", org.newsbrief.brief.RunInfo.currentVersion());
        config.put("config", options.config());
        config.put("inputs", options.inputs());
        config.put("format", options.format());
        config.put("partitions", options.partitions());
        config.put("duplicateThreshold", options.duplicateThreshold());
        config.put("maxTextBytes", options.maxTextBytes());
        writeFile(jsc, out + "/config.json", json(config));
        writeFile(jsc, out + "/run.json", json(report.toMap()));
    }

    static String indexJson(StoryResult story) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("story", story.id());
        map.put("title", story.title());
        map.put("first", story.first());
        map.put("last", story.last());
        map.put("size", story.articleIds().size());
        map.put("articles", story.articleIds());
        map.put("duplicates", story.duplicates());
        map.put("briefed", story.brief() != null);
        return json(map);
    }

    private static Row indexRow(StoryResult s) {
        return RowFactory.create(s.id(), s.rank(), s.title(), s.first() == null ? null : s.first().toString(),
                s.last() == null ? null : s.last().toString(), s.articleIds().toArray(new String[0]),
                s.duplicates().toArray(new String[0]), s.brief() != null);
    }

    private static StructType storySchema() {
        return new StructType().add("story", DataTypes.StringType).add("rank", DataTypes.IntegerType)
                .add("title", DataTypes.StringType).add("brief", DataTypes.StringType);
    }

    private static StructType indexSchema() {
        return new StructType().add("story", DataTypes.StringType).add("rank", DataTypes.IntegerType)
                .add("title", DataTypes.StringType).add("first", DataTypes.StringType).add("last", DataTypes.StringType)
                .add("articles", DataTypes.createArrayType(DataTypes.StringType))
                .add("duplicates", DataTypes.createArrayType(DataTypes.StringType))
                .add("briefed", DataTypes.BooleanType);
    }

    private static StructType issueSchema() {
        return new StructType().add("file", DataTypes.StringType).add("record", DataTypes.StringType)
                .add("severity", DataTypes.StringType).add("reason", DataTypes.StringType);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFile(JavaSparkContext jsc, String file, String text) {
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(jsc.hadoopConfiguration());
            try (OutputStream stream = fs.create(path, false)) {
                stream.write((text + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
