#!/usr/bin/env python3
"""Writes the committed seed corpora of the text and file targets (corpus/<target>/).

Synthetic only: NIKs are built from kecamatan codes of the official list's shape, a birth
date and a serial, and names are made up. The rpc target's seeds come from the target itself
(SIMPUL_FUZZ_WRITE_SEEDS=<dir> fuzz_rpc, see fuzz_rpc.cpp). Re-run after changing this file:
    python3 tests/fuzz/make_seeds.py
"""
import io
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def write(target, name, data):
    directory = os.path.join(HERE, "corpus", target)
    os.makedirs(directory, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(directory, name), "wb") as out:
        out.write(data)


def nik(kecamatan, day, month, year, serial, female=False):
    return "%s%02d%02d%02d%04d" % (kecamatan, day + (40 if female else 0), month, year % 100,
                                   serial)


# nik: the first byte picks the reference date and the kecamatan check (fuzz_nik.cpp).
for i, text in enumerate([
        nik("320405", 15, 1, 1980, 1),
        nik("320405", 29, 2, 2000, 9999, female=True),
        nik("110101", 1, 12, 1999, 12),
        "3204050000000000",
        "32040515018000011",
        "3204 0515 0180 0001",
]):
    write("nik", "seed_%d" % i, bytes([0x10 + i * 37]) + text.encode())

for i, text in enumerate(["32", "32.04", "32.04.05", "32.04.05.2001", "3204052001", "3270",
                          "32.04.05.1001", "2025", "2025-S1", "2025-q4", "2025-05",
                          "2021-02-28", "05/03/2021", "5-3-2021"]):
    write("wilayah_code", "seed_%d" % i, text)

# page_token: 4 bytes page_size, 1 byte list, then a token or a key.
for i, (size, lst, rest) in enumerate([
        (0, 0, b""), (50, 0, b"cmVjb3JkcwoxMg"), (-1, 1, b"cGVyc29ucwox"),
        (10001, 2, b"00000000000000000042"), (500, 3, b"not base64!"),
        (1, 4, b"CjE"), (2, 0, b"cmVjb3Jkcwo"), (3, 1, b"-9223372036854775808")]):
    write("page_token", "seed_%d" % i, struct.pack("<iB", size, lst) + rest)

HEADER = ["nik", "no_kk", "nama", "jenis_kelamin", "tanggal_lahir", "kode_wilayah", "dusun",
          "rw", "rt", "jenis_pmks", "jenis_disabilitas", "periode", "keterangan"]
ROWS = [
    [nik("320405", 15, 1, 1980, 1), "3204050101010001", "Contoh Satu", "L", "1980-01-15",
     "32.04.05.2001", "Dusun 1", "002", "001", "1", "", "2025", ""],
    [nik("320405", 3, 7, 1950, 2, female=True), "", "Contoh Dua", "P", "03/07/1950",
     "3204052001", "", "", "", "lanjut usia terlantar", "", "2025-S1", "catatan; \"kutip\""],
    [nik("320405", 12, 5, 2015, 3), "", "Contoh Tiga", "L", "12-05-2015", "32.04.05.2001",
     "", "", "", "8", "fisik", "2025", "baris\nkedua"],
]


def csv_text(rows, sep=",", eol="\n"):
    def cell(value):
        if any(c in value for c in (sep, "\"", "\n", "\r")):
            return "\"" + value.replace("\"", "\"\"") + "\""
        return value
    return eol.join(sep.join(cell(v) for v in row) for row in rows) + eol


for target in ("csv", "import_row"):
    write(target, "seed_comma", csv_text([HEADER] + ROWS))
    write(target, "seed_semicolon_crlf", "\ufeff" + csv_text([HEADER] + ROWS, ";", "\r\n"))
    write(target, "seed_latin1", csv_text([["nik", "nama", "jenis_kelamin", "tanggal_lahir",
                                            "kode_wilayah", "jenis_pmks", "periode"],
                                           [ROWS[0][0], "Sebastián", "L", "1980-01-15",
                                            "32.04.05.2001", "1", "2025"]]).encode("latin-1"))
    write(target, "seed_missing_column", csv_text([["nik", "nama"], ["1", "x"]]))
write("csv", "seed_cr_only", csv_text([HEADER[:3], ROWS[0][:3]], ",", "\r"))


def column(index):
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def xlsx(rows, shared=True, date_style=True, rels=True):
    strings = []
    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = "%s%d" % (column(c), r)
            if value == "":
                continue
            if date_style and r > 1 and c == 4:
                cells.append('<c r="%s" s="1"><v>29235</v></c>' % ref)
            elif value.isdigit() and len(value) < 6:
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, value))
            elif shared:
                strings.append(value)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, len(strings) - 1))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, value))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", '<workbook %s xmlns:r="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships"><workbookPr date1904="false"/><sheets>'
                   '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>' % ns)
        if rels:
            z.writestr("xl/_rels/workbook.xml.rels",
                       '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>'
                       '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml",
                   '<worksheet %s><sheetData>%s</sheetData></worksheet>' % (ns, "".join(sheet_rows)))
        if shared:
            z.writestr("xl/sharedStrings.xml", '<sst %s>%s</sst>' % (
                ns, "".join("<si><t>%s</t></si>" % s for s in strings)))
        if date_style:
            z.writestr("xl/styles.xml", '<styleSheet %s><numFmts><numFmt numFmtId="164" '
                       'formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/>'
                       '<xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>' % ns)
    return buffer.getvalue()


write("xlsx", "seed_shared.xlsx", xlsx([HEADER] + [r[:] for r in ROWS[:2]]))
write("xlsx", "seed_inline.xlsx", xlsx([HEADER[:6], ROWS[0][:6]], shared=False,
                                       date_style=False, rels=False))
write("xlsx", "seed_header_only.xlsx", xlsx([HEADER[:4]], date_style=False))
