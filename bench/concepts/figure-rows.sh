#!/usr/bin/env bash
# Every key-figure row (concept, counted thing, scope, [incident], agreement, articles, values) of a story, and with
# "full" each value with its window, incident and context: a reading aid for FigureReconciler's grouping.
# Usage: bench/concepts/figure-rows.sh STORY [full]   (runnable jar: JAR, default newsbrief-cli/target/newsbrief.jar)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="${JAR:-$here/../../newsbrief-cli/target/newsbrief.jar}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
javac -nowarn -d "$tmp" -cp "$jar" "$here/FigureRows.java"
java -Xmx2g -cp "$tmp:$jar" FigureRows "$@" 2>/dev/null
