package org.newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.newsbrief.eval.dataset.Dataset;
import org.newsbrief.eval.dataset.Datasets;

/** The tuning sets the training commands read ({@code train-scorer}, {@code train-dpp}): never the test set. */
final class TuningData {

    private TuningData() {
    }

    /** Refuses the test set (duc2004) and any name but duc2003 and multinews, before any reading. */
    static void check(String dataset) {
        if (dataset.equals("duc2004")) {
            throw new IllegalArgumentException("duc2004 is the test set: train on duc2003 and multinews only");
        }
        if (!dataset.equals("multinews") && !dataset.equals("duc2003")) {
            throw new IllegalArgumentException("unknown training dataset '" + dataset + "'; valid: multinews, duc2003");
        }
    }

    /** The dataset from ../shared/data (Multi-News: its first {@code limit} validation clusters), saying so on {@code err}. */
    static Dataset open(String dataset, int limit, PrintWriter err) throws IOException {
        check(dataset);
        Path shared = Path.of("..", "shared", "data");
        Path path = dataset.equals("multinews") ? shared.resolve("multinews/multinews_val.jsonl") : shared.resolve(dataset);
        err.println("reading " + dataset + " from " + path + " ...");
        return Datasets.open(dataset, path, dataset.equals("multinews") ? limit : 0);
    }
}
