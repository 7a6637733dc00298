#!/usr/bin/env bash
# Reproduces results.txt: a learned edge score for the batch clusterer (issue 7), judged by
# leave-one-collection-out on the three tuning collections of `bench cluster` (DUC 2003 pooled,
# ECB+ 1-35 events, Multi-News 1-1,000 pooled): train on two, cluster and score the third (B-cubed
# F1; the criterion is the mean of the three held-out scores). The test collections are not read.
# The harness sits in package org.newsbrief.cluster to reuse the clusterer's package-private steps.
# Usage, from the worktree root after building the jar:
#   bench/cluster-learned/run.sh < bench/cluster-learned/configs.txt > bench/cluster-learned/results.txt
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/newsbrief-cli/target/newsbrief.jar"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
javac -nowarn -d "$tmp" -cp "$jar" "$here/LearnedEdgeTuning.java"
java -Xmx3g -cp "$tmp:$jar" org.newsbrief.cluster.LearnedEdgeTuning 2>/dev/null
