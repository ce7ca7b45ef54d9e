#include "recap_counts.h"

#include "storage/database.h"

namespace simpul::pmks {

void RecapDeltas::add(const std::string& period, std::string_view desaCode, int pmksType,
                      int status, int sex, int delta) {
  // A dotted code's prefixes up to each '.' are its ancestors: "32", "32.04", "32.04.05".
  int level = 0;
  for (std::size_t i = 0; i <= desaCode.size(); ++i) {
    if (i == desaCode.size() || desaCode[i] == '.') {
      ++level;
      m_deltas[Key{period, level, std::string(desaCode.substr(0, i)), pmksType, status, sex}] +=
          delta;
    }
  }
}

void RecapDeltas::apply(storage::Database& tx) {
  auto stmt = tx.prepare(
      "INSERT INTO pmks_recap_counts (period, level, wilayah_code, pmks_type, status, sex, n) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (period, wilayah_code, pmks_type, status, sex) "
      "DO UPDATE SET n = n + excluded.n");
  for (const auto& [key, delta] : m_deltas) {
    if (delta == 0) {
      continue;
    }
    const auto& [period, level, code, pmksType, status, sex] = key;
    stmt.bindAll(period, level, code, pmksType, status, sex, delta);
    stmt.run();
  }
  m_deltas.clear();
}

void adjustRecap(storage::Database& tx, const std::string& period, std::string_view desaCode,
                 int pmksType, int status, int sex, int delta) {
  RecapDeltas deltas;
  deltas.add(period, desaCode, pmksType, status, sex, delta);
  deltas.apply(tx);
}

} // namespace simpul::pmks
