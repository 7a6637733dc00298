#!/usr/bin/env bash
# Place containments (PlaceContainment, key figures) learned in the 57 stories of run.sh and Timeline17
# haiti_bbc, one line per containment: "story | place < container". Compare two jars with diff.
# Usage, from the worktree root after building the jar:
#   bench/entity-dump/containment.sh [JAR] > OUT.txt      (ENTITY_PLACES=1: every place entity looked up)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="${1:-$root/newsbrief-cli/target/newsbrief.jar}"
data="${DATA:-$root/../shared/data}"
example="${EXAMPLE:-$root/../shared/examples/aleppo-2016}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
javac -nowarn -d "$tmp" -cp "$jar" "$here/ContainmentDump.java"
inputs=("$example" "$data/timeline17/haiti_bbc/articles.json")
for d in "$data"/duc2004/docs/*/; do inputs+=("${d%/}"); done
for t in EgyptianProtest_cnn H1N1_bbc H1N1_guardian LibyaWar_reuters MJ_bbc SyrianCrisis_bbc; do
  inputs+=("$data/timeline17/$t/articles.json")
done
java -Xmx3g -cp "$tmp:$jar" org.newsbrief.facts.ContainmentDump "${inputs[@]}" 2>/dev/null
