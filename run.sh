#!/usr/bin/env bash
# ./run.sh: installs what is missing, builds, creates the demo database on first run and
# opens the Simpul desktop app on it (signed out; the demo logins are printed here).
#   ./run.sh                 the app, with its own data service on the demo database
#   ./run.sh --serve         only the data service, on 127.0.0.1:50051, in the foreground
#                            (what happens anyway on a machine without a display)
#   ./run.sh --reset-demo    delete the demo database and make a new one first
#   ./run.sh -- ARGS         further arguments for the app (e.g. -- --lang en)
# The demo database lives in ${XDG_DATA_HOME:-~/.local/share}/simpul/demo/ and holds only
# synthetic persons; your own data (the app's default database) is never touched.
set -euo pipefail
cd "$(dirname "$0")"

serve=0 reset=0 app_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --serve) serve=1; shift ;;
    --reset-demo) reset=1; shift ;;
    --) shift; app_args=("$@"); break ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

./packaging/install-deps.sh

export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
configure=(cmake --preset dev)
command -v ninja >/dev/null 2>&1 || configure+=(-G "Unix Makefiles")
"${configure[@]}" >/dev/null
echo "run.sh: building the app, the data service and the plugins…" >&2
cmake --build --preset dev -j "$(nproc 2>/dev/null || echo 2)" \
  --target simpul simpul-data simpulctl simpul_plugins
bin="$PWD/build/bin"

demo_dir="${XDG_DATA_HOME:-$HOME/.local/share}/simpul/demo"
db="$demo_dir/simpul.db"
logins="$demo_dir/demo-logins.txt"
if [ "$reset" = 1 ]; then
  rm -f "$db" "$db-wal" "$db-shm" "$logins"
fi
mkdir -p "$demo_dir"
if [ ! -e "$db" ]; then
  echo "run.sh: creating the demo database (real wilayah list, synthetic persons, PMKS data)…" >&2
  ./packaging/make-demo.sh "$bin" "$PWD/build/plugins" "$db" "$logins"
  "$bin/simpul-data" --db "$db" --listen "unix:$socket" --plugins "$PWD/build/plugins" \
    >"$demo_dir/demo-setup.log" 2>&1 &
  setup_pid=$!
  for _ in $(seq 100); do [ -S "$socket" ] && break; sleep 0.1; done
  if ! "$bin/simpulctl" --server "unix:$socket" --plugins "$PWD/build/plugins" \
    pmks demo --logins-file "$logins"; then
    kill "$setup_pid" 2>/dev/null || true
    echo "run.sh: the PMKS demo data failed (see $demo_dir/demo-setup.log)" >&2
    exit 1
  fi
  kill "$setup_pid" && wait "$setup_pid" 2>/dev/null || true
  rm -f "$socket"
elif [ -r "$logins" ]; then
  echo "Demo logins (synthetic data; $logins):"
  column -t -s $'\t' "$logins" 2>/dev/null || cat "$logins"
fi

if [ "$serve" = 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] &&
  [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run.sh: no display here (neither DISPLAY nor WAYLAND_DISPLAY is set): serving instead." >&2
  serve=1
fi

if [ "$serve" = 1 ]; then
  cat >&2 <<TXT

The data service runs on 127.0.0.1:50051 with the demo database; stop it with Ctrl+C.
  Desktop app on this machine:    $bin/simpul --server 127.0.0.1:50051
  Desktop app on another machine: ssh -N -L 50051:127.0.0.1:50051 $(whoami)@$(hostname)
                                  then there: simpul --server 127.0.0.1:50051
  Command line:                   export SIMPUL_SERVER=127.0.0.1:50051
                                  $bin/simpulctl login --user dinsos
                                  $bin/simpulctl wilayah children 32.04
The service listens on loopback only: it refuses another address without TLS
(simpul-data --help says how to give it a certificate).

TXT
  exec "$bin/simpul-data" --db "$db" --listen 127.0.0.1:50051 --plugins "$PWD/build/plugins"
fi

exec "$bin/simpul" --db "$db" "${app_args[@]}"
