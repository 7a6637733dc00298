#!/usr/bin/env bash
# Same-JVM A/B of the event evidence's clustering cost (CostAB.java): N articles, R alternated runs each.
# Usage, from the worktree root after building the jar: bench/cluster-evidence/cost.sh 20000 3
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/../../newsbrief-cli/target/newsbrief.jar"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
javac -nowarn -d "$tmp" -cp "$jar" "$here/CostAB.java"
java -Xmx4g -cp "$tmp:$jar" CostAB "$@" 2>/dev/null
