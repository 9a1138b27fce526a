#!/usr/bin/env bash
# CLI error behaviour per the contract: a missing file is reported and the
# other inputs still processed (exit 1); a binary file inside a directory is
# skipped with a warning naming it (exit 0); invalid UTF-8 is replaced with a
# warning naming the file and byte offset; usage errors exit 2.
set -uo pipefail
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

printf 'A headline\n\nThe minister said the talks would resume on Monday.\n' > "$tmp/good.txt"

# Missing file among good ones.
"$NEWSMON" extract "$tmp/missing.txt" "$tmp/good.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] || fail "missing file: exit $rc, want 1"
grep -q "missing.txt" "$tmp/err" || fail "missing file not named: $(cat "$tmp/err")"
grep -q '"id":"good"' "$tmp/out" || fail "good input not processed after a missing one"

# Binary file inside a directory: skipped with a warning, exit 0.
mkdir "$tmp/dir"; cp "$tmp/good.txt" "$tmp/dir/a.txt"
head -c 4096 /dev/urandom > "$tmp/dir/b.bin"; printf '\0\0\0' >> "$tmp/dir/b.bin"
"$NEWSMON" extract "$tmp/dir" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] || fail "binary in dir: exit $rc, want 0 ($(cat "$tmp/err"))"
grep -q "b.bin" "$tmp/err" || fail "binary file not named in warning"
[ "$(grep -c '"id":' "$tmp/out")" -eq 1 ] || fail "directory: want exactly one record"

# Invalid UTF-8: replaced, warning names file and byte offset.
printf 'Headline\n\nBad byte here: \xff and more text follows.\n' > "$tmp/bad.txt"
"$NEWSMON" extract "$tmp/bad.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] || fail "invalid utf-8: exit $rc, want 0"
grep -q "bad.txt.*byte 25" "$tmp/err" || fail "invalid UTF-8 warning lacks file/offset: $(cat "$tmp/err")"
grep -q '\\ufffd\|�' "$tmp/out" || fail "invalid byte not replaced by U+FFFD"

# Usage errors.
"$NEWSMON" extract --format nope "$tmp/good.txt" >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "bad --format: exit $rc, want 2"
"$NEWSMON" frobnicate >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "unknown command: exit $rc, want 2"
"$NEWSMON" extract --help | grep -q -- "--format" || fail "--help lacks --format"

# -j N keeps input order.
for i in $(seq -w 1 40); do printf 'Title %s\n\nBody number %s said the official.\n' "$i" "$i" > "$tmp/dir/n$i.txt"; done
"$NEWSMON" extract -j 1 "$tmp/dir" 2>/dev/null | grep -o '"id":"[^"]*"' > "$tmp/j1"
"$NEWSMON" extract -j 4 "$tmp/dir" 2>/dev/null | grep -o '"id":"[^"]*"' > "$tmp/j4"
cmp -s "$tmp/j1" "$tmp/j4" || fail "-j 4 output order differs from -j 1"
[ "$(wc -l < "$tmp/j1")" -eq 41 ] || fail "want 41 records, got $(wc -l < "$tmp/j1")"

# stdin
printf 'Stdin headline\n\nText from standard input.\n' | "$NEWSMON" extract - | grep -q '"id":"-"' || fail "stdin record id is not -"
echo "ok"
