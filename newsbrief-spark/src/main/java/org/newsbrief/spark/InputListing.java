package org.newsbrief.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsbrief.ingest.ArticleSources;

/**
 * Lists the input files on the driver, in the order the single-JVM reader walks them: inputs in
 * the order given, files of a directory recursively in name order, hidden files and READMEs
 * passed over. A missing input fails the job before any work. Stateless.
 */
final class InputListing {

    private InputListing() {
    }

    static List<InputFile> list(List<String> inputs, Configuration hadoop) {
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(hadoop);
                if (!fs.exists(path)) {
                    throw new IllegalArgumentException("no such file or directory: " + input);
                }
                Path qualified = fs.makeQualified(path);
                FileStatus status = fs.getFileStatus(qualified);
                if (status.isDirectory()) {
                    addDirectory(fs, qualified, files);
                } else {
                    files.add(new InputFile(files.size(), qualified.getParent().toString(), qualified.toString(),
                            qualified.getName()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static void addDirectory(FileSystem fs, Path root, List<InputFile> files) throws IOException {
        String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> walk = fs.listFiles(root, true);
        while (walk.hasNext()) {
            LocatedFileStatus file = walk.next();
            String path = file.getPath().toString();
            if (file.isFile() && path.startsWith(prefix) && !ArticleSources.isPassedOver(path.substring(prefix.length()))) {
                found.add(path);
            }
        }
        found.sort(null);
        for (String path : found) {
            files.add(new InputFile(files.size(), root.toString(), path, path.substring(prefix.length())));
        }
    }
}
