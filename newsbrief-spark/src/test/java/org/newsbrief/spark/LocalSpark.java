package org.newsbrief.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session in local mode for tests and the benchmark: loopback only, no UI, few shuffle partitions. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start(String master) {
        return SparkSession.builder().master(master).appName("newsbrief-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .getOrCreate();
    }
}
