#!/usr/bin/env bash
# Store acceptance through the CLI: ingest the 181 benchmark pages, the
# seeds and the PolNeAR texts; a second ingest changes no count; the seeds
# share a story nobody else joins; search finds Kosachev in seed 004; a
# stored story renders as a digest; the store's quotes can be listed.
set -euo pipefail
html="$NM_SHARED/bench/extraction/html"
seeds="$NM_SHARED/fixtures/seeds"
polnear="$NM_SHARED/bench/quotes/polnear/train/text"
for d in "$html" "$seeds" "$polnear"; do
  if [ ! -d "$d" ]; then echo "SKIP: $d not found (../shared absent)"; exit 77; fi
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
db="$tmp/news.db"
fail() { echo "FAIL: $*"; exit 1; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

"$NEWSMON" ingest --db "$db" -j 2 "$html" "$seeds"/*.txt "$polnear" 2>"$tmp/err" || fail "ingest exit $?: $(cat "$tmp/err")"
first=$("$NEWSMON" stats --db "$db" --format json)
echo "after one ingest: $first"
html_stored=$(sqlite3 "$db" "SELECT count(*) FROM articles WHERE source LIKE '%/extraction/html/%'" 2>/dev/null || echo skip)
if [ "$html_stored" != skip ]; then
  [ "$html_stored" -ge 170 ] || fail "only $html_stored of 181 pages stored"
fi
articles=$(echo "$first" | json 'd["articles"]')
[ "$articles" -ge 1000 ] || fail "only $articles articles stored"

"$NEWSMON" ingest --db "$db" "$html" "$seeds"/*.txt "$polnear" 2>/dev/null || fail "second ingest"
second=$("$NEWSMON" stats --db "$db" --format json)
[ "$first" = "$second" ] || fail "second ingest changed the store: $second"

"$NEWSMON" stories --db "$db" --format json > "$tmp/stories.json"
story=$(json '[s["id"] for s in d["stories"] if "000_84ee37a49d2df081" in s["articles"]][0]' < "$tmp/stories.json")
members=$(json "sorted(a for s in d['stories'] if s['id'] == $story for a in s['articles'])" < "$tmp/stories.json")
[ "$members" = "['000_84ee37a49d2df081', '004_30c2d76249860194']" ] \
  || fail "seed story $story holds $members"
echo "seeds share story $story, alone"

"$NEWSMON" search --db "$db" --format json Kosachev > "$tmp/search.json"
json '[h["id"] for h in d["hits"]]' < "$tmp/search.json" | grep -q "004_30c2d76249860194" \
  || fail "search Kosachev: $(cat "$tmp/search.json")"

"$NEWSMON" digest --db "$db" --story "$story" > "$tmp/digest.md" || fail "digest --story"
grep -q "004_30c2d76249860194\|Qualified Support" "$tmp/digest.md" || fail "digest lacks seed 004"
"$NEWSMON" quotes --db "$db" --format json > "$tmp/quotes.jsonl" || fail "quotes from the store"
quotes=$(echo "$first" | json 'd["quotes"]')
listed=$(wc -l < "$tmp/quotes.jsonl")
[ "$listed" -le "$quotes" ] || fail "quotes lists $listed of $quotes"
"$NEWSMON" stats --db "$tmp/missing.db" >/dev/null 2>&1 && fail "stats on a missing store succeeded"
echo "ok"
