// The raw SQLite baseline of the import benchmark (generator.h, rawInsert): the rows go
// straight into core_persons and pmks_records of a copy of template.db (all indexes of the
// real migrations present), with prepared statements and one transaction per 10,000 rows.
// Settings: sql::applyFastSettings (sqlite_util.cpp), or SQLite's defaults (RawSettings).

#include "generator.h"
#include "sqlite_util.h"

#include <chrono>

namespace simpul::bench {

RawInsertStats rawInsert(const std::string& dbPath, const std::vector<GenRow>& rows,
                         RawSettings settings) {
  constexpr std::size_t kRowsPerTransaction = 10000;
  sql::Db db(dbPath, SQLITE_OPEN_READWRITE);
  if (settings == RawSettings::Tuned) {
    sql::applyFastSettings(db);
  }
  const std::int64_t userId = sql::benchUserId(db);
  sql::RowWriter writer(db, userId);

  const auto start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < rows.size(); i += kRowsPerTransaction) {
    db.exec("BEGIN");
    const std::size_t end = std::min(rows.size(), i + kRowsPerTransaction);
    for (std::size_t j = i; j < end; ++j) {
      writer.write(rows[j]);
    }
    db.exec("COMMIT");
  }
  RawInsertStats stats;
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  stats.rows = static_cast<std::int64_t>(rows.size());
  return stats;
}

} // namespace simpul::bench
