#!/usr/bin/env bash
# Runs one fuzz target (used by run.sh and by the fuzz.* ctest entries).
#   run_one.sh EXE TARGET SECONDS WORKDIR
#     fuzzes for SECONDS from the committed seeds (corpus/TARGET) and the kept regression
#     inputs (regressions/TARGET); new inputs go to WORKDIR/TARGET/corpus and failing ones
#     to WORKDIR/TARGET/artifacts, never into the source tree.
#   run_one.sh --replay EXE TARGET 0 WORKDIR
#     runs each input of regressions/TARGET and of the seed corpus once.
# Prints one summary line (executions, coverage, crashes) and exits non-zero when the
# target found a crash, leak, timeout or out-of-memory input.
set -uo pipefail
replay=0
if [ "${1:-}" = "--replay" ]; then
  replay=1
  shift
fi
exe="$1" target="$2" seconds="$3" work="$4"
here="$(cd "$(dirname "$0")" && pwd)"
seeds="$here/corpus/$target"
regressions="$here/regressions/$target"
dir="$work/$target"
mkdir -p "$dir/corpus" "$dir/artifacts"
log="$dir/$([ "$replay" = 1 ] && echo replay || echo fuzz).log"

# Leaks are reported; a deadly signal or sanitizer report is kept as an artifact. A hang
# guard per input (-timeout) and a memory cap (-rss_limit_mb) bound every input.
# (Defaults are compiled into each target: sanitizer_options.cpp.)
common=(-timeout=20 -rss_limit_mb=2048 -malloc_limit_mb=1024 "-artifact_prefix=$dir/artifacts/")

if [ "$replay" = 1 ]; then
  mapfile -t inputs < <(find "$regressions" -type f ! -name '*.md' 2>/dev/null | sort)
  mapfile -t seeds < <(find "$seeds" -type f 2>/dev/null | sort)
  if [ "$((${#inputs[@]} + ${#seeds[@]}))" -eq 0 ]; then
    echo "fuzz $target: nothing to replay (no seeds, no regression inputs)" >&2
    exit 1
  fi
  "$exe" "${common[@]}" "${inputs[@]}" "${seeds[@]}" >"$log" 2>&1
  status=$?
  echo "fuzz $target: replayed ${#inputs[@]} regression input(s) and ${#seeds[@]} seed(s)," \
    "exit status $status"
  [ "$status" -eq 0 ] || tail -n 40 "$log"
  exit "$status"
fi

dirs=("$dir/corpus" "$seeds")
[ -d "$regressions" ] && dirs+=("$regressions")
before=$(find "$dir/artifacts" -type f | wc -l)
"$exe" "${common[@]}" -max_total_time="$seconds" -print_final_stats=1 "${dirs[@]}" >"$log" 2>&1
status=$?
executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
features=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
crashes=$(($(find "$dir/artifacts" -type f | wc -l) - before))
echo "fuzz $target: ${seconds}s, executions ${executions:-0}, coverage ${coverage:-0} edges" \
  "(${features:-0} features), corpus $(find "$dir/corpus" -type f | wc -l) new," \
  "crashes/leaks/hangs $crashes, exit status $status"
if [ "$status" -ne 0 ]; then
  grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|fuzz property' \
    "$log" || tail -n 40 "$log"
  echo "  inputs: $dir/artifacts (log: $log)"
fi
exit "$status"
