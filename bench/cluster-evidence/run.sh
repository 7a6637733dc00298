#!/usr/bin/env bash
# Reproduces results.txt: the event-evidence option of AverageLinkageClusterer (issue 7) tuned on the
# three tuning collections of `bench cluster` (DUC 2003 pooled, ECB+ 1-35 events, Multi-News 1-1,000
# pooled; B-cubed F1 and their mean). The test collections are not read. Compiles the harness against
# the runnable jar and reads one setting per line.
# Usage, from the worktree root after building the jar:
#   bench/cluster-evidence/run.sh < bench/cluster-evidence/configs.txt > bench/cluster-evidence/results.txt
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/newsbrief-cli/target/newsbrief.jar"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
javac -nowarn -d "$tmp" -cp "$jar" "$here/EvidenceTuning.java"
java -Xmx3g -cp "$tmp:$jar" EvidenceTuning 2>/dev/null
