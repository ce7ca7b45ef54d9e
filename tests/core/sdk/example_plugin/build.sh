#!/usr/bin/env bash
# Installs the SDK from the Simpul build tree into a scratch prefix, then configures and builds
# the example plugin against that prefix alone. Run by ctest as the setup of the example test.
#   build.sh <simpul build dir> <work dir> <cmake generator>
set -euo pipefail
build="$1" work="$2" generator="$3"
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" --component sdk >/dev/null
cmake -S "$here" -B "$work/build" -G "$generator" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$work/build"
test -f "$work/build/plugins/org.example.hello/plugin.json"
test -f "$work/build/plugins/org.example.hello/liborg_example_hello_server.so"
echo "example plugin built against $work/prefix"
