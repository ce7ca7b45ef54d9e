#pragma once

// Reading an import file (CSV or XLSX) as a header and rows, one row at a time, for every
// face that imports PMKS records (simpulctl pmks import, the desktop import wizard). The
// meaning of the columns is the server's business (import_row.h); this only turns a file
// into rows of text with their line numbers.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace simpul::pmks {

struct TableRow {
  int line = 0; // 1-based: the CSV line the row starts on, or the XLSX row number
  std::vector<std::string> values; // UTF-8, as many as the row has (may be fewer than the header)
};

class TableReader {
public:
  virtual ~TableReader();

  // Opens `path` as CSV or XLSX, by its extension (any case) or, without one of those, by
  // its content. nullptr with `error` set ("<Indonesian> / <English>", never file content)
  // when it cannot be read or its first row (the header) is missing.
  static std::unique_ptr<TableReader> open(const std::string& path, std::string* error);

  // The first row, each cell trimmed.
  virtual const std::vector<std::string>& header() const = 0;
  // The next row that has any non-blank cell; false at the end or when reading failed
  // (error() then says why).
  virtual bool next(TableRow& row) = 0;
  virtual std::string error() const = 0;
  // How far reading has come, 0..1 (for a progress line).
  virtual double progress() const = 0;
};

} // namespace simpul::pmks
