#include "checks.h"

#include "simpul/core/v1/audit.grpc.pb.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <stdexcept>
#include <tuple>

namespace simpul::reliability {

SqlFile::SqlFile(const std::string& path) {
  if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
    sqlite3_close(m_db);
    throw std::runtime_error("cannot open " + path + ": " + message);
  }
  sqlite3_busy_timeout(m_db, 30000);
}

SqlFile::~SqlFile() {
  sqlite3_close(m_db);
}

std::vector<std::vector<std::string>> SqlFile::rows(const std::string& sql) const {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    throw std::runtime_error("prepare `" + sql + "`: " + sqlite3_errmsg(m_db));
  }
  std::vector<std::vector<std::string>> out;
  int rc = SQLITE_OK;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
      const auto* text = sqlite3_column_text(stmt, i);
      row.emplace_back(text != nullptr ? reinterpret_cast<const char*>(text) : "");
    }
    out.push_back(std::move(row));
  }
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) {
    throw std::runtime_error("step `" + sql + "`: " + sqlite3_errstr(rc));
  }
  return out;
}

std::int64_t SqlFile::scalar(const std::string& sql) const {
  const auto result = rows(sql);
  return result.empty() || result[0].empty() ? 0 : std::stoll(result[0][0]);
}

std::vector<std::string> checkIntegrity(const SqlFile& db) {
  std::vector<std::string> problems;
  const auto integrity = db.rows("PRAGMA integrity_check");
  if (integrity.size() != 1 || integrity[0][0] != "ok") {
    problems.push_back("integrity_check: " + (integrity.empty() ? "" : integrity[0][0]));
  }
  const auto keys = db.rows("PRAGMA foreign_key_check");
  if (!keys.empty()) {
    problems.push_back("foreign_key_check: " + std::to_string(keys.size()) +
                       " rows, first in table " + keys[0][0]);
  }
  return problems;
}

namespace {

void expectNone(const SqlFile& db, const std::string& what, const std::string& countSql,
                std::vector<std::string>& problems) {
  const std::int64_t n = db.scalar(countSql);
  if (n != 0) {
    problems.push_back(what + ": " + std::to_string(n));
  }
}

} // namespace

std::vector<std::string> checkRecordsComplete(const SqlFile& db, bool everyPersonHasARecord) {
  std::vector<std::string> problems;
  expectNone(db, "records of a person or family type without their person",
             "SELECT count(*) FROM pmks_records r WHERE r.community_name = '' AND NOT EXISTS "
             "(SELECT 1 FROM core_persons p WHERE p.id = r.person_id)",
             problems);
  expectNone(db, "records without their creation in the history",
             "SELECT count(*) FROM pmks_records r WHERE NOT EXISTS (SELECT 1 FROM "
             "pmks_record_history h WHERE h.record_id = r.id AND h.from_status = 0)",
             problems);
  expectNone(db, "records whose last history row is not their status",
             "SELECT count(*) FROM pmks_records r WHERE r.status != (SELECT h.to_status FROM "
             "pmks_record_history h WHERE h.record_id = r.id ORDER BY h.id DESC LIMIT 1)",
             problems);
  // Each step starts where the one before ended.
  expectNone(db, "history rows that do not follow the row before",
             "SELECT count(*) FROM pmks_record_history h WHERE h.from_status != coalesce((SELECT "
             "p.to_status FROM pmks_record_history p WHERE p.record_id = h.record_id AND p.id < "
             "h.id ORDER BY p.id DESC LIMIT 1), 0)",
             problems);
  expectNone(db, "records with fewer audit entries than history rows",
             "SELECT count(*) FROM pmks_records r WHERE (SELECT count(*) FROM core_audit a WHERE "
             "a.resource = 'pmks/records/' || r.id) < (SELECT count(*) FROM pmks_record_history "
             "h WHERE h.record_id = r.id)",
             problems);
  expectNone(db, "duplicate records (subject, type, period)",
             "SELECT count(*) FROM (SELECT 1 FROM pmks_records GROUP BY subject_key, pmks_type, "
             "period HAVING count(*) > 1)",
             problems);
  if (everyPersonHasARecord) {
    expectNone(db, "persons without a record (an import's half-written row)",
               "SELECT count(*) FROM core_persons p WHERE NOT EXISTS (SELECT 1 FROM pmks_records "
               "r WHERE r.person_id = p.id)",
               problems);
  }
  return problems;
}

std::vector<std::string> checkRecapTable(const SqlFile& db) {
  // Level 1-4 prefixes of "32.04.05.2001": 2, 5, 8 characters and the whole code.
  const std::string direct =
      "SELECT period, wilayah_code AS code, pmks_type, status, sex FROM pmks_records "
      "UNION ALL SELECT period, substr(wilayah_code, 1, 8), pmks_type, status, sex FROM "
      "pmks_records UNION ALL SELECT period, substr(wilayah_code, 1, 5), pmks_type, status, sex "
      "FROM pmks_records UNION ALL SELECT period, substr(wilayah_code, 1, 2), pmks_type, "
      "status, sex FROM pmks_records";
  const std::string counted = "SELECT period, code, pmks_type, status, sex, count(*) FROM (" +
                              direct + ") GROUP BY 1, 2, 3, 4, 5";
  const std::string kept =
      "SELECT period, wilayah_code, pmks_type, status, sex, n FROM pmks_recap_counts WHERE n != 0";
  std::vector<std::string> problems;
  const std::int64_t missing =
      db.scalar("SELECT count(*) FROM (" + counted + " EXCEPT " + kept + ")");
  const std::int64_t extra =
      db.scalar("SELECT count(*) FROM (" + kept + " EXCEPT " + counted + ")");
  if (missing != 0 || extra != 0) {
    problems.push_back("recap counts differ from a direct count: " + std::to_string(missing) +
                       " counts wrong or missing, " + std::to_string(extra) + " extra");
  }
  return problems;
}

std::vector<std::string> checkThroughServer(const client::Session& admin, const SqlFile& db,
                                            const std::string& period) {
  std::vector<std::string> problems;
  auto audit = core::v1::AuditService::NewStub(admin.channel());
  core::v1::VerifyAuditChainResponse chain;
  auto ctx = admin.context(std::chrono::seconds(120));
  const auto status = audit->VerifyAuditChain(ctx.get(), {}, &chain);
  if (!status.ok()) {
    problems.push_back("VerifyAuditChain: " + status.error_message());
  } else if (!chain.intact()) {
    problems.push_back("audit chain broken at " + std::to_string(chain.first_broken_sequence()) +
                       ": " + chain.problem());
  } else if (chain.entries_checked() != db.scalar("SELECT count(*) FROM core_audit")) {
    problems.push_back("VerifyAuditChain checked " + std::to_string(chain.entries_checked()) +
                       " entries, the file has a different number");
  }

  auto pmks = pmks::v1::PmksService::NewStub(admin.channel());
  pmks::v1::GetRecapRequest request;
  request.set_wilayah_code("32");
  request.set_period(period);
  request.set_level(pmks::v1::RECAP_LEVEL_KABUPATEN);
  request.set_all_statuses(true);
  pmks::v1::GetRecapResponse recap;
  auto ctx2 = admin.context(std::chrono::seconds(60));
  const auto recapStatus = pmks->GetRecap(ctx2.get(), request, &recap);
  if (!recapStatus.ok()) {
    problems.push_back("GetRecap: " + recapStatus.error_message());
    return problems;
  }
  using Key = std::pair<std::string, int>;
  std::map<Key, std::tuple<std::int64_t, std::int64_t, std::int64_t>> served;
  for (const auto& row : recap.rows()) {
    served[{row.wilayah_code(), row.pmks_type()}] = {row.male(), row.female(), row.total()};
  }
  std::map<Key, std::tuple<std::int64_t, std::int64_t, std::int64_t>> counted;
  for (const auto& row : db.rows("SELECT substr(wilayah_code, 1, 5), pmks_type, sum(sex = 1), "
                                 "sum(sex = 2), count(*) FROM pmks_records WHERE period = '" +
                                 period + "' GROUP BY 1, 2")) {
    counted[{row[0], std::stoi(row[1])}] = {std::stoll(row[2]), std::stoll(row[3]),
                                            std::stoll(row[4])};
  }
  if (served != counted) {
    problems.push_back("GetRecap differs from a direct count: " + std::to_string(served.size()) +
                       " rows served, " + std::to_string(counted.size()) + " counted");
  }
  return problems;
}

std::set<std::string> recordKeys(const SqlFile& db) {
  std::set<std::string> keys;
  for (const auto& row : db.rows("SELECT subject_key, pmks_type, period FROM pmks_records")) {
    keys.insert(row[0] + "|" + row[1] + "|" + row[2]);
  }
  return keys;
}

std::map<std::int64_t, RecordState> recordStates(const SqlFile& db) {
  std::map<std::int64_t, RecordState> states;
  for (const auto& row : db.rows("SELECT id, status, notes FROM pmks_records")) {
    states[std::stoll(row[0])] = RecordState{std::stoi(row[1]), row[2]};
  }
  return states;
}

std::vector<std::string> checkStoredState(const SqlFile& db) {
  std::vector<std::string> problems = checkIntegrity(db);
  for (auto&& p : checkRecordsComplete(db, true)) {
    problems.push_back(p);
  }
  for (auto&& p : checkRecapTable(db)) {
    problems.push_back(p);
  }
  return problems;
}

} // namespace simpul::reliability
