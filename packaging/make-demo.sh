#!/usr/bin/env bash
# Creates a demo database: `simpulctl demo` (real wilayah list, demo accounts, synthetic
# persons), then the plugins' demo data, entered through a data service on a private socket
# as the demo accounts themselves (so it has its history and audit entries like real work).
# Used by ./run.sh and the end-to-end tests.
# Usage: make-demo.sh BIN_DIR PLUGINS_DIR DB LOGINS_FILE [simpulctl demo options...]
set -euo pipefail
bin="$1" plugins="$2" db="$3" logins="$4"
shift 4

"$bin/simpulctl" demo --db "$db" --logins-file "$logins" "$@"

echo "make-demo: adding PMKS demo data (records, workflow steps, a Dasawisma report)…" >&2
work=$(mktemp -d)
socket="$work/demo-setup.sock"
"$bin/simpul-data" --db "$db" --listen "unix:$socket" --plugins "$plugins" \
  >"$work/simpul-data.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 200); do
  [ -S "$socket" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
if ! "$bin/simpulctl" --server "unix:$socket" --plugins "$plugins" \
  pmks demo --logins-file "$logins"; then
  echo "make-demo: the PMKS demo data failed; the data service said:" >&2
  sed 's/^/    /' "$work/simpul-data.log" >&2
  rm -f "$db" "$db-wal" "$db-shm"
  exit 1
fi
