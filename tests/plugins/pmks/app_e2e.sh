#!/usr/bin/env bash
# End-to-end through the desktop app: the real `simpul`, offscreen, with its embedded
# simpul-data and the real plugins of the build (PMKS among them), on a demo database made as
# ./run.sh makes it (packaging/make-demo.sh: demo accounts, synthetic persons, PMKS records at
# every workflow step, a Dasawisma group with a report). Every PMKS page is opened as the
# role that works on it and screenshotted into SHOTS (PNG + the visible texts); each run must
# exit 0 (3: a QML warning, 1: the page never got ready) and show what the demo put there.
# Usage: app_e2e.sh BIN_DIR PLUGINS_DIR SHOTS_DIR DATA_DIR SOURCE_DIR
set -euo pipefail
bin="$1" plugins="$2" shots="$3" data="$4" src="$5"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
export QT_QPA_PLATFORM=offscreen SIMPUL_DATA_DIR="$data"
unset SIMPUL_SERVER SIMPUL_TOKEN
mkdir -p "$XDG_RUNTIME_DIR" "$shots" && chmod 700 "$XDG_RUNTIME_DIR"
rm -f "$shots"/pmks_*.png "$shots"/pmks_*.txt

source "$src/tests/app/e2e/e2e_lib.sh"

db="$XDG_DATA_HOME/simpul/simpul.db"
mkdir -p "$(dirname "$db")"
"$src/packaging/make-demo.sh" "$bin" "$plugins" "$db" "$work/logins.txt" >"$work/demo.out" 2>&1 ||
  { cat "$work/demo.out" >&2; echo "FAIL: the demo database could not be made" >&2; exit 1; }

# as USER: the --login/--password-file arguments of that demo account.
as() {
  awk -F'\t' -v u="$1" '$1 == u { print $5 }' "$work/logins.txt" >"$work/$1.pw"
  chmod 600 "$work/$1.pw"
  [ -s "$work/$1.pw" ] || { fail "no login for $1 in the demo logins file"; exit 1; }
  echo "--login $1 --password-file $work/$1.pw"
}
year=$(date +%Y)

# The psm of the demo desa: its records at every step, its Dasawisma group, the import wizard.
# shellcheck disable=SC2046
run pmks_psm_records 0 $(as psm) --page pmks.records
check_png pmks_psm_records
expect pmks_psm_records "Data PMKS" "Tambah data" "Draf" "Diajukan" "Terverifikasi" "Tervalidasi" \
  "Dikembalikan" "$year"
expect_not pmks_psm_records "Antrean validasi"

# shellcheck disable=SC2046
run pmks_psm_dasawisma 0 $(as psm) --page pmks.dasawisma
check_png pmks_psm_dasawisma
expect pmks_psm_dasawisma "Dasawisma" "Dasawisma Melati 1"

# shellcheck disable=SC2046
run pmks_psm_import 0 $(as psm) --page pmks.import
check_png pmks_psm_import
expect pmks_psm_import "Impor data PMKS"

# The Kepala Desa: what the psm submitted, waiting for verification.
# shellcheck disable=SC2046
run pmks_kades_verification 0 $(as kades) --page pmks.verification
check_png pmks_kades_verification
expect pmks_kades_verification "Antrean verifikasi" "Verifikasi semua yang tampil" "Diajukan"
expect_not pmks_kades_verification "Antrean validasi" "Terverifikasi"

# Dinas Sosial: the validation queue, the recap of the kab/kota, the dashboard card.
# shellcheck disable=SC2046
run pmks_dinsos_validation 0 $(as dinsos) --page pmks.validation
check_png pmks_dinsos_validation
expect pmks_dinsos_validation "Antrean validasi" "Validasi semua yang tampil" "Terverifikasi"

# shellcheck disable=SC2046
run pmks_dinsos_recap 0 $(as dinsos) --page pmks.recap
check_png pmks_dinsos_recap
expect pmks_dinsos_recap "Rekap PMKS" "Jumlah"
expect_not pmks_dinsos_recap "Tidak ada data untuk pilihan ini"

# shellcheck disable=SC2046
run pmks_dinsos_dashboard 0 $(as dinsos) --page dashboard
check_png pmks_dinsos_dashboard
expect pmks_dinsos_dashboard "Data PMKS menurut status" "Data PMKS" "Rekap PMKS" "Antrean validasi" \
  "Impor data PMKS"

# shellcheck disable=SC2046
run pmks_dinsos_records 0 $(as dinsos) --page pmks.records
check_png pmks_dinsos_records
expect pmks_dinsos_records "Data PMKS" "Draf" "Diajukan" "Ekspor…"

# TKSK sees its kecamatan; the viewer sees recaps only.
# shellcheck disable=SC2046
run pmks_tksk_records 0 $(as tksk) --page pmks.records
check_png pmks_tksk_records
expect pmks_tksk_records "Data PMKS" "Diajukan"
expect_not pmks_tksk_records "Tambah data"

# shellcheck disable=SC2046
run pmks_viewer_recap 0 $(as viewer) --page pmks.recap
check_png pmks_viewer_recap
expect pmks_viewer_recap "Rekap PMKS"
expect_not pmks_viewer_recap "Data PMKS menurut" "Antrean verifikasi" "Dasawisma"

# English: the plugin's own translation is loaded with the app's.
# shellcheck disable=SC2046
run pmks_dinsos_records_en 0 $(as dinsos) --page pmks.records --lang en
check_png pmks_dinsos_records_en
expect pmks_dinsos_records_en "PMKS records" "Draft" "Submitted" "PMKS recap" "Validation queue"
expect_not pmks_dinsos_records_en "Diajukan" "Tambah data"

# shellcheck disable=SC2046
run pmks_dinsos_recap_en 0 $(as dinsos) --page pmks.recap --lang en
check_png pmks_dinsos_recap_en
expect pmks_dinsos_recap_en "PMKS recap" "Total"

finish "pmks app e2e" "$db"
