package org.newsbrief.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's entry point for {@code spark-submit}: {@code INPUT... --out DIR [options]} (see
 * {@link JobOptions}). Without a master from spark-submit it runs in {@code local[2]}.
 * Exit code 2 for bad usage or a missing input, before any work.
 */
public final class SparkBriefJob {

    private SparkBriefJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsbrief-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("newsbrief");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[2]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        int status = 0;
        try {
            JobReport report = new BriefJob(spark, options).run();
            System.err.println("newsbrief-spark: " + report.counts() + " in " + report.stageMillis() + " ms");
        } catch (IllegalArgumentException e) {
            System.err.println("newsbrief-spark: " + e.getMessage());
            status = 2;
        } finally {
            spark.stop();
        }
        if (status != 0) {
            System.exit(status);
        }
    }
}
