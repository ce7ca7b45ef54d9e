#!/usr/bin/env bash
# Repository hygiene, run by ctest:
#   generated     no generated code (protobuf, moc, rcc, compiled translations) is tracked;
#   shared-data   no file of the reference data (../shared/data) is copied into the repository;
#   layering      the dependency rules of the design hold (core/domain is standard C++ only,
#                 core never names a plugin);
#   translations  no translation file has an unfinished or stale entry;
#   format        every tracked C++ file is as clang-format (.clang-format) writes it.
set -euo pipefail
check="$1" src="$2"
cd "$src"
git rev-parse --is-inside-work-tree >/dev/null || { echo "not a git checkout: $src"; exit 1; }
case "$check" in
  generated)
    bad=$(git ls-files | grep -E '\.pb\.(h|cc)$|(^|/)moc_|(^|/)qrc_|\.qm$|(^|/)ui_.*\.h$' || true)
    if [ -n "$bad" ]; then echo "generated files are tracked:"; echo "$bad"; exit 1; fi
    echo "no generated file among $(git ls-files | wc -l) tracked files" ;;
  shared-data)
    data="$3"
    [ -d "$data" ] || { echo "reference data directory missing: $data"; exit 1; }
    found=0
    for f in "$data"/*.csv; do
      h=$(sha256sum "$f" | cut -c1-64)
      hit=$(git ls-files -z | xargs -0 -r sha256sum 2>/dev/null | grep "^$h" | cut -c67- || true)
      if [ -n "$hit" ]; then echo "$hit is a copy of $f"; found=1; fi
    done
    exit "$found" ;;
  layering)
    bad=$(git grep -nE '#include *[<"](Q[A-Za-z]|qt|grpc|google/protobuf|sqlite3)' -- core/domain || true)
    if [ -n "$bad" ]; then echo "core/domain must use standard C++ only:"; echo "$bad"; exit 1; fi
    bad=$(git grep -nE '#include *[<"][^>"]*plugins/' -- core || true)
    if [ -n "$bad" ]; then echo "core must not reach into plugins/:"; echo "$bad"; exit 1; fi
    bad=$(git grep -nE '#include *[<"](Q[A-Za-z]|qt|grpc|google/protobuf|server/|sdk/)' -- core/storage || true)
    if [ -n "$bad" ]; then echo "core/storage must use standard C++ and SQLite only:"; echo "$bad"; exit 1; fi
    bad=$(git grep -nE '#include *[<"](grpc|sqlite3|storage/|server/)' -- core/sdk || true)
    if [ -n "$bad" ]; then echo "core/sdk must not depend on gRPC, SQLite or the server:"; echo "$bad"; exit 1; fi
    bad=$(git grep -nE '#include *[<"](sqlite3|storage/|server/)' -- core/client || true)
    if [ -n "$bad" ]; then echo "core/client must not reach the server or its storage:"; echo "$bad"; exit 1; fi
    bad=$(git grep -nE '#include *[<"](sqlite3|storage/|server/|Qt?Quick|QtQml|QQml)' -- core/client/qt || true)
    if [ -n "$bad" ]; then echo "core/client/qt is QtCore and gRPC only:"; echo "$bad"; exit 1; fi
    bad=$(git grep -nE '#include *[<"](sqlite3|storage/|server/)' -- core/app qml || true)
    if [ -n "$bad" ]; then echo "the desktop (core/app, qml/) talks to simpul-data only through gRPC:"; echo "$bad"; exit 1; fi
    # The shell never names a plugin: its pages come from the plugins' client faces.
    bad=$(git grep -nE '^import +[A-Za-z.]+' -- 'qml/*.qml' | grep -vE ':import +(QtQuick|QtQml|Qt\.labs|Simpul\.(Components|Shell|App))\b' || true)
    names=$(git grep -niE '\b(pmks|fixture|hello)\b' -- core/app qml || true)
    bad=$(printf '%s\n%s' "$bad" "$names" | sed '/^$/d')
    if [ -n "$bad" ]; then echo "the shell must not name a plugin:"; echo "$bad"; exit 1; fi
    echo "layering rules hold" ;;
  translations)
    # Every string the desktop shows has its English translation (the .ts is refreshed with
    # `cmake --build build --target update_translations`).
    bad=$(git ls-files '*.ts' | xargs -r grep -lE 'type="(unfinished|vanished|obsolete)"' || true)
    if [ -n "$bad" ]; then echo "untranslated or stale entries in:"; echo "$bad"; exit 1; fi
    echo "$(git ls-files '*.ts' | wc -l) translation file(s) complete" ;;
  format)
    mapfile -t files < <(git ls-files '*.h' '*.cpp')
    clang-format --dry-run -Werror "${files[@]}"
    echo "${#files[@]} files formatted" ;;
  *) echo "unknown check: $check"; exit 2 ;;
esac
