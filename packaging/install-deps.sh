#!/usr/bin/env bash
# Installs every Debian package Simpul needs to build, test and run.
# This is the one list: later work adds its packages here, nowhere else.
# Idempotent; silent and fast (one dpkg-query) when everything is present.
# Works as root or through sudo.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang-format
  # Qt 6 (core, plugin loading) and the desktop host: Qt Quick, its QML modules (templates
  # are needed by ApplicationWindow at run time), Quick Test, Linguist tools, a font so that
  # offscreen text is not boxes
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qttest libqt6quicktest6 fonts-dejavu-core
  # file dialogs of the desktop (QtQuick.Dialogs; its Qt Quick implementation lists folders
  # with Qt.labs.folderlistmodel)
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  libgl-dev
  # gRPC and protobuf (code generation at build time)
  libgrpc++-dev libprotobuf-dev protobuf-compiler protobuf-compiler-grpc
  # data service: SQLite, password hashing (argon2id)
  libsqlite3-dev libsodium-dev
  # PMKS plugin: XLSX export (libxlsxwriter) and XLSX import (zip reading; the XML is read
  # with Qt's QXmlStreamReader)
  libxlsxwriter-dev libminizip-dev
  # the Python client test (Debian's modules, seen only by /usr/bin/python3)
  python3 python3-grpcio python3-grpc-tools
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # fuzzing (tests/fuzz): clang with libFuzzer and its sanitizer runtimes; llvm-symbolizer
  # names the frames of sanitizer reports (also of the g++ asan/tsan presets)
  clang libclang-rt-14-dev llvm
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "install-deps: missing packages (${missing[*]}) and neither root nor sudo" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
# A stale or empty package list finds nothing: refresh it once per run.
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done" >&2
