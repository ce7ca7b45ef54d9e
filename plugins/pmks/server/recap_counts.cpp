#include "recap_counts.h"

#include "storage/database.h"

namespace simpul::pmks {

void adjustRecap(storage::Database& tx, const std::string& period, std::string_view desaCode,
                 int pmksType, int status, int sex, int delta) {
  auto stmt = tx.prepare(
      "INSERT INTO pmks_recap_counts (period, level, wilayah_code, pmks_type, status, sex, n) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (period, wilayah_code, pmks_type, status, sex) "
      "DO UPDATE SET n = n + excluded.n");
  // A dotted code's prefixes up to each '.' are its ancestors: "32", "32.04", "32.04.05".
  int level = 0;
  for (std::size_t i = 0; i <= desaCode.size(); ++i) {
    if (i == desaCode.size() || desaCode[i] == '.') {
      ++level;
      stmt.reset();
      stmt.bindAll(period, level, desaCode.substr(0, i), pmksType, status, sex, delta);
      stmt.run();
    }
  }
}

} // namespace simpul::pmks
