#!/usr/bin/env bash
# Readers through the CLI: WARC (.warc.gz with a warcinfo record, plain
# .warc with non-article records, .warc.zst, stdin, truncated), JSON lines,
# RSS 2.0 and Atom. Asserts counts, ids, urls, titles and exit statuses.
set -uo pipefail
data="$NM_SOURCE/tests/data/readers"
command -v python3 >/dev/null || { echo "SKIP: python3 not found"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0

pages=("$data"/pages/p*.html)
python3 "$data/mkwarc.py" "$tmp/news.warc.gz" gzip "${pages[@]}" || exit 1
python3 "$data/mkwarc.py" "$tmp/mixed.warc" plain --extras "${pages[@]}" || exit 1
if command -v zstd >/dev/null; then
    python3 "$data/mkwarc.py" "$tmp/news.warc.zst" zstd "${pages[@]}" || exit 1
    zst_pages=20
else # fixture made once with: mkwarc.py pages.warc.zst zstd pages/p0[1-5].html
    cp "$data/pages.warc.zst" "$tmp/news.warc.zst"
    zst_pages=5
fi

# run NAME EXPECTED_EXIT ARGS... : records in $tmp/NAME.jsonl, stderr in $tmp/NAME.err
run() {
    local name=$1 want=$2; shift 2
    "$NEWSMON" extract "$@" > "$tmp/$name.jsonl" 2> "$tmp/$name.err"
    local rc=$?
    if [ "$rc" != "$want" ]; then
        echo "FAIL $name: exit $rc, wanted $want"; cat "$tmp/$name.err"; fails=$((fails + 1))
    fi
}

# check NAME PYTHON: the assertions see `r` (records) and `err` (stderr text)
check() {
    local name=$1 code=$2
    if ! python3 - "$tmp/$name.jsonl" "$tmp/$name.err" "$data" <<PY
import json, re, sys, glob, os
r = [json.loads(l) for l in open(sys.argv[1])]
err = open(sys.argv[2]).read()
data = sys.argv[3]
titles = [re.search(r'<title>(.*?)</title>', open(p).read()).group(1)
          for p in sorted(glob.glob(os.path.join(data, 'pages', 'p*.html')))]
def uid(n): return 'urn:uuid:00000000-0000-4000-8000-%012d' % n
$code
PY
    then echo "FAIL $name"; fails=$((fails + 1)); else echo "ok $name"; fi
}

pages_check='
n = len(r)
assert [x["id"] for x in r] == [uid(i) for i in range(1, n + 1)], [x["id"] for x in r]
assert [x["url"] for x in r] == ["https://news.example/p%02d" % i for i in range(1, n + 1)]
for x, t in zip(r, titles): assert t in (x["title"] or ""), (x["title"], t)
assert uid(0) not in [x["id"] for x in r], "warcinfo became an article"
'

run warc_gz 0 "$tmp/news.warc.gz"
check warc_gz "assert len(r) == 20, len(r)
$pages_check
assert err == '', err"

run warc_mixed 0 "$tmp/mixed.warc"
check warc_mixed "assert len(r) == 20, len(r)
$pages_check
assert 'six weeks of repairs' in r[0]['text'], 'chunked gzip body not decoded'
assert err == '', err"

run warc_zst 0 "$tmp/news.warc.zst"
check warc_zst "assert len(r) == $zst_pages, len(r)
$pages_check"

run warc_stdin 0 - < "$tmp/news.warc.gz"
check warc_stdin "assert len(r) == 20, len(r)
$pages_check"

run warc_jobs 0 -j 2 "$tmp/news.warc.gz"
cmp -s "$tmp/warc_jobs.jsonl" "$tmp/warc_gz.jsonl" || { echo "FAIL warc_jobs: -j 2 differs"; fails=$((fails + 1)); }

size=$(wc -c < "$tmp/news.warc.gz")
head -c $((size - 60)) "$tmp/news.warc.gz" > "$tmp/cut.warc.gz"
run warc_cut 1 "$tmp/cut.warc.gz"
check warc_cut "assert len(r) == 19, len(r)
$pages_check
assert 'truncated' in err and re.search(r'\(byte [0-9]+\)', err), err"

run jsonl 0 "$data/articles.jsonl"
check jsonl "assert [x['id'] for x in r] == ['j-001', 'j-002', '4'], [x['id'] for x in r]
assert [x['url'] for x in r] == ['https://wire.example/' + c for c in 'abc']
for x, t in zip(r, ['Ferry service resumes', 'Bakery wins national prize', 'Parking fees frozen']):
    assert t in x['title'], (x['title'], t)
assert r[0]['date'] == '2024-03-05T09:00:00Z' and r[1]['date'] == '2024-03-05T10:30:00+01:00'
assert r[0]['authors'] == ['Nora Hale'] and r[1]['authors'] == ['Lea Brandt'], r[0]['authors']
assert r[0]['meta'] == {'outlet': 'Wire'}, r[0].get('meta')"

run jsonl_bad 1 "$data/bad.jsonl"
check jsonl_bad "assert [x['id'] for x in r] == ['bad-1', 'bad-4']
assert 'bad.jsonl' in err and '(line 2)' in err and '(line 3)' in err, err"

run rss 0 "$data/wire.rss"
check rss "assert [x['id'] for x in r] == ['valley-101', 'https://valley.example/pass'], [x['id'] for x in r]
assert [x['url'] for x in r] == ['https://valley.example/tolls', 'https://valley.example/pass']
assert 'Bridge tolls scrapped' in r[0]['title'] and 'Snow closes mountain pass' in r[1]['title']
assert r[0]['date'] == '2024-03-06T07:15:00Z' and r[0]['authors'] == ['Ida Marsh']
assert 'item 3 has no content' in err, err"

run atom 0 "$data/wire-atom.xml"
check atom "assert [x['id'] for x in r] == ['urn:uuid:coast-entry-1', 'urn:uuid:coast-entry-2']
assert [x['url'] for x in r] == ['https://coast.example/lighthouse', 'https://coast.example/fees']
assert 'Lighthouse restored' in r[0]['title'] and 'Harbour fees debated' in r[1]['title']
assert r[0]['date'] == '2024-03-08T10:00:00+01:00' and r[0]['authors'] == ['Owen Pike']"

run feed_stdin 0 - < "$data/wire.rss"
check feed_stdin "assert len(r) == 2, len(r)"
run jsonl_stdin 0 - < "$data/articles.jsonl"
check jsonl_stdin "assert len(r) == 3, len(r)"

[ "$fails" = 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "all reader CLI checks passed"
