#!/usr/bin/env bash
# End-to-end: the real `simpul` app, offscreen, with its embedded simpul-data on a demo
# database in the default place ($XDG_DATA_HOME/simpul/simpul.db), the fixture plugins
# (tests/app/fixtures: "hello" works, "hello_broken" refuses to start) on its plugin path.
# Signs in as the demo dinsos user, opens every page of the shell and a plugin page,
# screenshots each into SHOTS (PNG + the visible texts) and checks:
#   - the app exits 0 (it exits 3 when a QML warning was printed, 1 when the page never got
#     ready), and stderr holds no QML warning either;
#   - the PNG is a 1366x768 image;
#   - the expected texts are visible (and the entry dinsos may not see is not);
#   - no simpul-data is left running on the database afterwards.
# Usage: e2e.sh BIN_DIR FIXTURE_PLUGINS_DIR SHOTS_DIR DATA_DIR
set -euo pipefail
bin="$1" plugins="$2" shots="$3" data="$4"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
export QT_QPA_PLATFORM=offscreen SIMPUL_DATA_DIR="$data"
unset SIMPUL_SERVER SIMPUL_TOKEN
mkdir -p "$XDG_RUNTIME_DIR" "$shots" && chmod 700 "$XDG_RUNTIME_DIR"
rm -f "$shots"/*.png "$shots"/*.txt

# run, expect, expect_not, check_png, fail, finish and $failures.
source "$(dirname "${BASH_SOURCE[0]}")/e2e_lib.sh"

# 1. First start on an empty data directory: the first-administrator page.
run setup 0 --page setup
check_png setup
expect setup "Simpul"
expect setup "administrator"
[ ! -e "$XDG_DATA_HOME/simpul/simpul.db" ] || fail "setup: a database appeared before the form was sent"

# 2. The demo database where the app looks for its own.
db="$XDG_DATA_HOME/simpul/simpul.db"
mkdir -p "$(dirname "$db")"
"$bin/simpulctl" demo --db "$db" --persons 40 --logins-file "$work/logins.txt" >"$work/demo.out"
awk -F'\t' '$1 == "dinsos" { print $5 }' "$work/logins.txt" >"$work/dinsos.pw"
chmod 600 "$work/dinsos.pw"
[ -s "$work/dinsos.pw" ] || { fail "no dinsos login in the demo logins file"; exit 1; }
login=(--login dinsos --password-file "$work/dinsos.pw")

# 3. Logged out: the login page.
run login 0 --page login
check_png login
expect login "Masuk" "Kata sandi"

# 4. Every page of the shell as dinsos, in Bahasa Indonesia.
run dashboard 0 "${login[@]}" --page dashboard
check_png dashboard
expect dashboard "Dasbor" "Kotak Masuk" "Salam Warga" "Salam hari ini" "Selamat bekerja, tim Simpul!"
expect_not dashboard "Cadangan Salam"

run inbox 0 "${login[@]}" --page inbox
check_png inbox
expect inbox "Kotak Masuk"

run plugins 0 "${login[@]}" --page plugins
check_png plugins
expect plugins "Salam (uji)" "1.2.0" "Salam rusak (uji)" "berkas konfigurasi salam tidak ada"

run settings 0 "${login[@]}" --page settings
check_png settings
expect settings "Pengaturan" "Bahasa"

run about 0 "${login[@]}" --page about
check_png about
expect about "Tentang Simpul" "cahyadsn"

run plugin_page 0 "${login[@]}" --page hello.greetings
check_png plugin_page
expect plugin_page "Salam dari plugin uji"

# 5. English, without a restart of anything but this run.
run dashboard_en 0 "${login[@]}" --page dashboard --lang en
check_png dashboard_en
expect dashboard_en "Dashboard" "Greetings" "Today's greeting"
expect_not dashboard_en "Dasbor"

# 6. Nothing left running on the database.
finish e2e "$db"
