#pragma once

// What the offline commands (`init`, `demo`) share: where the reference data is, how far a
// wilayah load has got, and what a database file already holds.

#include "cli/command.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace simpul::storage {
class Database;
}

namespace simpul::cli {

// The value of --OPTION, else $SIMPUL_DATA_DIR/FILE, else the build's data directory.
std::string dataFile(const ParsedArguments& args, std::string_view option, std::string_view file,
                     const char* buildDefault);

// Data rows in a CSV file (lines after the header), for "40000/91599"; 0 when unreadable
// (the loader then says why, if it needs the file at all).
std::int64_t countCsvRows(const std::string& path);

// Whether the database has the table `table` with at least one row; false for a file that
// is not (yet) a Simpul database.
bool hasRows(storage::Database& db, std::string_view table);

// Progress of the wilayah load on stderr: rewritten in place on a terminal, one line per
// step otherwise (logs).
class WilayahProgress {
public:
  WilayahProgress(std::ostream& err, std::int64_t total);

  void operator()(std::int64_t rows);
  // Ends the line on a terminal; call once the load is over (or failed).
  void finish();

private:
  std::ostream& m_err;
  std::int64_t m_total;
  bool m_terminal;
  bool m_shown = false;
};

} // namespace simpul::cli
