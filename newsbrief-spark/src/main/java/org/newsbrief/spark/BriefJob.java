package org.newsbrief.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newsbrief.cluster.AverageLinkageClusterer;
import org.newsbrief.cluster.Edge;
import org.newsbrief.cluster.Signature;
import org.newsbrief.cluster.Vocabulary;
import org.newsbrief.dedup.Shingles;
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.model.Document;
import org.newsbrief.pipeline.BriefPipeline;
import scala.Tuple2;

/**
 * One run of the job on a Spark session: read, analyse, set duplicates aside, cluster, brief,
 * write. Each stage is forced before the next so that {@link JobReport} times it alone.
 * Misuse and bad configuration fail before work; bad data never fails the run. One use per
 * instance; not thread-safe (it is the driver's plan).
 */
public final class BriefJob {

    /**
     * Cached stages are kept serialised: a deserialised cache makes Spark walk every analysed
     * article's object graph to estimate its size, which cost more than the analysis itself.
     */
    private static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK_SER();
    private static final AverageLinkageClusterer.Options CLUSTERING = AverageLinkageClusterer.Options.DEFAULTS;

    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final JobOptions options;
    private final int partitions;
    private final JobReport report = new JobReport();
    private final List<JavaRDD<?>> cached = new ArrayList<>();

    private JavaRDD<ReadItem> read;
    private Map<Long, String> ids;
    /** Ids that differ from the article's origin (an origin met twice), by key. */
    private final Map<Long, String> renamed = new HashMap<>();
    private JavaRDD<Analyzed> analyzed;
    private long[] analysedKeys;
    private Map<Long, Long> copies;
    /** Whether no two articles formed a story, so that all are briefed together as one. */
    private boolean together;

    public BriefJob(SparkSession spark, JobOptions options) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.options = options;
        this.partitions = options.partitions();
    }

    public JobReport run() {
        read();
        JavaPairRDD<Long, Document> documents = analyze();
        deduplicate(documents);
        long[] kept = Arrays.stream(analysedKeys).filter(k -> !copies.containsKey(k)).toArray();
        Broadcast<long[]> keptKeys = jsc.broadcast(kept);
        JavaPairRDD<Integer, Document> indexed = keep(documents
                .filter(d -> Arrays.binarySearch(keptKeys.value(), d._1()) >= 0)
                .mapToPair(d -> new Tuple2<>(Arrays.binarySearch(keptKeys.value(), d._1()), d._2())));
        Vocabulary vocabulary = VocabularyStage.count(indexed, kept.length, partitions);
        Broadcast<Vocabulary> words = jsc.broadcast(vocabulary);
        report.count("terms", vocabulary.ids().size());
        report.stage("vocabulary");
        int[] rank = cluster(indexed, words, kept.length);
        JavaRDD<StoryResult> stories = brief(indexed, words, rank);
        List<IssueRecord> sample = issues();
        JobOutput.write(spark, options, stories, sample, report);
        report.stage("write");
        cached.forEach(rdd -> rdd.unpersist(false));
        return report;
    }

    private void read() {
        List<InputFile> files = InputListing.list(options.inputs(), jsc.hadoopConfiguration());
        Map<String, String> hadoop = new HashMap<>();
        jsc.hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        LongAccumulator badFiles = jsc.sc().longAccumulator("bad files");
        read = keep(jsc.parallelize(files, Math.max(1, Math.min(files.size(), partitions * 4)))
                .mapPartitions(new ArticleReading(hadoop, options.maxTextBytes(), badFiles)));
        List<Tuple2<Long, String>> origins = new ArrayList<>(read.filter(ReadItem::isArticle)
                .map(r -> new Tuple2<>(r.key(), r.article().origin())).collect());
        origins.sort(java.util.Comparator.comparingLong(Tuple2::_1));
        ids = uniqueIds(origins);
        origins.forEach(o -> {
            if (!ids.get(o._1()).equals(o._2())) {
                renamed.put(o._1(), ids.get(o._1()));
            }
        });
        report.count("files", files.size());
        report.count("badFiles", badFiles.value());
        report.count("articlesRead", origins.size());
        report.stage("read");
    }

    private JavaPairRDD<Long, Document> analyze() {
        Broadcast<Map<Long, String>> renames = jsc.broadcast(renamed);
        analyzed = keep(read.filter(ReadItem::isArticle)
                .mapToPair(r -> new Tuple2<>(r.key(), r.article()))
                .repartition(partitions)
                .mapPartitions(new ArticleAnalysis(renames)));
        JavaPairRDD<Long, Document> documents = analyzed.filter(a -> a.document() != null)
                .mapToPair(a -> new Tuple2<>(a.key(), a.document()));
        analysedKeys = documents.keys().collect().stream().mapToLong(Long::longValue).sorted().toArray();
        report.count("articlesAnalysed", analysedKeys.length);
        report.stage("analyze");
        return documents;
    }

    private void deduplicate(JavaPairRDD<Long, Document> documents) {
        JavaPairRDD<Long, Shingles> shingles = documents.mapValues(Shingles::of).persist(KEEP);
        copies = DuplicateStage.find(shingles, options.duplicateThreshold(), partitions);
        shingles.unpersist(false);
        report.count("duplicates", copies.size());
        report.stage("dedup");
    }

    /** Story rank by article index, from the clusterer's steps run as Spark stages. */
    private int[] cluster(JavaPairRDD<Integer, Document> indexed, Broadcast<Vocabulary> words, int size) {
        ClusterStage cluster = new ClusterStage(jsc, CLUSTERING, partitions);
        JavaPairRDD<Integer, Signature> signatures = cluster.signatures(indexed, words);
        JavaRDD<Edge> edges = cluster.edges(signatures, words);
        cached.add(signatures.rdd().toJavaRDD());
        cached.add(edges);
        report.count("edges", edges.count());
        report.stage("signaturesAndEdges");
        List<List<Integer>> groups = cluster.groups(edges, size);
        if (size > 0 && groups.stream().allMatch(group -> group.size() < 2)) {
            // as the single-JVM pipeline: when every article stands alone, all are briefed as one story, with a warning
            together = true;
            groups = List.of(java.util.stream.IntStream.range(0, size).boxed().toList());
        }
        report.count("stories", groups.size());
        report.stage("mergeBlocks");
        return ClusterStage.ranks(groups, size);
    }

    private JavaRDD<StoryResult> brief(JavaPairRDD<Integer, Document> indexed, Broadcast<Vocabulary> words, int[] rank) {
        Broadcast<int[]> ranks = jsc.broadcast(rank);
        Broadcast<Map<String, List<String>>> duplicates = jsc.broadcast(duplicatesByKept());
        JavaRDD<StoryResult> stories = keep(indexed
                .mapToPair(d -> new Tuple2<>(ranks.value()[d._1()], Bytes.of(new BriefStage.Member(d._1(), d._2()))))
                .groupByKey(partitions)
                .mapPartitions(new BriefStage(ConfigJson.write(options.config()), CLUSTERING, words, duplicates,
                        together))
                .sortBy(StoryResult::rank, true, partitions));
        report.count("briefs", stories.filter(s -> s.brief() != null).count());
        report.stage("brief");
        return stories;
    }

    /** Counts every issue by severity and returns the sample the output keeps. */
    private List<IssueRecord> issues() {
        JavaRDD<IssueRecord> issues = read.filter(r -> !r.isArticle())
                .map(r -> new IssueRecord(r.file(), r.issue().source(), r.issue().severity().name(), r.issue().message()))
                .union(analyzed.filter(a -> a.issue() != null).map(a -> new IssueRecord("", a.issue().source(),
                        a.issue().severity().name(), a.issue().message())));
        if (together) {
            issues = jsc.parallelize(List.of(new IssueRecord("", BriefPipeline.NO_STORY_SOURCE, "WARNING",
                    BriefPipeline.noStoryWarning(analysedKeys.length - copies.size())))).union(issues);
        }
        Map<String, Long> severities = new TreeMap<>(issues.map(IssueRecord::severity).countByValue());
        severities.forEach((severity, count) -> report.count("issues" + severity, count));
        return issues.take(options.issueSample());
    }

    private Map<String, List<String>> duplicatesByKept() {
        Map<String, List<String>> byKept = new TreeMap<>();
        copies.forEach((copy, original) -> byKept.computeIfAbsent(ids.get(original), k -> new ArrayList<>())
                .add(ids.get(copy)));
        byKept.values().forEach(list -> list.sort(null));
        return byKept;
    }

    private <T> JavaRDD<T> keep(JavaRDD<T> rdd) {
        cached.add(rdd.persist(KEEP));
        return rdd;
    }

    private <K, V> JavaPairRDD<K, V> keep(JavaPairRDD<K, V> rdd) {
        cached.add(rdd.persist(KEEP).rdd().toJavaRDD());
        return rdd;
    }

    /** Run-unique ids in input order, as the single-JVM reader assigns them. */
    static Map<Long, String> uniqueIds(List<Tuple2<Long, String>> origins) {
        Set<String> taken = new HashSet<>();
        Map<Long, String> ids = new HashMap<>();
        for (Tuple2<Long, String> origin : origins) {
            ids.put(origin._1(), ArticleSources.uniqueId(origin._2(), taken));
        }
        return ids;
    }
}
