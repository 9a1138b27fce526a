#!/usr/bin/env bash
# Extraction benchmark: pages/s, MB/s and article-body F1 for newsmon and,
# where installed, its peers, in one run, with newsmon's speed ratio to each.
#   newsmon: the whole process (`extract --format jsonl -j 1`), best of 3.
#   peers:   extraction only, in-process, HTML already in memory (their
#            harnesses are in bench/peers/); one run each.
# F1 comes from ../shared/tools/score_extraction.py (the benchmark's metric).
# usage: bash bench/bench_extraction.sh PATH_TO_NEWSMON
set -uo pipefail
newsmon=${1:?usage: bench_extraction.sh PATH_TO_NEWSMON}
here=$(cd "$(dirname "$0")" && pwd)
shared=${NM_SHARED:-$here/../../shared}
corpus=$shared/bench/extraction
scorer=$shared/tools/score_extraction.py
if [ ! -d "$corpus/html" ] || [ ! -f "$scorer" ]; then
    echo "SKIP: $corpus not found (../shared absent)"; exit 0
fi
out=$here/out; mkdir -p "$out"
gt=$corpus/ground-truth.json
pages=$(find "$corpus/html" -name '*.html' | wc -l)
bytes=$(find "$corpus/html" -name '*.html' -exec cat {} + | wc -c)
rows=$out/rows.txt; : > "$rows"

score() { python3 "$scorer" "$gt" "$1" | tail -1; }   # "F1 x P x R x"

# name, seconds, pages, bytes, prediction file
record() {
    local s; s=$(score "$5")
    echo "$1 $2 $3 $4 $s" >> "$rows"
}

echo "corpus: $pages pages, $(python3 -c "print(round($bytes/1e6,2))") MB"

# --- newsmon: whole process, best of 3 -------------------------------------
best=
for i in 1 2 3; do
    t0=$(date +%s.%N)
    "$newsmon" extract --format jsonl -j 1 "$corpus/html" > "$out/newsmon.jsonl"
    t1=$(date +%s.%N)
    t=$(python3 -c "print($t1 - $t0)")
    best=$(python3 -c "print(min(float('$t'), float('${best:-1e9}')))")
done
record newsmon "$best" "$pages" "$bytes" "$out/newsmon.jsonl"

# --- Readability.js + linkedom (npm) ---------------------------------------
if command -v node >/dev/null; then
    if [ ! -d "$here/node_modules/@mozilla/readability" ] || [ ! -d "$here/node_modules/linkedom" ]; then
        if command -v npm >/dev/null; then
            echo "installing @mozilla/readability and linkedom into bench/node_modules ..."
            timeout 300 npm install --prefix "$here" --no-save --no-package-lock --no-audit --no-fund \
                @mozilla/readability@0.6.0 linkedom@0.18.15 >/dev/null 2>&1 || true
        fi
    fi
    if [ -d "$here/node_modules/@mozilla/readability" ] && [ -d "$here/node_modules/linkedom" ]; then
        read -r n s b < <(NODE_PATH="$here/node_modules" node "$here/peers/readability_js.mjs" "$corpus/html" "$out/readability_js.json")
        record "readability.js+linkedom" "$s" "$n" "$b" "$out/readability_js.json"
    else
        echo "skip readability.js: npm packages not installable"
    fi
fi

# --- readability-lxml (Debian python3-readability) -------------------------
if /usr/bin/python3 -c 'import readability, lxml' 2>/dev/null; then
    read -r n s b < <(/usr/bin/python3 "$here/peers/readability_lxml.py" "$corpus/html" "$out/readability_lxml.json")
    record "readability-lxml" "$s" "$n" "$b" "$out/readability_lxml.json"
else
    echo "skip readability-lxml: python3-readability not installed"
fi

# --- boilerpipe ArticleExtractor (Debian libboilerpipe-java) ---------------
jars=/usr/share/java/boilerpipe.jar:/usr/share/java/nekohtml.jar:/usr/share/java/xercesImpl.jar
if command -v javac >/dev/null && [ -f /usr/share/java/boilerpipe.jar ]; then
    mkdir -p "$out/classes"
    if javac -nowarn -d "$out/classes" -cp "$jars" "$here/peers/BoilerpipeBench.java" 2>/dev/null; then
        read -r n s b < <(java -cp "$out/classes:$jars" BoilerpipeBench "$corpus/html" "$out/boilerpipe.json" 2>/dev/null)
        record "boilerpipe(warm-JIT)" "$s" "$n" "$b" "$out/boilerpipe.json"
    fi
else
    echo "skip boilerpipe: libboilerpipe-java or a JDK not installed"
fi

# --- table ------------------------------------------------------------------
python3 - "$rows" <<'PY'
import sys
rows = []
for line in open(sys.argv[1]):
    f = line.split()
    name, secs, n, b = f[0], float(f[1]), int(f[2]), int(f[3])
    kv = dict(zip(f[4::2], map(float, f[5::2])))
    rows.append((name, n / secs, b / secs / 1e6, kv.get('F1', 0), kv.get('P', 0), kv.get('R', 0)))
ours = rows[0][1]
print(f"{'extractor':26} {'F1':>6} {'P':>6} {'R':>6} {'pages/s':>9} {'MB/s':>7} {'newsmon x':>10}")
for name, pps, mbs, f1, p, r in rows:
    ratio = '' if name == 'newsmon' else f"{ours / pps:9.1f}x"
    print(f"{name:26} {f1:6.4f} {p:6.4f} {r:6.4f} {pps:9.1f} {mbs:7.1f} {ratio:>10}")
print("newsmon: whole process, best of 3; peers: extraction only, HTML in memory.")
PY
