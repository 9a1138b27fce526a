#!/usr/bin/env bash
# Article-body extraction must not regress: F1 >= 0.950 on the 181 pages of
# ../shared/bench/extraction with the benchmark's own scorer.
set -euo pipefail
bench="${NM_SHARED:-}/bench/extraction"
scorer="${NM_SHARED:-}/tools/score_extraction.py"
if [ -z "${NM_SHARED:-}" ] || [ ! -d "$bench/html" ] || [ ! -f "$scorer" ]; then
    echo "SKIP: $bench not found (../shared absent)"; exit 77
fi
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$NEWSMON" extract --format jsonl -j 2 "$bench/html" > "$out"
line=$(python3 "$scorer" "$bench/ground-truth.json" "$out" | tail -1)
echo "$line"
python3 -c 'import sys; f = float(sys.argv[2]); print("F1 %.4f (minimum 0.950)" % f); sys.exit(0 if f >= 0.950 else 1)' $line
