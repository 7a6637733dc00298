#!/usr/bin/env python3
"""Paired bootstrap of per-cluster ROUGE differences between summarizers in one eval report.

Usage: bench/paired-bootstrap.py bench/eval-multinews-heldout.json learned
Prints, for every other summarizer of the report, the mean difference (x100) of ROUGE-1 and
ROUGE-2 against the named one, with a 95% interval from 1,000 resamples of the clusters (seed 1),
and how many clusters it wins and loses.
"""
import json
import random
import sys

results = json.load(open(sys.argv[1]))['report']['results']
by_name = {r['summarizer']: r['perCluster'] for r in results}
base = sys.argv[2]
for other in [name for name in by_name if name != base]:
    for metric in ['ROUGE-1', 'ROUGE-2']:
        diffs = [100 * (a['scores'][metric] - b['scores'][metric]) for a, b in zip(by_name[base], by_name[other])]
        rnd = random.Random(1)
        n = len(diffs)
        means = sorted(sum(diffs[rnd.randrange(n)] for _ in range(n)) / n for _ in range(1000))
        print(f"{base} - {other} {metric}: {sum(diffs) / n:+.2f} (95% {means[25]:+.2f} .. {means[974]:+.2f});"
              f" {base} better in {sum(d > 0 for d in diffs)}/{n}, worse in {sum(d < 0 for d in diffs)}")
