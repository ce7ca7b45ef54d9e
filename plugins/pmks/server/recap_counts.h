#pragma once

// pmks_recap_counts: one count per (period, wilayah, type, status, sex) for a desa and each of
// its ancestors, changed in the same transaction as the records.

#include <string>
#include <string_view>

namespace simpul::storage {
class Database;
}

namespace simpul::pmks {

// Adds `delta` to the counts of the desa `desaCode` ("32.04.05.2001") and of its kecamatan,
// kabupaten/kota and provinsi (the dotted code's prefixes).
void adjustRecap(storage::Database& tx, const std::string& period, std::string_view desaCode,
                 int pmksType, int status, int sex, int delta);

} // namespace simpul::pmks
