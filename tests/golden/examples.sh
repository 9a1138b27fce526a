#!/usr/bin/env bash
# Golden test: the sample articles of examples/ through the CLI, compared
# with the expected outputs in tests/golden/examples/:
#   extract.jsonl  newsmon extract --format jsonl examples/*.txt
#   digest.md      newsmon digest --format md examples/*.txt
#   digest.json    newsmon digest --format json examples/*.txt
# The analysis is still improving; after a deliberate change, regenerate:
#   UPDATE_GOLDEN=1 NEWSMON=build/newsmon NM_SOURCE=. bash tests/golden/examples.sh
set -euo pipefail
: "${NEWSMON:?NEWSMON must name the newsmon binary}"
src=${NM_SOURCE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
newsmon=$(cd "$(dirname "$NEWSMON")" && pwd)/$(basename "$NEWSMON")
expected="$src/tests/golden/examples"
cd "$src" # relative input paths keep the outputs the same on every machine
shopt -s nullglob
inputs=(examples/*.txt)
if [ ${#inputs[@]} -eq 0 ]; then echo "no examples/*.txt in $src" >&2; exit 1; fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$newsmon" extract --format jsonl "${inputs[@]}" > "$tmp/extract.jsonl"
"$newsmon" digest --format md "${inputs[@]}" > "$tmp/digest.md"
"$newsmon" digest --format json "${inputs[@]}" > "$tmp/digest.json"

if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
    mkdir -p "$expected"
    cp "$tmp"/extract.jsonl "$tmp"/digest.md "$tmp"/digest.json "$expected"/
    echo "updated $expected"
    exit 0
fi
status=0
for f in extract.jsonl digest.md digest.json; do
    if [ ! -f "$expected/$f" ]; then
        echo "missing $expected/$f (run with UPDATE_GOLDEN=1)"; status=1; continue
    fi
    if ! diff -u "$expected/$f" "$tmp/$f" > "$tmp/$f.diff"; then
        echo "golden mismatch: $f"; head -60 "$tmp/$f.diff"; status=1
    fi
done
[ $status -eq 0 ] && echo "golden examples: extract.jsonl digest.md digest.json match"
exit $status
