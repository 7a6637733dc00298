#!/usr/bin/env bash
# Runs the Spark benchmark (bench/spark.md): the job in local[2] against the single JVM.
# Usage: bench/spark-bench.sh 10000 [20000 ...] [--single-up-to N] [--partitions N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q -pl newsbrief-spark -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >&2
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
exec java -Xmx${BENCH_HEAP:-16g} $opens -Djdk.reflect.useDirectMethodHandle=false \
    -Dlog4j2.configurationFile=newsbrief-spark/src/test/resources/log4j2-test.properties \
    -cp "newsbrief-spark/target/test-classes:newsbrief-spark/target/classes:$(cat newsbrief-spark/target/cp.txt)" \
    org.newsbrief.spark.SparkBenchmark "$@"
