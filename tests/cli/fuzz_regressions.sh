#!/usr/bin/env bash
# Replay every fuzz seed (tests/fuzz/corpus/<target>/) and every input a
# fuzzer ever crashed on (tests/fuzz/regressions/<target>/) through the
# normal build's `newsmon extract`: each must end with exit status 0 or 1
# (never a signal, a sanitizer report or a hang), and a failure must name
# the file. The fuzz build is not needed: this runs in `make test` and,
# under ASan+UBSan, in `make asan`.
set -uo pipefail

: "${NEWSMON:?NEWSMON must point at the newsmon binary}"
src=${NM_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}
fuzz="$src/tests/fuzz"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A sanitizer report must fail the test even when the program would exit 1.
export ASAN_OPTIONS="exitcode=86:detect_leaks=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="exitcode=87:halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"

# Name each input so nm_read_input picks the reader its fuzz target drove.
link_name() { # target file → name with the extension the CLI dispatches on
    local t=$1 f=$2 base magic
    base=$(basename "$f")
    case $t in
    html|html_tokenizer) echo "$base.html" ;;
    text)  echo "$base.txt" ;;
    jsonl) echo "$base.jsonl" ;;
    feed)  echo "$base.rss" ;;
    warc)
        magic=$(head -c 4 "$f" | od -An -tx1 | tr -d ' \n')
        case $magic in
        1f8b*)    echo "$base.warc.gz" ;;
        28b52ffd) echo "$base.warc.zst" ;;
        *)        echo "$base.warc" ;;
        esac ;;
    *) echo "$base" ;;
    esac
}

checked=0
bad=0
for kind in corpus regressions; do
    [ -d "$fuzz/$kind" ] || continue
    for dir in "$fuzz/$kind"/*/; do
        [ -d "$dir" ] || continue
        t=$(basename "$dir")
        for f in "$dir"*; do
            [ -f "$f" ] || continue
            mkdir -p "$tmp/$kind/$t"
            link="$tmp/$kind/$t/$(link_name "$t" "$f")"
            ln -sf "$f" "$link"
            as=()
            [ "$t" = html ] || [ "$t" = html_tokenizer ] && as=(--as html)
            [ "$t" = text ] && as=(--as text)
            timeout 60 "$NEWSMON" extract "${as[@]}" "$link" >/dev/null 2>"$tmp/err"
            rc=$?
            checked=$((checked + 1))
            if [ $rc -gt 1 ]; then
                echo "FAIL: $kind/$t/$(basename "$f"): exit status $rc" >&2
                head -20 "$tmp/err" >&2
                bad=$((bad + 1))
            elif [ $rc -eq 1 ] && ! grep -qF "$link" "$tmp/err"; then
                echo "FAIL: $kind/$t/$(basename "$f"): exit 1 without naming the file" >&2
                head -5 "$tmp/err" >&2
                bad=$((bad + 1))
            fi
        done
    done
done

echo "fuzz regressions: $checked inputs replayed, $bad failed"
[ $checked -gt 0 ] || { echo "FAIL: no inputs found under $fuzz" >&2; exit 1; }
[ $bad -eq 0 ]
