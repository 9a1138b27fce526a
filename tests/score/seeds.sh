#!/usr/bin/env bash
# Seeds acceptance: extract both seed articles and score them with the
# shared scorer (quotes, speakers, non-quotes, boilerplate, titles, people).
set -euo pipefail
seeds="$NM_SHARED/fixtures/seeds"
if [ ! -d "$seeds" ]; then echo "SKIP: $seeds not found (../shared absent)"; exit 77; fi
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$NEWSMON" extract --format jsonl "$seeds"/000_*.txt "$seeds"/004_*.txt > "$out"
python3 "$NM_SHARED/tools/score_seeds.py" "$seeds/gold.json" "$out"

# The digest of both seeds names every official and expert with their words.
digest=$(mktemp); trap 'rm -f "$out" "$digest"' EXIT
"$NEWSMON" digest --format md "$seeds"/000_*.txt "$seeds"/004_*.txt > "$digest"
for name in Kolotov Zhebin Lavrov Kosachev Ryabkov Trump; do
  grep -A2 "^### .*$name" "$digest" | grep -q '^- ' || { echo "digest: no statements under $name"; exit 1; }
done
echo "digest names Kolotov, Zhebin, Lavrov, Kosachev, Ryabkov and Trump with their words"
