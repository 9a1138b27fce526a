#!/usr/bin/env bash
# Hostile inputs through `newsmon extract` (inputs made by gen_hostile.py in
# a temporary folder). Every input must end in bounded time and memory with
# exit status 0 or 1, and a failure must name the file:
#   - exit status 0 or 1 (never a signal or a sanitizer report)
#   - under HOSTILE_SECONDS (30 s) and HOSTILE_RSS_MB (600 MB) peak RSS;
#     under ASan/UBSan builds the time bound is 4x and memory is only
#     reported (the sanitizers' shadow memory and quarantine inflate RSS)
# and, beyond the bounds:
#   - deep.html: the deepest text is kept, or a warning says a depth limit cut it
#   - utf16{le,be}.html: the page is decoded (its sentence is in the output)
#   - batch/: the dangling member is reported with its name and reason, the
#     good files still come out, the summary counts 1 failure, exit 1
#   - xxe.rss: no local file is ever read into the output
# The UTF-16 check needs the real HTML extractor; while src/clean/html_clean.c
# is the pass-through placeholder (tags come out as text) it reports XFAIL.
set -uo pipefail

: "${NEWSMON:?NEWSMON must point at the newsmon binary}"
here=$(cd "$(dirname "$0")" && pwd)
HOSTILE_SECONDS=${HOSTILE_SECONDS:-30}
HOSTILE_RSS_MB=${HOSTILE_RSS_MB:-600}

command -v python3 >/dev/null || { echo "SKIP: python3 missing (scripts/deps.sh installs it)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen_hostile.py" generate "$tmp/in" >/dev/null || { echo "FAIL: generator"; exit 1; }

export ASAN_OPTIONS="exitcode=86:detect_leaks=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="exitcode=87:halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
sanitized=0
if grep -aq -e __asan_init -e __ubsan_handle "$NEWSMON"; then
    sanitized=1
    HOSTILE_SECONDS=$((HOSTILE_SECONDS * 4))
fi

# Does the HTML extractor strip tags yet? (The placeholder passes them through.)
real_html=1
printf '<html><body><p>probe words</p></body></html>' >"$tmp/probe.html"
"$NEWSMON" extract --as html "$tmp/probe.html" 2>/dev/null | grep -q '<p>' && real_html=0

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# run NAME [extract options...]: runs extract on $tmp/in/NAME, checks the
# bounds, leaves stdout/stderr in $tmp/NAME.{out,err}.
run() {
    local name=$1 input="$tmp/in/$1"
    shift
    local res rss_kb secs  # status stays global for the checks after run
    res=$(python3 "$here/gen_hostile.py" run "$HOSTILE_SECONDS" "$tmp/$name.out" \
          "$tmp/$name.err" -- "$NEWSMON" extract "$@" "$input")
    read -r status rss_kb secs <<<"$res"
    printf '%-20s exit %-7s %6d MB %7.2f s\n' "$name" "$status" $((rss_kb / 1024)) "$secs"
    case $status in
    0) ;;
    1) grep -qF "$input" "$tmp/$name.err" ||
           fail "$name: exit 1 without a message naming the file" ;;
    timeout) fail "$name: still running after ${HOSTILE_SECONDS}s" ;;
    *) fail "$name: exit status $status"; head -15 "$tmp/$name.err" ;;
    esac
    if [ $sanitized -eq 0 ] && [ "$rss_kb" -gt $((HOSTILE_RSS_MB * 1024)) ]; then
        fail "$name: peak RSS $((rss_kb / 1024)) MB over ${HOSTILE_RSS_MB} MB"
    fi
}

for f in random.bin random.html random.warc.gz random.jsonl random.rss \
         invalid_utf8.txt invalid_utf8.html nul_bytes.txt nul_bytes.html \
         truncated.warc.gz truncated.warc liar.warc bomb.warc.gz \
         long_line.txt big_attr.html laughs.rss deep.jsonl; do
    run "$f"
done

run deep.html
if ! grep -q "The deepest sentence survives the nesting" "$tmp/deep.html.out" &&
   ! grep -Eqi 'depth|nest' "$tmp/deep.html.err"; then
    fail "deep.html: deepest text lost without a depth warning"
fi

for f in utf16le.html utf16be.html; do
    run "$f"
    if ! grep -q "Wide characters decoded correctly" "$tmp/$f.out"; then
        if [ $real_html -eq 1 ]; then
            fail "$f: UTF-16 page not decoded"
        else
            echo "XFAIL: $f: not decoded (HTML extractor placeholder; must pass once it lands)"
        fi
    fi
done

run xxe.rss
if grep -q 'root:' "$tmp/xxe.rss.out"; then
    fail "xxe.rss: an external entity pulled /etc/passwd into the output"
fi

run batch
if [ "$status" != 1 ]; then
    fail "batch: exit status $status, want 1 (one member failed)"
fi
grep -q 'c_missing.html: No such file or directory' "$tmp/batch.err" ||
    fail "batch: the failing member is not reported with its name and reason"
grep -q '1 failed' "$tmp/batch.err" || fail "batch: the summary does not count 1 failure"
good=$(grep -c '"id":"[abd]_good"' "$tmp/batch.out")
[ "$good" -eq 3 ] || fail "batch: $good of the 3 good files came out"

# Non-fatal: worth knowing, not a bound.
grep -q "Visible paragraph after the huge attribute" "$tmp/big_attr.html.out" ||
    echo "note: big_attr.html: the text after the 20 MB attribute was lost"

[ $sanitized -eq 1 ] && echo "note: sanitizer build: time bound ${HOSTILE_SECONDS}s, memory not bounded"
if [ $failures -gt 0 ]; then
    echo "hostile: $failures check(s) failed"
    exit 1
fi
echo "hostile: all inputs within bounds"
