#!/usr/bin/env bash
# Repository hygiene, run by ctest:
#   generated     no generated code (protobuf, moc, rcc, compiled translations) is tracked;
#   shared-data   no file of the reference data (../shared/data) is copied into the repository.
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
  *) echo "unknown check: $check"; exit 2 ;;
esac
