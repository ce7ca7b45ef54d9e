#include "server/person/person_repository.h"

#include "server/scope.h"
#include "storage/database.h"
#include "storage/statement.h"

namespace simpul::server {

namespace {

constexpr const char* kColumns =
    "id, nik, no_kk, full_name, sex, ifnull(birth_date, ''), birth_place, wilayah_code, dusun, "
    "rw, rt, street, etag, create_time_ms, update_time_ms";

PersonRecord recordFrom(const storage::Statement& stmt) {
  PersonRecord p;
  p.id = stmt.columnInt64(0);
  p.nik = stmt.columnText(1);
  p.noKk = stmt.columnText(2);
  p.fullName = stmt.columnText(3);
  p.sex = stmt.columnInt(4);
  p.birthDate = stmt.columnText(5);
  p.birthPlace = stmt.columnText(6);
  p.wilayahCode = stmt.columnText(7);
  p.dusun = stmt.columnText(8);
  p.rw = stmt.columnText(9);
  p.rt = stmt.columnText(10);
  p.street = stmt.columnText(11);
  p.etag = stmt.columnText(12);
  p.createTimeMs = stmt.columnInt64(13);
  p.updateTimeMs = stmt.columnInt64(14);
  return p;
}

std::optional<std::string> nullIfEmpty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// Parameters are all anonymous ("?") because the scope condition brings its own; each query
// binds them strictly left to right.
std::optional<PersonRecord> findOne(storage::Database& db, std::string_view keyCondition,
                                    const auto& key, const Scope& scope) {
  if (scope.isNowhere()) {
    return std::nullopt;
  }
  storage::Statement stmt =
      db.prepare(std::string("SELECT ") + kColumns + " FROM core_persons WHERE " +
                 std::string(keyCondition) + " AND " + scope.sqlCondition("wilayah_code"));
  stmt.bind(1, key);
  scope.bind(stmt, 2);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return recordFrom(stmt);
}

} // namespace

std::optional<PersonRecord> findPerson(storage::Database& db, std::int64_t id, const Scope& scope) {
  return findOne(db, "id = ?", id, scope);
}

std::optional<PersonRecord> findPersonByNik(storage::Database& db, std::string_view nik,
                                            const Scope& scope) {
  return findOne(db, "nik = ?", nik, scope);
}

std::vector<PersonRecord> listPersons(storage::Database& db, const Scope& scope,
                                      std::int64_t afterId, int limit) {
  std::vector<PersonRecord> out;
  if (scope.isNowhere() || limit <= 0) {
    return out;
  }
  storage::Statement stmt =
      db.prepare(std::string("SELECT ") + kColumns + " FROM core_persons WHERE " +
                 scope.sqlCondition("wilayah_code") + " AND id > ? ORDER BY id LIMIT ?");
  const int next = scope.bind(stmt, 1);
  stmt.bind(next, afterId);
  stmt.bind(next + 1, limit);
  while (stmt.step()) {
    out.push_back(recordFrom(stmt));
  }
  return out;
}

bool nikRegistered(storage::Database& db, std::string_view nik, std::int64_t exceptId) {
  storage::Statement stmt = db.prepare("SELECT 1 FROM core_persons WHERE nik = ?1 AND id <> ?2");
  stmt.bindAll(nik, exceptId);
  return stmt.step();
}

std::int64_t insertPerson(storage::Database& tx, const PersonRecord& p, std::int64_t createdBy) {
  storage::Statement stmt = tx.prepare(
      "INSERT INTO core_persons (nik, no_kk, full_name, sex, birth_date, birth_place, "
      "wilayah_code, dusun, rw, rt, street, etag, create_time_ms, update_time_ms, created_by) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
  stmt.bindAll(p.nik, p.noKk, p.fullName, p.sex, nullIfEmpty(p.birthDate), p.birthPlace,
               p.wilayahCode, p.dusun, p.rw, p.rt, p.street, p.etag, p.createTimeMs, p.updateTimeMs,
               createdBy > 0 ? std::optional<std::int64_t>(createdBy) : std::nullopt);
  stmt.run();
  return tx.lastInsertRowid();
}

void updatePerson(storage::Database& tx, const PersonRecord& p) {
  storage::Statement stmt = tx.prepare(
      "UPDATE core_persons SET nik = ?1, no_kk = ?2, full_name = ?3, sex = ?4, birth_date = ?5, "
      "birth_place = ?6, wilayah_code = ?7, dusun = ?8, rw = ?9, rt = ?10, street = ?11, "
      "etag = ?12, update_time_ms = ?13 WHERE id = ?14");
  stmt.bindAll(p.nik, p.noKk, p.fullName, p.sex, nullIfEmpty(p.birthDate), p.birthPlace,
               p.wilayahCode, p.dusun, p.rw, p.rt, p.street, p.etag, p.updateTimeMs, p.id);
  stmt.run();
}

} // namespace simpul::server
