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
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.model.Document;
import scala.Tuple2;

/**
 * One run of the job on a Spark session: read, analyse, set duplicates aside, cluster, brief,
 * write. Each stage is forced before the next so that {@link JobReport} times it alone.
 * Misuse and bad configuration fail before work; bad data never fails the run.
 */
public final class BriefJob {

    /**
     * Cached stages are kept serialised: a deserialised cache makes Spark walk every analysed
     * article's object graph to estimate its size, which cost more than the analysis itself.
     */
    private static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK_SER();

    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final JobOptions options;
    private final JobReport report = new JobReport();

    public BriefJob(SparkSession spark, JobOptions options) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.options = options;
    }

    public JobReport run() {
        int partitions = options.partitions();
        List<InputFile> files = InputListing.list(options.inputs(), jsc.hadoopConfiguration());
        Map<String, String> hadoop = new HashMap<>();
        jsc.hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        LongAccumulator badFiles = jsc.sc().longAccumulator("bad files");
        JavaRDD<ReadItem> read = jsc.parallelize(files, Math.max(1, Math.min(files.size(), partitions * 4)))
                .mapPartitions(new ArticleReading(hadoop, options.maxTextBytes(), badFiles)).persist(KEEP);
        List<Tuple2<Long, String>> origins = new ArrayList<>(read.filter(ReadItem::isArticle)
                .map(r -> new Tuple2<>(r.key(), r.article().origin())).collect());
        origins.sort(java.util.Comparator.comparingLong(Tuple2::_1));
        Map<Long, String> ids = uniqueIds(origins);
        Map<Long, String> renamed = new HashMap<>();
        origins.forEach(o -> {
            if (!ids.get(o._1()).equals(o._2())) {
                renamed.put(o._1(), ids.get(o._1()));
            }
        });
        report.count("files", files.size());
        report.count("articlesRead", origins.size());
        report.stage("read");

        Broadcast<Map<Long, String>> renames = jsc.broadcast(renamed);
        JavaRDD<Analyzed> analyzed = read.filter(ReadItem::isArticle)
                .mapToPair(r -> new Tuple2<>(r.key(), r.article()))
                .repartition(partitions)
                .mapPartitions(new ArticleAnalysis(renames)).persist(KEEP);
        JavaPairRDD<Long, Document> documents = analyzed.filter(a -> a.document() != null)
                .mapToPair(a -> new Tuple2<>(a.key(), a.document()));
        long[] analysedKeys = documents.keys().collect().stream().mapToLong(Long::longValue).sorted().toArray();
        report.count("articlesAnalysed", analysedKeys.length);
        report.stage("analyze");

        JavaPairRDD<Long, Shingles> shingles = documents.mapValues(Shingles::of).persist(KEEP);
        Map<Long, Long> copies = DuplicateStage.find(shingles, options.duplicateThreshold(), partitions);
        shingles.unpersist();
        report.count("duplicates", copies.size());
        report.stage("dedup");

        long[] kept = Arrays.stream(analysedKeys).filter(k -> !copies.containsKey(k)).toArray();
        Broadcast<long[]> keptKeys = jsc.broadcast(kept);
        JavaPairRDD<Integer, Document> indexed = documents
                .filter(d -> Arrays.binarySearch(keptKeys.value(), d._1()) >= 0)
                .mapToPair(d -> new Tuple2<>(Arrays.binarySearch(keptKeys.value(), d._1()), d._2())).persist(KEEP);
        int size = kept.length;
        Vocabulary vocabulary = VocabularyStage.count(indexed, size, partitions);
        Broadcast<Vocabulary> words = jsc.broadcast(vocabulary);
        report.count("terms", vocabulary.ids().size());
        report.stage("vocabulary");

        AverageLinkageClusterer.Options clustering = AverageLinkageClusterer.Options.DEFAULTS;
        ClusterStage cluster = new ClusterStage(jsc, clustering, partitions);
        JavaPairRDD<Integer, Signature> signatures = cluster.signatures(indexed, words);
        JavaRDD<Edge> edges = cluster.edges(signatures, words);
        report.count("edges", edges.count());
        report.stage("signaturesAndEdges");
        List<List<Integer>> groups = cluster.groups(edges, size);
        int[] rank = ClusterStage.ranks(groups, size);
        report.count("stories", groups.size());
        report.stage("mergeBlocks");

        Broadcast<int[]> ranks = jsc.broadcast(rank);
        Broadcast<Map<String, List<String>>> duplicates = jsc.broadcast(duplicatesByKept(copies, ids));
        JavaRDD<StoryResult> stories = indexed
                .mapToPair(d -> new Tuple2<>(ranks.value()[d._1()], Bytes.of(new BriefStage.Member(d._1(), d._2()))))
                .groupByKey(partitions)
                .mapPartitions(new BriefStage(ConfigJson.write(options.config()), clustering, words, duplicates))
                .sortBy(StoryResult::rank, true, partitions).persist(KEEP);
        report.count("briefs", stories.filter(s -> s.brief() != null).count());
        report.stage("brief");

        JavaRDD<IssueRecord> issues = read.filter(r -> !r.isArticle())
                .map(r -> new IssueRecord(r.file(), r.issue().source(), r.issue().severity().name(), r.issue().message()))
                .union(analyzed.filter(a -> a.issue() != null).map(a -> new IssueRecord(a.document() == null
                        ? "" : a.document().article().origin(), a.issue().source(), a.issue().severity().name(),
                        a.issue().message())));
        Map<String, Long> severities = new TreeMap<>(issues.map(IssueRecord::severity).countByValue());
        severities.forEach((severity, count) -> report.count("issues" + severity, count));
        report.count("badFiles", badFiles.value());
        List<IssueRecord> sample = issues.take(options.issueSample());
        JobOutput.write(spark, options, stories, sample, report);
        report.stage("write");
        for (var rdd : List.of(read, analyzed, indexed.rdd().toJavaRDD(), signatures.rdd().toJavaRDD(), edges, stories)) {
            rdd.unpersist(false);
        }
        return report;
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

    private static Map<String, List<String>> duplicatesByKept(Map<Long, Long> copies, Map<Long, String> ids) {
        Map<String, List<String>> byKept = new TreeMap<>();
        copies.forEach((copy, original) -> byKept.computeIfAbsent(ids.get(original), k -> new ArrayList<>())
                .add(ids.get(copy)));
        byKept.values().forEach(list -> list.sort(null));
        return byKept;
    }
}
