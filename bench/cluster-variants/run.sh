#!/usr/bin/env bash
# Reproduces results.txt: the clustering variants of issue 7 tried on the tuning collections (DUC 2003
# pooled, ECB+ topics 1-35 event level; B-cubed F1 and their mean). The variants are scratch switches
# (variants.patch, against commit ed2cdf3's cluster package, not part of the product); the harness
# compiles that package over the runnable jar and reads one setting per line.
# Usage, from the worktree root after building the jar: bench/cluster-variants/run.sh > bench/cluster-variants/results.txt
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/newsbrief-cli/target/newsbrief.jar"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git -C "$root" archive ed2cdf3 newsbrief-core/src/main/java/org/newsbrief/cluster | tar -x -C "$tmp"
(cd "$tmp" && patch -s -p1 < "$here/variants.patch")
javac -nowarn -d "$tmp/classes" -cp "$jar" "$tmp"/newsbrief-core/src/main/java/org/newsbrief/cluster/*.java \
  "$here/ClusterVariants.java" 2>&1 | grep -v '^Note' || true
run() { java -Xmx3g "$@" -cp "$tmp/classes:$jar" ClusterVariants 2>/dev/null; }
run < "$here/configs.txt"
for mode in 1 2 3; do
  grep -v '^#' "$here/bigram-configs.txt" | run -Dbigrams=$mode | sed "s/^/bigrams=$mode /"
done
