#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 60) and prints, per target, executions,
# coverage and crashes. Builds the clang tree first (as the ordinary build does) unless
# SIMPUL_FUZZ_TREE names an already built one.
#   tests/fuzz/run.sh 60                 every target, 60 s each
#   tests/fuzz/run.sh 300 csv xlsx       only these targets
# Environment: SIMPUL_BUILD_DIR (default build-fuzz-run, beside the checkout's build/),
# SIMPUL_FUZZ_TREE, SIMPUL_FUZZ_JOBS (default 2).
# Inputs that crashed, leaked or hung are left in <work>/<target>/artifacts: minimise one
# (fuzz_<target> -minimize_crash=1 -runs=10000 <input>), fix the bug and commit the input
# under tests/fuzz/regressions/<target>/, where ctest replays it (fuzz.<target>.regressions).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(nik wilayah_code page_token csv xlsx import_row rpc)
fi

tree="${SIMPUL_FUZZ_TREE:-}"
if [ -z "$tree" ]; then
  build="${SIMPUL_BUILD_DIR:-$root/build-fuzz-run}"
  export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset dev -B "$build" -DSIMPUL_BENCHMARKS=OFF >/dev/null
  fi
  cmake --build "$build" --target fuzz_tree -- -j "${SIMPUL_FUZZ_JOBS:-2}"
  tree="$build/tests/fuzz/tree"
fi
work="$(dirname "$tree")/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$work"

status=0
for target in "${targets[@]}"; do
  bash "$here/run_one.sh" "$tree/tests/fuzz/fuzz_$target" "$target" "$seconds" "$work" ||
    status=1
done
echo "fuzz: work directory $work"
exit "$status"
