#pragma once

// An exported file read back whole with the import reader (tests of the exports).

#include "import_file.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace simpul::testing {

// The header, then every row; {} (and a test failure) when the file cannot be read.
inline std::vector<std::vector<std::string>> readTable(const std::string& path) {
  std::string error;
  auto reader = pmks::TableReader::open(path, &error);
  EXPECT_NE(reader, nullptr) << error;
  if (!reader) {
    return {};
  }
  std::vector<std::vector<std::string>> rows = {reader->header()};
  pmks::TableRow row;
  while (reader->next(row)) {
    rows.push_back(row.values);
  }
  return rows;
}

} // namespace simpul::testing
