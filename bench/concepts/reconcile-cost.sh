#!/usr/bin/env bash
# Same-JVM A/B of FigureReconciler.reconcile (the brief's key figures: extraction, windows, scopes, groups) of an
# old and a new runnable jar over a story folder or file, thread CPU time, the two interleaved.
# Usage: bench/concepts/reconcile-cost.sh OLD.jar NEW.jar [STORY] [ROUNDS]
#   e.g. bench/concepts/reconcile-cost.sh /tmp/old.jar newsbrief-cli/target/newsbrief.jar examples/aleppo-2016 100
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
javac -nowarn -d "$tmp" "$here/ReconcileCost.java"
java -Xmx2g -cp "$tmp" ReconcileCost "$1" "$2" "${3:-examples/aleppo-2016}" "${4:-100}" 2>/dev/null
