#!/usr/bin/env bash
# make demo: newsmon ingests the sample articles in examples/ (one fictional
# story told by several outlets, with web-page clutter and a near-duplicate)
# into the embedded SQLite store, then prints the store's figures, its
# stories and the digest of the largest story: headline, summary, who said
# what, sources.
# usage: scripts/demo.sh PATH/TO/newsmon
set -euo pipefail
newsmon=${1:-build/newsmon}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ ! -x "$newsmon" ]; then
    echo "demo: $newsmon not found; run 'make build' first" >&2
    exit 1
fi
cd "$root"
db="build/demo.db"   # inside the build folder: a demo never touches your newsmon.db
rm -f "$db" "$db-wal" "$db-shm"

echo "== newsmon ingest --db $db examples/"
"$newsmon" ingest --db "$db" examples/
echo
echo "== newsmon stats --db $db"
"$newsmon" stats --db "$db"
echo
echo "== newsmon stories --db $db"
"$newsmon" stories --db "$db"
echo
story=$("$newsmon" stories --db "$db" --format json |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["stories"][0]["id"])')
echo "== newsmon digest --db $db --story $story"
echo
"$newsmon" digest --db "$db" --story "$story" --format md
