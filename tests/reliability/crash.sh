#!/usr/bin/env bash
# The long crash-safety run (issue 7): RUNS runs (default 100) of reliability_crash, half
# SIGKILLs during a streaming import, half during workflow updates from several clients,
# each followed by a restart and every check of tests/reliability/checks.h. Uses an already
# built tree; prints the runs, the kill points hit and the rows checked.
#
#   tests/reliability/crash.sh [RUNS] [--build-dir DIR] [--seed SEED]
#
#   --build-dir DIR  the build tree with reliability_crash (default: the first of build,
#                    build-release, build-* that has it)
#   --seed SEED      replay the runs of a printed seed
# Reference data: $SIMPUL_DATA_DIR (default ../shared/data beside the checkout).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
runs=100
build_dir=""
die() { echo "crash.sh: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir=${2:?--build-dir needs a directory}; shift 2 ;;
    --seed) export SIMPUL_RELIABILITY_SEED=${2:?--seed needs a number}; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge 2 ] || die "RUNS must be a number >= 2 (see --help)"
       runs=$1; shift ;;
  esac
done
find_binary() { # the reliability_crash program of a build tree, or nothing
  find "$1" -type f -name reliability_crash -perm -u+x -not -path '*/CMakeFiles/*' 2>/dev/null |
    head -n 1
}
binary=""
if [ -n "$build_dir" ]; then
  binary=$(find_binary "$build_dir")
  [ -n "$binary" ] || die "reliability_crash is not built in $build_dir"
else
  for dir in "$root/build" "$root/build-release" "$root"/build-*; do
    [ -d "$dir" ] && binary=$(find_binary "$dir") && [ -n "$binary" ] && break
  done
  [ -n "$binary" ] || die "no build tree with reliability_crash; build it or give --build-dir"
fi
export SIMPUL_DATA_DIR=${SIMPUL_DATA_DIR:-$root/../shared/data}
export SIMPUL_RELIABILITY_RUNS=$runs
echo "crash.sh: $runs runs with $binary"
started=$(date +%s)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
"$binary" --gtest_color=no 2>&1 | tee "$log" | grep -E '^reliability:|Failure|seed [0-9]+,' || true
grep -q '^\[  PASSED  \] 2 tests' "$log" || status=1
seconds=$(($(date +%s) - started))
import=$(sed -n 's/^reliability: import runs \([0-9]*\), kills during an import call \([0-9]*\), between calls \([0-9]*\), rows checked \([0-9]*\).*/\1 \2 \3 \4/p' "$log")
workflow=$(sed -n 's/^reliability: workflow runs \([0-9]*\), kills during a call \([0-9]*\), between calls \([0-9]*\), acknowledged operations \([0-9]*\), records checked \([0-9]*\).*/\1 \2 \3 \4 \5/p' "$log")
read -r i_runs i_in i_between i_rows <<<"${import:-0 0 0 0}"
read -r w_runs w_in w_between w_ops w_records <<<"${workflow:-0 0 0 0 0}"
echo
echo "crash.sh: runs $((i_runs + w_runs)) (import $i_runs, workflow $w_runs), kills $((i_runs + w_runs))"
echo "crash.sh: kill points: during an import call $i_in, between import calls $i_between;" \
  "during a workflow call $w_in, between workflow calls $w_between"
echo "crash.sh: rows checked $i_rows (import), records checked $w_records (workflow)," \
  "acknowledged workflow operations $w_ops"
if [ "$status" = 0 ]; then
  echo "crash.sh: every check passed after every restart ($seconds s)"
else
  echo "crash.sh: FAILED ($seconds s); the failing seed is printed above" >&2
fi
exit $status
