#!/usr/bin/env bash
# Entity dumps of the 57 stories read for issue 5 ("Names"): the aleppo example, the 50 DUC 2004
# folders and six Timeline17 topics. Writes OUT/<story>.txt, every entity with two spellings or more
# ("name | type | mentions | spellings"). Compare two dumps with diff -r.
# Usage, from the worktree root after building the jar:
#   bench/entity-dump/run.sh OUT [JAR]        (JAR: default newsbrief-cli/target/newsbrief.jar)
#   REPS=300 bench/entity-dump/run.sh OUT     (also times EntityResolver.resolve per story)
#   ALL=1 bench/entity-dump/run.sh OUT        (every entity, one spelling or more)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$1"
jar="${2:-$root/newsbrief-cli/target/newsbrief.jar}"
data="${DATA:-$root/../shared/data}"
example="${EXAMPLE:-$root/../shared/examples/aleppo-2016}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
javac -nowarn -d "$tmp" -cp "$jar" "$here/EntityDump.java"
inputs=("$example")
for d in "$data"/duc2004/docs/*/; do inputs+=("${d%/}"); done
for t in EgyptianProtest_cnn H1N1_bbc H1N1_guardian LibyaWar_reuters MJ_bbc SyrianCrisis_bbc; do
  inputs+=("$data/timeline17/$t/articles.json")
done
java -Xmx3g -cp "$tmp:$jar" EntityDump "$out" "${inputs[@]}" 2>/dev/null
