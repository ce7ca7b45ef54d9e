#!/usr/bin/env bash
# Builds the benchmarks in Release and runs every one of them, each measured against its
# baseline in the same run. Prints one line per figure,
#   name: value unit  (ratio R vs baseline)  [goal ...: met|MISSED]
# and writes the same figures as JSON (results.json in the output directory).
#
#   tests/bench/run.sh [--size N] [--seconds S] [--out DIR] [--wilayah FILE] [--names FILE]
#   tests/bench/run.sh --smoke --build-dir DIR      what ./test.sh runs (ctest bench.smoke)
#
#   --size N        records of the import and of the read database (default 1000000); the
#                   recap is also measured at 10 x N
#   --seconds S     length of each throughput run (default 2)
#   --build-dir D   use the programs already built in D instead of building build-release
#   --smoke         tiny sizes, to prove that every benchmark still runs; its figures mean
#                   nothing and its goals are not checked
# Reference data: $SIMPUL_DATA_DIR (default ../shared/data beside the checkout).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

size=1000000
seconds=2
runs=10
smoke=0
build_dir=""
out=""
data_dir=${SIMPUL_DATA_DIR:-$root/../shared/data}
wilayah=""
names=""
die() { echo "run.sh: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=${2:?--size needs a number}; shift 2 ;;
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    --build-dir) build_dir=${2:?--build-dir needs a directory}; shift 2 ;;
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    --wilayah) wilayah=${2:?--wilayah needs a file}; shift 2 ;;
    --names) names=${2:?--names needs a file}; shift 2 ;;
    --smoke) smoke=1; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
[[ "$size" =~ ^[0-9]+$ ]] && [ "$size" -ge 1000 ] || die "--size must be a number >= 1000"
if [ "$smoke" = 1 ]; then
  size=10000
  seconds=1
  runs=2
fi
wilayah=${wilayah:-$data_dir/wilayah.csv}
names=${names:-$data_dir/indonesian_names_faker.csv}
[ -r "$wilayah" ] || die "cannot read the wilayah list $wilayah (give --wilayah FILE)"
[ -r "$names" ] || die "cannot read the names list $names (give --names FILE)"

if [ -z "$build_dir" ]; then
  ./packaging/install-deps.sh
  export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
  configure=(cmake --preset release)
  command -v ninja >/dev/null 2>&1 || configure+=(-G "Unix Makefiles")
  "${configure[@]}" >/dev/null
  cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)" --target simpul_benchmarks
  build_dir=$root/build-release
fi
build_dir=$(cd "$build_dir" && pwd)
bin() { # the path of a built program
  local found
  found=$(find "$build_dir" -type f -name "$1" -perm -u+x -not -path '*/CMakeFiles/*' | head -n 1)
  [ -n "$found" ] || { echo "run.sh: $1 is not built in $build_dir" >&2; exit 1; }
  echo "$found"
}
ctl=$(bin simpulctl)
data=$(bin simpul-data)
plugins=$build_dir/plugins
out=${out:-$build_dir/bench}
work=$out/work
rm -rf "$work"
mkdir -p "$work"
json_lines=$out/results.jsonl
: >"$json_lines"
export SIMPUL_BENCH_JSON=$json_lines QT_QPA_PLATFORM=offscreen
export HOME=$work/home XDG_CONFIG_HOME=$work/config
unset SIMPUL_TOKEN SIMPUL_SERVER SIMPUL_PLUGINS
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$work/runtime
  mkdir -p -m 700 "$XDG_RUNTIME_DIR"
fi

step() { echo; echo "== $* ($(date +%T))"; }
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'),"
machine+=" $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM"
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
echo "simpul benchmarks: size $size, commit $commit, $build_type build, $machine"
[ "$smoke" = 0 ] || echo "(smoke run: tiny sizes, the figures mean nothing)"

step "template database: schema, plugin migrations, users"
printf 'admin-password-1\n' >"$work/admin.pw"
printf 'dinsos-password-1\n' >"$work/dinsos.pw"
"$ctl" init --db "$work/template.db" --admin admin --admin-password-file "$work/admin.pw" \
  --wilayah "$wilayah" >/dev/null
"$data" --db "$work/template.db" --listen "unix:$work/t.sock" --plugins "$plugins" \
  >"$work/template-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
c=("$ctl" --server "unix:$work/t.sock" --plugins "$plugins")
for _ in $(seq 1 150); do
  "${c[@]}" login --user admin --password-file "$work/admin.pw" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat "$work/template-server.log" >&2; exit 1; }
  sleep 0.2
done
"${c[@]}" user add dinsos --display-name "Dinas Sosial Jawa Barat" \
  --password-file "$work/dinsos.pw" >/dev/null
"${c[@]}" user grant dinsos dinsos --wilayah 32 >/dev/null
kill $server
wait $server 2>/dev/null || true
trap - EXIT

gen=(--seed 1 --provinsi 32 --wilayah "$wilayah" --names "$names")
step "import: simpulctl pmks import of $size rows vs raw SQLite insert"
"$(bin simpul-benchgen)" csv --rows "$size" "${gen[@]}" --out "$work/import.csv"
"$(bin bench_import)" --template "$work/template.db" --csv "$work/import.csv" --rows "$size" \
  "${gen[@]}" --user dinsos --password-file "$work/dinsos.pw"
rm -f "$work/import.csv"

step "read databases: $size and $((size * 10)) records"
"$(bin simpul-benchgen)" db --rows "$size" "${gen[@]}" --template "$work/template.db" \
  --out "$work/db1.db"
# Read by the recap benchmark only: records and recap counts, no persons (half the time).
"$(bin simpul-benchgen)" db --rows "$((size * 10))" "${gen[@]}" --records-only \
  --template "$work/template.db" --out "$work/db10.db"

step "recap vs GROUP BY"
"$(bin bench_recap)" --db "$work/db1.db" --db10 "$work/db10.db" --user dinsos \
  --password-file "$work/dinsos.pw" --kabupaten 32.04 --provinsi 32 --period 2025 \
  --db10-check counts
rm -f "$work/db10.db"*

step "raw gRPC echo"
"$(bin bench_grpc_echo)" --seconds "$seconds"

step "Get/List throughput and deep paging"
"$(bin bench_rpc)" --db "$work/db1.db" --user dinsos --password-file "$work/dinsos.pw" \
  --seconds "$seconds"

step "desktop first frame vs raw Qt Quick"
"$(bin bench_first_frame)" --app "$(bin simpul)" --baseline "$(bin bench_quick_baseline)" \
  --runs "$runs" --db "$work/template.db"

results=$out/results.json
{
  printf '{"commit":"%s","build_type":"%s","size":%s,"smoke":%s,"machine":"%s","date":"%s",\n' \
    "$commit" "$build_type" "$size" "$([ "$smoke" = 1 ] && echo true || echo false)" \
    "$machine" "$(date -u +%FT%TZ)"
  printf '"figures":[\n'
  sed '$!s/$/,/' "$json_lines"
  printf ']}\n'
} >"$results"
rm -rf "$work"
echo
echo "run.sh: $(wc -l <"$json_lines") figures written to $results"
missed=$(grep -c '"met":false' "$json_lines" || true)
[ "$smoke" = 1 ] || echo "run.sh: goals missed: $missed (see docs/benchmarks.md for the causes)"
