#pragma once

// A recap as a printable PDF (simpulctl pmks export recap --format pdf, and the desktop's
// recap export). Written by hand rather than with QPdfWriter: QPainter's text needs a
// QGuiApplication (fonts), and simpulctl is a QCoreApplication that must run without a
// display. The standard PDF fonts (Helvetica, Courier) need no embedding; text is WinAnsi
// (Latin-1), which covers Indonesian names.

#include "export_table.h"

#include <string>
#include <vector>

namespace simpul::pmks {

struct RecapTable {
  std::vector<std::string> header;
  std::vector<std::vector<ExportCell>> rows; // kode, nama wilayah, no, jenis, L, P, jumlah
  std::string wilayah;
  std::string period;
  std::string status;
  std::string level; // "" = the totals of the wilayah itself
  std::string date;  // when it was printed
};

// False with `error` set (bilingual) when the file cannot be written.
bool writeRecapPdf(const std::string& path, const RecapTable& table, std::string* error);

} // namespace simpul::pmks
