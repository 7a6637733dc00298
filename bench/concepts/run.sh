#!/usr/bin/env bash
# Concept assignment of the quantity extractor (issue 5) on hand-labelled quantities of the tuning corpora
# (DUC 2003, Multi-News validation clusters 1-1,000). Compiles the harness against the runnable jar.
# Usage, from the worktree root after building the jar:
#   bench/concepts/run.sh score all bench/concepts.md   # dev and held-out, writes the report
#   bench/concepts/run.sh score dev                     # dev only, printed
#   bench/concepts/run.sh errors                        # dev quantities whose concept differs from gold
#   bench/concepts/run.sh sample 20261130 150 150 DIR   # how dev.tsv and heldout.tsv were drawn (gold left '?')
# SHARED (default /work/shared) is the folder with data/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="${JAR:-$root/newsbrief-cli/target/newsbrief.jar}"   # JAR=old.jar scores an older build (the baseline)
shared="${SHARED:-/work/shared}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
javac -nowarn -d "$tmp" -cp "$jar" "$here/ConceptBench.java"
mode="$1"; shift
case "$mode" in
  sample) java -Xmx2g -cp "$tmp:$jar" ConceptBench sample "$shared" "$@" ;;
  score) part="$1"; shift
    if [ "$#" -gt 0 ]; then
      { printf '# Concept assignment (issue 5)\n\nCommand: `bench/concepts/run.sh score %s %s`. Which concept (killed, fled, displaced, wounded, besieged, captured, evacuated, or - for none) each quantity of `QuantityExtractor.withoutTagger()` measures, against hand labels (`bench/concepts/dev.tsv`, `heldout.tsv`: ids and offsets only, the text is read from the corpora) of quantities in sentences with a number and a cue word, drawn with seed 20261130 from the tuning corpora only (DUC 2003, Multi-News validation clusters 1-1,000), two disjoint samples of 150. The rules of `ConceptCues` were developed on DEV; HELD-OUT was scored once, before (baseline) and after. See bench/README.md, Quantities.\n\n' "$part" "$1"
        java -Xmx2g -cp "$tmp:$jar" ConceptBench score "$shared" "$here" "$part" 2>/dev/null; } > "$1"
      cat "$1"
    else
      java -Xmx2g -cp "$tmp:$jar" ConceptBench score "$shared" "$here" "$part" 2>/dev/null
    fi ;;
  errors) java -Xmx2g -cp "$tmp:$jar" ConceptBench errors "$shared" "$here" 2>/dev/null ;;
  *) echo "usage: run.sh sample|score|errors ..." >&2; exit 2 ;;
esac
