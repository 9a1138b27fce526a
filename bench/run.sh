#!/usr/bin/env bash
# `make bench`: run every bench/bench_*.sh with the CLI's path. Each prints its
# own figures (newsmon and, where installed, peers in the same run, with ratios).
set -uo pipefail
newsmon="${1:?usage: bench/run.sh PATH_TO_NEWSMON}"
here="$(cd "$(dirname "$0")" && pwd)"
status=0
for b in "$here"/bench_*.sh; do
  [ -e "$b" ] || continue
  echo "== $(basename "$b" .sh)"
  bash "$b" "$newsmon" || status=1
  echo
done
exit $status
