#pragma once

// What a PMKS list should hold, read straight from the database file (read-only): the
// records a user may see, in the order ListRecords returns them (newest first, r.id DESC),
// built from the same scope rules as the server (plugins/pmks/server/record_rows.cpp
// Visibility, record_service.cpp selectRecordIds). bench_rpc uses it to pick existing ids,
// to find the id at a given row of a list and to check what the RPCs return.

#include "server/scope.h"
#include "storage/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace simpul::bench {

class ListOracle {
public:
  // Opens dbPath read-only and reads `username`'s scopes of pmks.record.read and
  // pmks.sensitive.read from its role bindings. Throws when the user is unknown.
  ListOracle(const std::string& dbPath, const std::string& username);

  // Rows of the user's list narrowed to `wilayah` (that code and below; "" = no filter).
  std::int64_t count(const std::string& wilayah);
  // Up to `limit` ids of that list after `offset` rows (the OFFSET is only for finding the
  // id; the server pages by key).
  std::vector<std::int64_t> ids(const std::string& wilayah, std::int64_t offset, int limit);
  // `n` random ids of the user's list (fewer when it is smaller).
  std::vector<std::int64_t> randomIds(int n);
  // The kecamatan ("32.04.12") that hold at least one record of the user's list.
  std::vector<std::string> kecamatanWithRecords();

private:
  std::string condition(const std::string& wilayah) const;
  int bind(storage::Statement& stmt, const std::string& wilayah) const;
  server::Scope readScope(const std::string& username, const std::string& permission);

  storage::Database m_db;
  server::Scope m_read;
  server::Scope m_sensitive;
};

} // namespace simpul::bench
