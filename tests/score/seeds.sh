#!/usr/bin/env bash
# Seeds acceptance: extract both seed articles and score them with the
# shared scorer (quotes, speakers, non-quotes, boilerplate, titles, people).
set -euo pipefail
seeds="$NM_SHARED/fixtures/seeds"
if [ ! -d "$seeds" ]; then echo "SKIP: $seeds not found (../shared absent)"; exit 77; fi
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$NEWSMON" extract --format jsonl "$seeds"/000_*.txt "$seeds"/004_*.txt > "$out"
python3 "$NM_SHARED/tools/score_seeds.py" "$seeds/gold.json" "$out"
