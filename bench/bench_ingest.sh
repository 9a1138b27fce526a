#!/usr/bin/env bash
# Ingest benchmark: articles/s and peak RSS of `newsmon ingest` (one worker)
# on (1) the 181 benchmark pages and (2) a generated text corpus
# (bench/gen_corpus.py, NM_BENCH_ARTICLES articles, default 100,000), then
# the kill -9 acceptance (tests/cli/crash.sh on the pages plus the PolNeAR
# texts, three kills). usage: bench_ingest.sh PATH_TO_NEWSMON
set -euo pipefail
newsmon="$(realpath "${1:?usage: bench_ingest.sh PATH_TO_NEWSMON}")"
here="$(cd "$(dirname "$0")" && pwd)"
shared="${NM_SHARED:-$here/../../shared}"
count="${NM_BENCH_ARTICLES:-100000}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# One timed ingest: prints "LABEL: N articles in S s = R articles/s, peak RSS M MB".
measure() {
  local label="$1"; shift
  rm -f "$tmp/b.db" "$tmp/b.db-wal" "$tmp/b.db-shm"
  /usr/bin/time -v "$newsmon" ingest --db "$tmp/b.db" -j 1 "$@" 2> "$tmp/time.txt" >/dev/null || true
  local secs rss n
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
           for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$tmp/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tmp/time.txt")
  n=$("$newsmon" stats --db "$tmp/b.db" --format json |
      python3 -c "import json,sys; print(json.load(sys.stdin)['articles'])")
  awk -v l="$label" -v n="$n" -v s="$secs" -v r="$rss" \
    'BEGIN { printf "%s: %d articles in %.2f s = %.0f articles/s, peak RSS %s MB\n", l, n, s, (s > 0 ? n / s : 0), r }'
  "$newsmon" stats --db "$tmp/b.db" --format json
}

if [ -d "$shared/bench/extraction/html" ]; then
  measure "181 benchmark pages" "$shared/bench/extraction/html"
else
  echo "181 benchmark pages: skipped ($shared/bench/extraction/html not found)"
fi

echo "generating $count synthetic text articles..."
python3 "$here/gen_corpus.py" "$tmp/corpus" --count "$count"
echo "corpus: $(du -sh "$tmp/corpus" | cut -f1) on disk"
measure "generated corpus" "$tmp/corpus"
rm -rf "$tmp/corpus"

if [ -d "$shared/bench/quotes/polnear/train/text" ]; then
  echo "kill -9 acceptance (181 pages + 840 PolNeAR texts, 3 kills):"
  NEWSMON="$newsmon" NM_SHARED="$shared" NM_CRASH_FULL=1 bash "$here/../tests/cli/crash.sh"
fi
