#!/usr/bin/env bash
# Durability: kill -9 an ingest while 10-90% of it is stored, run the same
# command again, and the store must end with exactly the clean run's stats
# (articles, duplicates, stories, quotes, people) — ROUNDS times.
#
# CI runs a subset (the seeds and the PolNeAR train texts, small batches so
# a kill lands mid-batch). `bench/bench_ingest.sh` runs the acceptance
# (the 181 pages plus the 840 PolNeAR texts) with NM_CRASH_FULL=1.
set -euo pipefail
seeds="$NM_SHARED/fixtures/seeds"
polnear="$NM_SHARED/bench/quotes/polnear/train/text"
html="$NM_SHARED/bench/extraction/html"
for d in "$seeds" "$polnear" "$html"; do
  if [ ! -d "$d" ]; then echo "SKIP: $d not found (../shared absent)"; exit 77; fi
done
if [ "${NM_CRASH_FULL:-0}" = 1 ]; then
  inputs=("$html" "$polnear"); batch=${NM_CRASH_BATCH:-256}
else
  inputs=("$seeds" "$polnear"); batch=${NM_CRASH_BATCH:-16}
fi
rounds=${NM_CRASH_ROUNDS:-3}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
count() {
  if command -v sqlite3 >/dev/null; then
    sqlite3 "$1" "SELECT count(*) FROM articles" 2>/dev/null || echo 0
  else
    "$NEWSMON" stats --db "$1" --format json 2>/dev/null |
      python3 -c "import json,sys; print(json.load(sys.stdin)['articles'])" 2>/dev/null || echo 0
  fi
}
now_ms() { date +%s%3N; }

t0=$(now_ms)
"$NEWSMON" ingest --db "$tmp/clean.db" --batch "$batch" "${inputs[@]}" 2>/dev/null
clean_ms=$(( $(now_ms) - t0 ))
clean=$("$NEWSMON" stats --db "$tmp/clean.db" --format json)
total=$(count "$tmp/clean.db")
echo "clean run: $clean ($clean_ms ms)"

for round in $(seq 1 "$rounds"); do
  db="$tmp/crash$round.db"
  # Kill at a different point each round, from 10% to 90% of the clean
  # run's time; when fewer than 10% or more than 90% of the articles were
  # stored at the kill, try again from scratch at a nudged time.
  pct=$(( 10 + (round - 1) * 80 / (rounds > 1 ? rounds - 1 : 1) ))
  stored=0
  lo=$(( (total + 9) / 10 )); hi=$(( total * 9 / 10 ))
  for attempt in 1 2 3 4 5 6 7 8; do
    rm -f "$db" "$db-wal" "$db-shm"
    "$NEWSMON" ingest --db "$db" --batch "$batch" "${inputs[@]}" 2>/dev/null &
    pid=$!
    sleep "$(awk -v ms="$clean_ms" -v p="$pct" 'BEGIN { printf "%.3f", ms * p / 100000 }')"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    stored=$(count "$db")
    if [ "$stored" -gt "$hi" ]; then pct=$(( pct * 3 / 4 ));
    elif [ "$stored" -lt "$lo" ]; then pct=$(( pct + 8 ));
    else break; fi
  done
  [ "$stored" -ge "$lo" ] && [ "$stored" -le "$hi" ] \
    || fail "round $round: could not kill the ingest at 10-90% ($stored of $total stored)"
  "$NEWSMON" ingest --db "$db" --batch "$batch" "${inputs[@]}" 2>/dev/null \
    || fail "round $round: rerun failed"
  after=$("$NEWSMON" stats --db "$db" --format json)
  echo "round $round: killed with $stored of $total stored ($(( stored * 100 / total ))%); after rerun: $after"
  [ "$after" = "$clean" ] || fail "round $round: $after differs from the clean run $clean"
done
echo "ok"
