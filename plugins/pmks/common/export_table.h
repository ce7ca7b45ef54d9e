#pragma once

// Writing a table (a header and rows of text or numbers) to a file, for every face that
// exports PMKS data (simpulctl pmks export and the desktop, through export_stream.h): CSV in
// UTF-8 with a BOM (so Excel reads the names right) and XLSX (libxlsxwriter). Rows are
// written as they come, so an export of a whole kab/kota never holds all its records in
// memory.

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace simpul::pmks {

// Text stays text (a NIK or a No. KK must never become a number: Excel keeps 15 digits);
// only counts are numbers.
using ExportCell = std::variant<std::string, std::int64_t>;

enum class ExportFormat { Csv, Xlsx };

class TableWriter {
public:
  virtual ~TableWriter();

  // Creates `path` (replacing it) and writes the header. nullptr with `error` set
  // ("<Indonesian> / <English>") when the file cannot be created. `sheetName` names the XLSX
  // worksheet (at most 31 characters; ignored for CSV).
  static std::unique_ptr<TableWriter> create(ExportFormat format, const std::string& path,
                                             const std::vector<std::string>& header,
                                             const std::string& sheetName, std::string* error);

  // False when writing failed (error() says why); later rows are then ignored.
  virtual bool writeRow(const std::vector<ExportCell>& cells) = 0;
  // Completes the file (XLSX is assembled here). False when it could not be written.
  virtual bool finish() = 0;
  virtual std::string error() const = 0;
};

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
std::string csvQuoted(const std::string& text);

} // namespace simpul::pmks
