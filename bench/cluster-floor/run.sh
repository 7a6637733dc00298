#!/usr/bin/env bash
# Scratch harness of the clusterfloor stop (issue 7): floor estimates of the neighbourhood floor, each a -D switch of
# floor-variants.patch (NeighbourhoodFloor: -Dnb.pair=mean|max|min|geo, -Dnb.est=rank|gap|otsu|past|quant|mad|band with
# -Dnb.gfrom/-Dnb.gto/-Dnb.gk/-Dnb.grel, -Dnb.q, -Dnb.k, -Dnb.bto). Each variant runs the threshold x floor weight grid
# of grid.txt (grid-high.txt for the band) through bench/cluster-size/run.sh: cells DUC 2003 / ECB+ 1-35 events /
# MN 1-1,000 plus the Multi-News size curve, attach and margin at the defaults. Only tuning collections are read.
# usage, from the worktree root: git apply bench/cluster-floor/floor-variants.patch &&
#   mvn -q -B -o -DskipTests package -am -pl newsbrief-cli && bench/cluster-floor/run.sh > results.txt
#   (NEIGHBOURS=1 also prints the per-collection neighbour statistics of NeighbourDiag.java)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-$here/../../newsbrief-cli/target/newsbrief.jar}
if [ "${NEIGHBOURS:-0}" = 1 ]; then
  out=$(mktemp -d)
  javac -nowarn -cp "$jar" -d "$out" "$here/NeighbourDiag.java"
  java -Xmx3g -cp "$out:$jar" NeighbourDiag 2>/dev/null
fi
run() { name=$1; grid=$2; shift 2; echo "### $name ($*)"; "$here/../cluster-size/run.sh" "$here/$grid" "$@" 2>/dev/null | grep -v '^loaded'; }
run base grid.txt   # the defaults through the patched jar (must equal bench/cluster-size base)
run pair-max grid.txt -Dnb.pair=max
run pair-min grid.txt -Dnb.pair=min
run pair-geo grid.txt -Dnb.pair=geo
run gap-1-30-k1 grid.txt -Dnb.est=gap
run gap-2-30-k1 grid.txt -Dnb.est=gap -Dnb.gfrom=2
run gap-rel-1-30-k1 grid.txt -Dnb.est=gap -Dnb.grel=true
run gap-3-30-k2 grid.txt -Dnb.est=gap -Dnb.gfrom=3 -Dnb.gk=2
run otsu-30-k1 grid.txt -Dnb.est=otsu -Dnb.gto=30
run otsu-30-from2-k1 grid.txt -Dnb.est=otsu -Dnb.gto=30 -Dnb.gfrom=2
run otsu-30-k2 grid.txt -Dnb.est=otsu -Dnb.gto=30 -Dnb.gk=2
run otsu-30-from3-k2 grid.txt -Dnb.est=otsu -Dnb.gto=30 -Dnb.gfrom=3 -Dnb.gk=2
run otsu-20-from2-k2 grid.txt -Dnb.est=otsu -Dnb.gto=20 -Dnb.gfrom=2 -Dnb.gk=2
run past-1-30-k1 grid.txt -Dnb.est=past
run past-1-30-k3 grid.txt -Dnb.est=past -Dnb.gk=3
run quant-0.5 grid.txt -Dnb.est=quant -Dnb.q=0.5
run quant-0.75 grid.txt -Dnb.est=quant -Dnb.q=0.75
run quant-0.9 grid.txt -Dnb.est=quant -Dnb.q=0.9
run mad-1 grid.txt -Dnb.est=mad -Dnb.k=1
run mad-2 grid.txt -Dnb.est=mad -Dnb.k=2
run mad-3 grid.txt -Dnb.est=mad -Dnb.k=3
run band-10-30 grid.txt -Dnb.est=band -Dnb.bto=30
run band-10-30-high grid-high.txt -Dnb.est=band -Dnb.bto=30
run band-10-50-high grid-high.txt -Dnb.est=band -Dnb.bto=50
run band-10-30-fine grid-band.txt -Dnb.est=band -Dnb.bto=30
