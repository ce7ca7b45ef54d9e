#pragma once

// pmks_recap_counts: one count per (period, wilayah, type, status, sex) for a desa and each of
// its ancestors, changed in the same transaction as the records.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>

namespace simpul::storage {
class Database;
}

namespace simpul::pmks {

// Changes to the counts gathered in memory and written in one go, inside the transaction
// that changed the records: an import batch of thousands of records touches the same
// kecamatan, kabupaten and provinsi rows again and again, and writes each of them once.
class RecapDeltas {
public:
  // Adds `delta` for the desa `desaCode` ("32.04.05.2001") and for its kecamatan,
  // kabupaten/kota and provinsi (the dotted code's prefixes).
  void add(const std::string& period, std::string_view desaCode, int pmksType, int status, int sex,
           int delta);
  // Writes every non-zero change and forgets them.
  void apply(storage::Database& tx);
  bool empty() const { return m_deltas.empty(); }

private:
  // (period, level, wilayah code, type, status, sex)
  using Key = std::tuple<std::string, int, std::string, int, int, int>;
  std::map<Key, std::int64_t> m_deltas;
};

// One change, written at once.
void adjustRecap(storage::Database& tx, const std::string& period, std::string_view desaCode,
                 int pmksType, int status, int sex, int delta);

} // namespace simpul::pmks
