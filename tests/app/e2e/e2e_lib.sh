# Shared by the end-to-end scripts of the desktop (tests/app/e2e/e2e.sh,
# tests/plugins/pmks/app_e2e.sh); sourced, with $bin, $plugins, $shots and $work set:
#   run NAME EXPECTED_EXIT [simpul args...]   one app run, screenshot and texts into $shots
#   expect NAME TEXT... / expect_not NAME TEXT...
#   check_png NAME                            a 1366x768 PNG was written
#   fail MESSAGE                              counted in $failures
#   finish LABEL DB                           nothing holds DB any more; exit 1 on failures
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# run NAME EXPECTED_EXIT [simpul args...]: one app run; its stderr is kept in $work/NAME.err.
run() {
  local name="$1" expected="$2"
  shift 2
  local status=0
  timeout 120 "$bin/simpul" --plugins "$plugins" --screenshot "$shots/$name.png" \
    --dump-texts "$shots/$name.txt" "$@" 2>"$work/$name.err" || status=$?
  if [ "$status" -ne "$expected" ]; then
    fail "$name: simpul exited $status, expected $expected"
    sed 's/^/    /' "$work/$name.err" >&2
  fi
  if grep -nE '\.qml:[0-9]+|QML [A-Za-z]+:|qrc:/.*: ' "$work/$name.err" >&2; then
    fail "$name: QML warnings on stderr (above)"
  fi
}

# expect NAME TEXT...: each TEXT is among the visible texts of page NAME.
expect() {
  local name="$1"
  shift
  for text in "$@"; do
    grep -qF -- "$text" "$shots/$name.txt" 2>/dev/null || fail "$name: \"$text\" is not visible"
  done
}
expect_not() {
  local name="$1"
  shift
  for text in "$@"; do
    if grep -qF -- "$text" "$shots/$name.txt" 2>/dev/null; then fail "$name: \"$text\" is visible"; fi
  done
}

png_size() { /usr/bin/python3 -c '
import struct, sys
with open(sys.argv[1], "rb") as f:
    head = f.read(24)
assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
print("%dx%d" % struct.unpack(">II", head[16:24]))' "$1"; }

check_png() {
  local size
  size=$(png_size "$shots/$1.png" 2>&1) || { fail "$1: no PNG written ($size)"; return; }
  [ "$size" = "1366x768" ] || fail "$1: screenshot is $size, expected 1366x768"
}


# finish LABEL DB: no process is left on the database DB, then the verdict (exit 1 on any
# failure).
finish() {
  local label="$1" db="$2"
  sleep 0.5
  if pgrep -f -- "$db" >/dev/null; then
    fail "a process still holds the database: $(pgrep -af -- "$db")"
  fi
  if [ "$failures" -gt 0 ]; then
    echo "$label: $failures failure(s); screenshots and texts in $shots" >&2
    exit 1
  fi
  echo "$label: every page rendered and checked; screenshots in $shots"
}
