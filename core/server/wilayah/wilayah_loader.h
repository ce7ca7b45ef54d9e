#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace simpul::storage {
class Database;
}

namespace simpul::server {

struct WilayahLoadReport {
  std::int64_t rows = 0;
};

// Loads the official region list (header `code,name,level,parent_code,type`, see
// ../shared/data/README.md) into core_wilayah, inside the caller's open write transaction,
// with one prepared statement reused for every row.
//
// Every row is checked before it is inserted: the code parses as a Kemendagri code, the level
// is the code's level, parent_code is the code's parent and appears earlier in the file, the
// type is a known one and the one the code implies, the name is not empty, the code is not a
// repeat. The first bad row throws std::runtime_error("<file name> line <n>: <what>"); the
// caller's transaction then rolls back, so the table is never half loaded.
//
// `progress` is called with the number of rows loaded so far every 10,000 rows and once at the
// end.
WilayahLoadReport loadWilayahCsv(storage::Database& tx, const std::string& csvPath,
                                 const std::function<void(std::int64_t rows)>& progress = {});

} // namespace simpul::server
