#pragma once

// The consistency checks after a crash (or a failed write): what must hold on the database
// file whatever moment the server died at. Each returns the problems found, empty when all
// holds; the texts carry ids and counts, never personal values.

#include "client/connection.h"

#include <cstdint>
#include <map>
#include <set>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace simpul::reliability {

// A plain SQLite connection of the test itself on the database file (the server may run:
// WAL lets it read beside the server).
class SqlFile {
public:
  explicit SqlFile(const std::string& path);
  ~SqlFile();
  SqlFile(const SqlFile&) = delete;
  SqlFile& operator=(const SqlFile&) = delete;

  // Every row of a query, each column as text ("" for NULL).
  std::vector<std::vector<std::string>> rows(const std::string& sql) const;
  std::int64_t scalar(const std::string& sql) const;

private:
  sqlite3* m_db = nullptr;
};

// PRAGMA integrity_check and foreign_key_check.
std::vector<std::string> checkIntegrity(const SqlFile& db);

// Nothing half-written: every record has its person (person and family types), its creation
// in the history, a history chain from 0 ending at its status, and at least one audit entry
// per history row; every person has a record (only imports create persons here).
std::vector<std::string> checkRecordsComplete(const SqlFile& db, bool everyPersonHasARecord);

// The maintained recap (pmks_recap_counts, every level) equals a direct count over the records.
std::vector<std::string> checkRecapTable(const SqlFile& db);
// What every test checks on the file after its work: checkIntegrity, checkRecordsComplete
// (every person has a record) and checkRecapTable, their problems together.
std::vector<std::string> checkStoredState(const SqlFile& db);

// Through the running server: AuditService.VerifyAuditChain is intact, and GetRecap (provinsi
// 32, per kabupaten, every status) equals a direct count. Needs an admin session.
std::vector<std::string> checkThroughServer(const client::Session& admin, const SqlFile& db,
                                            const std::string& period);

// The record keys (subject key|type|period) on the file.
std::set<std::string> recordKeys(const SqlFile& db);

// A record's state as the workflow tests follow it.
struct RecordState {
  int status = 0;
  std::string notes;
  bool operator==(const RecordState&) const = default;
};
std::map<std::int64_t, RecordState> recordStates(const SqlFile& db);

} // namespace simpul::reliability
