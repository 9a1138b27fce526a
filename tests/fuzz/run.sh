#!/usr/bin/env bash
# Run every libFuzzer target of a fuzz build for SECONDS each, one after the
# other (the machine is small), and fail on any crash, leak, timeout or OOM.
#
#   tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET...]     (make fuzz FUZZ_SECONDS=N)
#
# Each target starts from its seed corpus (tests/fuzz/corpus/<t>/, read only)
# and a working corpus kept in BUILD_DIR/fuzz-corpus/<t>/, so long runs resume
# where the last one stopped. Crashing inputs are copied to
# tests/fuzz/regressions/<t>/, which tests/cli/fuzz_regressions.sh replays
# through the CLI in the normal test suite. A line per run is appended to
# BUILD_DIR/fuzz-log.tsv (date, target, seconds, runs, result) for the
# fuzzing-hours record in docs/hardening.md.
set -uo pipefail

build=${1:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}
seconds=${2:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
bin_dir="$build/tests/fuzz"

if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for f in "$here"/fuzz_*.c; do
        t=$(basename "$f" .c)
        targets+=("${t#fuzz_}")
    done
fi

# Limits named by the issue: a single input may take 10 s and 2 GB at most.
FUZZ_TIMEOUT=10
FUZZ_RSS_MB=2048

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

failed=()
for t in "${targets[@]}"; do
    exe="$bin_dir/fuzz_$t"
    if [ ! -x "$exe" ]; then
        echo "run.sh: $exe missing (build with make fuzz)" >&2
        failed+=("$t(missing)")
        continue
    fi
    work="$build/fuzz-corpus/$t"
    artifacts="$build/fuzz-artifacts/$t"
    mkdir -p "$work" "$artifacts"
    seeds=()
    [ -d "$here/corpus/$t" ] && seeds+=("$here/corpus/$t")
    [ -d "$here/regressions/$t" ] && seeds+=("$here/regressions/$t")
    dict=()
    [ -f "$here/$t.dict" ] && dict=(-dict="$here/$t.dict")
    log="$build/fuzz-$t.log"
    echo "== fuzz_$t: ${seconds}s"
    "$exe" -max_total_time="$seconds" -timeout="$FUZZ_TIMEOUT" \
        -rss_limit_mb="$FUZZ_RSS_MB" -detect_leaks=1 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "${dict[@]}" "$work" "${seeds[@]}" \
        >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
    result=ok
    if [ $rc -ne 0 ]; then
        result=FAIL
        failed+=("$t")
        grep -E 'ERROR: |SUMMARY: |fuzz invariant|Test unit written' "$log" | head -8 >&2
        mkdir -p "$here/regressions/$t"
        for a in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* \
                 "$artifacts"/oom-* "$artifacts"/slow-unit-*; do
            [ -e "$a" ] || continue
            cp "$a" "$here/regressions/$t/"
            echo "   kept $(basename "$a") in tests/fuzz/regressions/$t/" >&2
        done
        echo "   full log: $log" >&2
    fi
    echo "   ${runs:-?} runs, ${cov:-no coverage line}, $result"
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$seconds" "${runs:-0}" \
        "$result" >>"$build/fuzz-log.tsv"
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: all ${#targets[@]} targets clean for ${seconds}s each"
