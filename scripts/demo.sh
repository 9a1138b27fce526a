#!/usr/bin/env bash
# make demo: newsmon reads the sample articles in examples/ (one fictional
# story told by several outlets, with web-page clutter and a near-duplicate)
# and prints the story digest: headline, summary, who said what, sources.
# usage: scripts/demo.sh PATH/TO/newsmon
set -euo pipefail
newsmon=${1:-build/newsmon}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ ! -x "$newsmon" ]; then
    echo "demo: $newsmon not found; run 'make build' first" >&2
    exit 1
fi
cd "$root"
echo "== newsmon digest examples/*.txt"
echo
"$newsmon" digest --format md examples/*.txt
