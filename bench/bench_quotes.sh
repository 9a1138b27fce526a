#!/usr/bin/env bash
# Text throughput with quote extraction on, one thread: best of 3 runs of
# `newsmon extract --as text -j 1` over a text corpus (PolNeAR train by
# default, or the directory given), output discarded.
# usage: bench/bench_quotes.sh [NEWSMON] [TEXT_DIR]
set -euo pipefail
bin=${1:-build/newsmon}
dir=${2:-../shared/bench/quotes/polnear/train/text}
if [ ! -d "$dir" ]; then echo "SKIP: $dir not found"; exit 0; fi
bytes=$(cat "$dir"/*.txt | wc -c)
best=
for _ in 1 2 3; do
    s=$(date +%s.%N)
    "$bin" extract --format jsonl --as text -j 1 "$dir" > /dev/null
    e=$(date +%s.%N)
    t=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.6f", e - s }')
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
done
awk -v n="$bytes" -v t="$best" \
    'BEGIN { printf "quotes bench: %d bytes in %.3f s (best of 3) = %.1f MB/s, one thread\n", n, t, n / t / 1e6 }'
