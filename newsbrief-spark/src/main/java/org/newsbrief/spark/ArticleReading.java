package org.newsbrief.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.newsbrief.ingest.ArticleSources;
import org.newsbrief.model.Issue;
import org.newsbrief.model.IssueLog;

/**
 * Reads the files of one partition with the project's own readers, built once per partition.
 * A file on a file system other than the local one is copied to a local temporary file first
 * (the readers stream WARC and JSONL, so memory stays bounded). Bad records are issues; a file
 * that fails as a whole is one issue; nothing here fails the task.
 */
final class ArticleReading implements FlatMapFunction<Iterator<InputFile>, ReadItem> {

    private static final long serialVersionUID = 1L;
    /** Issues kept per file: a file of a million broken records cannot flood the job. */
    private static final int ISSUES_PER_FILE = 1_000;

    private final Map<String, String> hadoop;
    private final long maxTextBytes;
    private final LongAccumulator badFiles;

    ArticleReading(Map<String, String> hadoop, long maxTextBytes, LongAccumulator badFiles) {
        this.hadoop = hadoop;
        this.maxTextBytes = maxTextBytes;
        this.badFiles = badFiles;
    }

    @Override
    public Iterator<ReadItem> call(Iterator<InputFile> files) {
        ArticleSources sources = new ArticleSources(ArticleSources.standardReaders(), maxTextBytes);
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        List<ReadItem> items = new ArrayList<>();
        while (files.hasNext()) {
            read(files.next(), sources, conf, items);
        }
        return items.iterator();
    }

    private void read(InputFile file, ArticleSources sources, Configuration conf, List<ReadItem> items) {
        IssueLog issues = new IssueLog(ISSUES_PER_FILE);
        int[] record = {0};
        java.nio.file.Path copy = null;
        try {
            Path path = new Path(file.path());
            java.nio.file.Path root;
            java.nio.file.Path local;
            if ("file".equals(path.toUri().getScheme())) {
                root = java.nio.file.Path.of(new Path(file.root()).toUri());
                local = java.nio.file.Path.of(path.toUri());
            } else {
                copy = Files.createTempDirectory("newsbrief-read");
                root = copy;
                local = copy.resolve(file.relativeName());
                Files.createDirectories(local.getParent());
                FileSystem fs = path.getFileSystem(conf);
                try (InputStream in = fs.open(path)) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            sources.readFile(root, local, article -> items.add(ReadItem.of(file.key(record[0]++), article, file.path())),
                    issues);
        } catch (IOException | RuntimeException | LinkageError e) {
            badFiles.add(1);
            issues.add(Issue.skipped(file.relativeName(), "cannot read file: " + e));
        } finally {
            delete(copy);
        }
        for (Issue issue : issues.issues()) {
            items.add(ReadItem.of(file.key(0), issue, file.path()));
        }
        if (issues.dropped() > 0) {
            items.add(ReadItem.of(file.key(0), Issue.skipped(file.relativeName(),
                    issues.dropped() + " more issues in this file not kept"), file.path()));
        }
    }

    private static void delete(java.nio.file.Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary copy left behind costs disk, not correctness
        }
    }
}
