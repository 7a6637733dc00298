#!/usr/bin/env bash
# Same-JVM A/B of a whole warm brief of an old and a new runnable jar (thread CPU per brief, rounds interleaved).
# Usage: bench/brief-cost/run.sh OLD.jar NEW.jar [ROUNDS] [PATH...]
#   e.g. bench/brief-cost/run.sh /tmp/old.jar newsbrief-cli/target/newsbrief.jar 40 examples/aleppo-2016
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
javac -nowarn -d "$tmp" "$here/BriefCost.java"
old="$1"; new="$2"; rounds="${3:-40}"; shift 2; [ "$#" -gt 0 ] && shift
[ "$#" -gt 0 ] || set -- examples/aleppo-2016
java -Xmx2g -cp "$tmp" BriefCost "$old" "$new" "$rounds" "$@" 2>/dev/null
