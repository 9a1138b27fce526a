#!/usr/bin/env bash
# Ingest acceptance for containers: a 20-record .warc.gz (plus its warcinfo
# record, which is not an article) and a JSON-lines file of 3 records are
# stored with every article record; ingesting them again adds nothing.
set -euo pipefail
data="$NM_SOURCE/tests/data/readers"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
count() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

python3 "$data/mkwarc.py" "$tmp/pages.warc.gz" gzip "$data"/pages/*.html
pages=$(ls "$data"/pages/*.html | wc -l)
[ "$pages" -eq 20 ] || fail "want 20 fixture pages, have $pages"

"$NEWSMON" ingest --db "$tmp/s.db" "$tmp/pages.warc.gz" "$data/articles.jsonl" 2>"$tmp/err" \
  || fail "ingest exit $?: $(cat "$tmp/err")"
stats=$("$NEWSMON" stats --db "$tmp/s.db" --format json)
[ "$(echo "$stats" | count articles)" -eq 23 ] || fail "want 20 + 3 articles stored: $stats"

"$NEWSMON" ingest --db "$tmp/s.db" "$tmp/pages.warc.gz" "$data/articles.jsonl" 2>/dev/null \
  || fail "second ingest"
again=$("$NEWSMON" stats --db "$tmp/s.db" --format json)
[ "$stats" = "$again" ] || fail "second ingest changed the store: $again"

# Record ids as extract prints them: the WARC-Record-ID and the JSON-lines id.
sqlite3 "$tmp/s.db" "SELECT id FROM articles" > "$tmp/ids" 2>/dev/null || {
  echo "ok (sqlite3 CLI absent: ids not checked)"; exit 0; }
grep -q '^urn:uuid:00000000-0000-4000-8000-000000000001$' "$tmp/ids" || fail "WARC record id missing: $(head -3 "$tmp/ids")"
grep -q '^j-001$' "$tmp/ids" || fail "JSON-lines id missing"
echo "ok: $stats"
