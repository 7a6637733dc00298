#!/usr/bin/env bash
# Same-JVM A/B of the extraction cost: QuantityExtractor.withoutTagger().extract (the key figures' path) of an
# old and a new runnable jar over every sentence of a story folder, thread CPU time, the two interleaved.
# Usage: bench/concepts/cost.sh OLD.jar NEW.jar [STORY_DIR] [ROUNDS]
#   e.g. git stash / build / cp newsbrief-cli/target/newsbrief.jar /tmp/old.jar, then
#   bench/concepts/cost.sh /tmp/old.jar newsbrief-cli/target/newsbrief.jar examples/aleppo-2016 300
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
javac -nowarn -d "$tmp" "$here/ExtractionCost.java"
java -Xmx1g -cp "$tmp" ExtractionCost "$1" "$2" "${3:-examples/aleppo-2016}" "${4:-300}" 2>/dev/null
