// The XLSX import reader (plugins/pmks/common/xlsx_reader.cpp, xlsx_parts.cpp) on arbitrary
// bytes written to a file (it reads through minizip from a path): no crash, no hang, no
// unbounded memory on a hostile archive.

#include "fuzz_check.h"
#include "table_readers.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

using namespace simpul::pmks;

namespace {

const std::string& scratchPath() {
  static const std::string path = [] {
    const char* tmp = std::getenv("TMPDIR");
    return std::string(tmp && *tmp ? tmp : "/tmp") + "/simpul-fuzz-xlsx-" +
           std::to_string(::getpid()) + ".xlsx";
  }();
  return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& path = scratchPath();
  {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    FUZZ_CHECK(file != nullptr, "the scratch file can be written");
    FUZZ_CHECK(std::fwrite(data, 1, size, file) == size, "the scratch file is written");
    std::fclose(file);
  }
  std::string error;
  // Through TableReader::open, as the import faces do (the .xlsx extension picks XLSX).
  const auto reader = TableReader::open(path, &error);
  if (reader) {
    for (const std::string& name : reader->header()) {
      FUZZ_CHECK(detail::isValidUtf8(name), "header cells are UTF-8");
    }
    TableRow row;
    int lastLine = 0;
    while (reader->next(row)) {
      FUZZ_CHECK(row.line > lastLine, "row numbers increase");
      lastLine = row.line;
      for (const std::string& value : row.values) {
        FUZZ_CHECK(detail::isValidUtf8(value), "cells are UTF-8");
      }
    }
    (void)reader->error();
    (void)reader->progress();
  } else {
    FUZZ_CHECK(!error.empty(), "a refused file says why");
  }
  std::remove(path.c_str());
  return 0;
}
