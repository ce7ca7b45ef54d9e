// The read-only view of a PMKS list used to check bench_rpc's answers (see list_oracle.h).
#include "list_oracle.h"

#include <stdexcept>

namespace simpul::bench {

ListOracle::ListOracle(const std::string& dbPath, const std::string& username) {
  storage::OpenOptions options;
  options.readOnly = true;
  m_db = storage::Database::open(dbPath, options);
  auto user = m_db.prepare("SELECT id FROM core_users WHERE username = ? AND disabled = 0");
  user.bind(1, username);
  if (!user.step()) {
    throw std::runtime_error("no enabled user '" + username + "' in " + dbPath);
  }
  m_read = readScope(username, "pmks.record.read");
  m_sensitive = readScope(username, "pmks.sensitive.read");
  if (m_read.isNowhere()) {
    throw std::runtime_error("user '" + username + "' may not read PMKS records anywhere");
  }
}

server::Scope ListOracle::readScope(const std::string& username, const std::string& permission) {
  auto stmt = m_db.prepare(
      "SELECT b.wilayah_code FROM core_role_bindings b JOIN core_users u ON u.id = b.user_id "
      "JOIN core_roles ro ON ro.name = b.role WHERE u.username = ? AND (ro.all_permissions = 1 "
      "OR EXISTS (SELECT 1 FROM core_role_permissions p WHERE p.role = b.role AND "
      "p.permission = ?))");
  stmt.bind(1, username).bind(2, permission);
  std::vector<std::string> codes;
  while (stmt.step()) {
    if (stmt.isNull(0)) {
      return server::Scope::everywhere();
    }
    codes.push_back(stmt.columnText(0));
  }
  return server::Scope::within(std::move(codes));
}

// As selectRecordIds builds it: the visibility, then the wilayah filter.
std::string ListOracle::condition(const std::string& wilayah) const {
  std::string sql = "(" + m_read.sqlCondition("r.wilayah_code") + " AND (r.sensitive = 0 OR " +
                    m_sensitive.sqlCondition("r.wilayah_code") + "))";
  if (!wilayah.empty()) {
    sql += " AND " + server::Scope::within({wilayah}).sqlCondition("r.wilayah_code");
  }
  return sql;
}

int ListOracle::bind(storage::Statement& stmt, const std::string& wilayah) const {
  int next = m_sensitive.bind(stmt, m_read.bind(stmt, 1));
  if (!wilayah.empty()) {
    next = server::Scope::within({wilayah}).bind(stmt, next);
  }
  return next;
}

std::int64_t ListOracle::count(const std::string& wilayah) {
  auto stmt = m_db.prepare("SELECT count(*) FROM pmks_records r WHERE " + condition(wilayah));
  bind(stmt, wilayah);
  stmt.step();
  return stmt.columnInt64(0);
}

std::vector<std::int64_t> ListOracle::ids(const std::string& wilayah, std::int64_t offset,
                                          int limit) {
  // NOT INDEXED: the rowid walk, so the OFFSET costs a scan of `offset` rows and no sort
  // (the answer is the same whatever the plan).
  auto stmt = m_db.prepare("SELECT r.id FROM pmks_records r NOT INDEXED WHERE " +
                           condition(wilayah) + " ORDER BY r.id DESC LIMIT ? OFFSET ?");
  const int next = bind(stmt, wilayah);
  stmt.bind(next, limit).bind(next + 1, offset);
  std::vector<std::int64_t> out;
  while (stmt.step()) {
    out.push_back(stmt.columnInt64(0));
  }
  return out;
}

std::vector<std::int64_t> ListOracle::randomIds(int n) {
  auto stmt = m_db.prepare("SELECT r.id FROM pmks_records r WHERE " + condition("") +
                           " ORDER BY random() LIMIT ?");
  stmt.bind(bind(stmt, ""), n);
  std::vector<std::int64_t> out;
  while (stmt.step()) {
    out.push_back(stmt.columnInt64(0));
  }
  return out;
}

std::vector<std::string> ListOracle::kecamatanWithRecords() {
  auto stmt = m_db.prepare("SELECT DISTINCT substr(r.wilayah_code, 1, 8) FROM pmks_records r "
                           "WHERE " +
                           condition("") + " ORDER BY 1");
  bind(stmt, "");
  std::vector<std::string> out;
  while (stmt.step()) {
    out.push_back(stmt.columnText(0));
  }
  return out;
}

} // namespace simpul::bench
