#!/usr/bin/env bash
# Golden HTML pages: titles, dates, authors, outlet, language, canonical URL
# and encodings (windows-1252, ISO-8859-1 via http-equiv, UTF-16 with BOM,
# JSON-LD) compared with tests/golden/html/expected.json. Only the fields
# listed there are compared; text is checked by must-have / must-lack
# snippets so layout changes elsewhere do not break the test.
set -euo pipefail
dir="$NM_SOURCE/tests/golden/html"
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$NEWSMON" extract --format jsonl "$dir"/*.html > "$out"
python3 - "$dir/expected.json" "$out" <<'PY'
import json, sys
expected = json.load(open(sys.argv[1], encoding="utf-8"))
got = {}
for line in open(sys.argv[2], encoding="utf-8").read().split("\n"):
    if line.strip():
        rec = json.loads(line)
        got[rec["id"]] = rec
failures = 0
for page, want in expected.items():
    rec = got.get(page)
    if rec is None:
        print(f"FAIL {page}: no record"); failures += 1; continue
    for field, value in want.items():
        if field == "text_has":
            for snip in value:
                if snip not in rec["text"]:
                    print(f"FAIL {page}: text lacks {snip!r}"); failures += 1
        elif field == "text_lacks":
            for snip in value:
                if snip in rec["text"]:
                    print(f"FAIL {page}: text has {snip!r}"); failures += 1
        elif rec.get(field) != value:
            print(f"FAIL {page}: {field} = {rec.get(field)!r}, want {value!r}"); failures += 1
print(f"{len(expected)} pages, {failures} failures")
sys.exit(1 if failures else 0)
PY
