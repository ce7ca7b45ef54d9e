#!/usr/bin/env bash
# Installs what is missing, configures and builds with a CMake preset, runs every test.
#   ./test.sh                      the dev preset, all tests
#   ./test.sh -R Nik               extra arguments go to ctest (here: only tests matching Nik)
#   ./test.sh --preset release     another preset from CMakePresets.json
# Exits with the tests' status.
set -euo pipefail
cd "$(dirname "$0")"

preset=dev
ctest_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --preset) preset="${2:?--preset needs a name}"; shift 2 ;;
    --preset=*) preset="${1#--preset=}"; shift ;;
    *) ctest_args+=("$1"); shift ;;
  esac
done

./packaging/install-deps.sh

# ccache: CI clones into a new path each time; hash paths relative to the checkout.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
jobs=$(nproc 2>/dev/null || echo 2)

configure=(cmake --preset "$preset")
command -v ninja >/dev/null 2>&1 || configure+=(-G "Unix Makefiles")

start=$(date +%s)
"${configure[@]}" >/dev/null
cmake --build --preset "$preset" -j "$jobs"
built=$(date +%s)
echo "test.sh: configured and built in $((built - start)) s"

log=$(mktemp)
runtime=""
trap 'rm -f "$log"; [ -z "$runtime" ] || rm -rf "$runtime"' EXIT
# Qt tests render offscreen and want a private runtime directory, which CI machines lack.
export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "$XDG_RUNTIME_DIR" ]; then
  runtime=$(mktemp -d)
  chmod 700 "$runtime"
  export XDG_RUNTIME_DIR="$runtime"
fi
set +e
ctest --preset "$preset" -j "$jobs" "${ctest_args[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# A skipped test proves nothing; ctest counts it as passed, so refuse it here.
skipped=$(grep -c '(Skipped)' "$log" || true)
if [ "$skipped" -gt 0 ] && [ "$status" -eq 0 ]; then
  echo "test.sh: $skipped test(s) were skipped; every test must run" >&2
  status=1
fi
echo "test.sh: tests ran in $(($(date +%s) - built)) s, exit status $status"
exit "$status"
