#!/usr/bin/env bash
# PolNeAR dev (issue 4): extract quotes from the dev texts and score them
# with the shared scorer. Fails when end-to-end F1 (quote span and speaker
# mention both right) falls below the level reached, so it cannot regress.
set -euo pipefail
dev="${NM_SHARED:-}/bench/quotes/polnear/dev"
scorer="${NM_SHARED:-}/tools/score_polnear.py"
if [ ! -d "$dev/text" ] || [ ! -f "$scorer" ]; then
    echo "SKIP: $dev not found (../shared absent)"; exit 77
fi
# Thresholds: the level reached when this test was last raised, minus a
# half point of slack for harmless changes elsewhere in the pipeline.
min_direct_mixed=${NM_POLNEAR_MIN_DM:-85.5}
min_all=${NM_POLNEAR_MIN_ALL:-66.0}
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$NEWSMON" extract --format jsonl --as text "$dev/text" > "$out"
report=$(python3 "$scorer" "$dev" "$out")
echo "$report"
last=$(echo "$report" | tail -1)
dm=$(echo "$last" | awk '{print $4}')
all=$(echo "$last" | awk '{print $8}')
python3 - "$dm" "$all" "$min_direct_mixed" "$min_all" <<'PY'
import sys
dm, al, mdm, mal = map(float, sys.argv[1:])
bad = []
if dm < mdm: bad.append(f"direct+mixed e2e F1 {dm} < {mdm}")
if al < mal: bad.append(f"all e2e F1 {al} < {mal}")
for b in bad: print("FAIL:", b)
sys.exit(1 if bad else 0)
PY
