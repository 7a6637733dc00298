#!/usr/bin/env bash
# Scratch harness of the clustersize stop (issue 7): tuning cells (DUC 2003 / ECB+ 1-35 events / Multi-News 1-1,000)
# and the Multi-News size curve (disjoint pools of 125/250/500/1,000 of clusters 1-1,000) for each config line.
# Config keys: t threshold, w floor weight, r floor rank, as/at attach size/threshold, mt/mr/ms margin, ta/wa/ra
# exponents of (N/2842) on t/w/r, wn: w * max(1, N/wn)^wa instead. -Ddistract=true: MN 1-1,000 + DUC 2003 + ECB+ 1-35
# pooled, total and per-part B3. The floor variants (-Dnb.mutual, -Dnb.fp, -Dnb.h) need floor-variants.patch applied
# to newsbrief-core and the jar rebuilt. Only tuning collections are read.
# usage: bench/cluster-size/run.sh configs.txt [java -D options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-$here/../../newsbrief-cli/target/newsbrief.jar}
out=$(mktemp -d)
javac -cp "$jar" -d "$out" "$here/SizeCurve.java"
cfg=$1; shift
java -Xmx3g "$@" -cp "$out:$jar" SizeCurve "$cfg"
