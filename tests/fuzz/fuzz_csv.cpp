// The CSV import reader (plugins/pmks/common/csv_reader.cpp) on arbitrary bytes: no crash,
// rows come in order with line numbers inside the file, cells are UTF-8.

#include "fuzz_check.h"
#include "table_readers.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace simpul::pmks;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  const auto reader = detail::openCsv(bytes, &error);
  if (!reader) {
    FUZZ_CHECK(!error.empty(), "a refused file says why");
    return 0;
  }
  for (const std::string& name : reader->header()) {
    FUZZ_CHECK(detail::isValidUtf8(name), "header cells are UTF-8");
  }
  TableRow row;
  int lastLine = 0;
  // A line holds at least one byte, so the file bounds the number of rows.
  for (std::size_t rows = 0; reader->next(row); ++rows) {
    FUZZ_CHECK(rows <= size, "no more rows than bytes");
    FUZZ_CHECK(row.line > lastLine, "line numbers increase");
    lastLine = row.line;
    for (const std::string& value : row.values) {
      FUZZ_CHECK(detail::isValidUtf8(value), "cells are UTF-8");
    }
    const double progress = reader->progress();
    FUZZ_CHECK(progress >= 0.0 && progress <= 1.0, "progress within 0..1");
  }
  (void)reader->error();
  (void)detail::trimmed(bytes);
  return 0;
}
