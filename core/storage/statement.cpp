#include "storage/statement.h"

#include "storage/error.h"
#include "storage/statement_cache.h"

#include <cerrno>
#include <sqlite3.h>
#include <utility>

namespace simpul::storage {

namespace {

std::string context(const char* what, std::string_view sql) {
  return std::string(what) + " `" + abbreviateSql(sql) + "`";
}

// sqlite3_sql() of a moved-from (null) statement is null.
std::string_view sqlOf(sqlite3_stmt* stmt) {
  const char* text = stmt != nullptr ? sqlite3_sql(stmt) : nullptr;
  return text != nullptr ? text : "";
}

// Out of line, so a bind builds no message unless it fails.
void checkBind(int rc, sqlite3* db, sqlite3_stmt* stmt, int index, const char* type) {
  if (rc != SQLITE_OK) {
    const std::string what = std::string("bind ") + type + " to parameter " + std::to_string(index);
    throwSqliteError(rc, context(what.c_str(), sqlOf(stmt)), sqlite3_errmsg(db),
                     sqlite3_system_errno(db));
  }
}

} // namespace

sqlite3_stmt* Statement::prepareOne(sqlite3* db, std::string_view sql, unsigned flags) {
  if (db == nullptr) {
    throw StorageError(ErrorCode::Misuse, context("prepare on a closed database", sql));
  }
  const char* text = sql.empty() ? "" : sql.data(); // SQLite refuses a null pointer
  const char* tail = nullptr;
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db, text, static_cast<int>(sql.size()), flags, &stmt, &tail);
  if (rc != SQLITE_OK) {
    throwSqliteError(rc, context("prepare", sql), sqlite3_errmsg(db), sqlite3_system_errno(db));
  }
  if (stmt == nullptr) {
    throw StorageError(ErrorCode::Misuse, context("prepare: no statement in", sql));
  }
  // A second statement would be silently ignored; that is a bug, so refuse it. Preparing the
  // rest tells a statement apart from trailing comments and semicolons.
  const std::string_view rest(tail, static_cast<std::size_t>(text + sql.size() - tail));
  if (rest.find_first_not_of(" \t\r\n;") != std::string_view::npos) {
    sqlite3_stmt* extra = nullptr;
    sqlite3_prepare_v3(db, rest.data(), static_cast<int>(rest.size()), 0, &extra, nullptr);
    if (extra != nullptr) {
      sqlite3_finalize(extra);
      sqlite3_finalize(stmt);
      throw StorageError(ErrorCode::Misuse,
                         context("prepare: more than one statement (use Database::exec) in", sql));
    }
  }
  return stmt;
}

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db), m_stmt(prepareOne(db, sql, 0)) {}

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, std::weak_ptr<StatementCache> cache)
    : m_db(db), m_stmt(stmt), m_cache(std::move(cache)) {}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_cache(std::move(other.m_cache)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    release();
    m_db = std::exchange(other.m_db, nullptr);
    m_stmt = std::exchange(other.m_stmt, nullptr);
    m_cache = std::move(other.m_cache);
  }
  return *this;
}

Statement::~Statement() {
  release();
}

void Statement::release() {
  if (m_stmt == nullptr) {
    return;
  }
  if (const auto cache = m_cache.lock()) {
    cache->giveBack(m_stmt);
  } else {
    sqlite3_finalize(m_stmt);
  }
  m_stmt = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
  checkBind(sqlite3_bind_int64(m_stmt, index, value), m_db, m_stmt, index, "integer");
  return *this;
}

Statement& Statement::bind(int index, double value) {
  checkBind(sqlite3_bind_double(m_stmt, index, value), m_db, m_stmt, index, "real");
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  // A non-null pointer even for an empty view, so "" binds as '' rather than NULL.
  checkBind(sqlite3_bind_text64(m_stmt, index, text.empty() ? "" : text.data(), text.size(),
                                SQLITE_TRANSIENT, SQLITE_UTF8),
            m_db, m_stmt, index, "text");
  return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> bytes) {
  // sqlite3_bind_blob with a null pointer binds NULL; an empty blob is zeroblob(0).
  const int rc = bytes.empty() ? sqlite3_bind_zeroblob(m_stmt, index, 0)
                               : sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(),
                                                     SQLITE_TRANSIENT);
  checkBind(rc, m_db, m_stmt, index, "blob");
  return *this;
}

Statement& Statement::bindNull(int index) {
  checkBind(sqlite3_bind_null(m_stmt, index), m_db, m_stmt, index, "null");
  return *this;
}

bool Statement::step() {
  if (m_stmt == nullptr) {
    throw StorageError(ErrorCode::Misuse, "step on a moved-from statement", SQLITE_MISUSE);
  }
  const int rc = sqlite3_step(m_stmt);
  const int lastErrno = errno; // see throwSqliteError: what a failed write set
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  // Copy the message before the reset, which releases the statement's locks so a failed
  // statement does not hold up the connection.
  const std::string detail = sqlite3_errmsg(m_db);
  const int systemErrno = sqlite3_system_errno(m_db) != 0 ? sqlite3_system_errno(m_db) : lastErrno;
  sqlite3_reset(m_stmt);
  throwSqliteError(rc, context("step", sql()), detail.c_str(), systemErrno);
}

int Statement::run() {
  while (step()) {
  }
  const int changed = sqlite3_changes(m_db);
  // Ready to run again with new bindings; also ends the statement's implicit read.
  sqlite3_reset(m_stmt);
  return changed;
}

void Statement::reset() {
  // The return value repeats the last step's error, which step() has already reported.
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const {
  return sqlite3_column_count(m_stmt);
}

namespace {

void checkColumn(sqlite3_stmt* stmt, int column) {
  if (column < 0 || column >= sqlite3_column_count(stmt)) {
    throw StorageError(ErrorCode::Misuse,
                       "column " + std::to_string(column) + " out of range in `" +
                           abbreviateSql(sqlOf(stmt)) + "`",
                       SQLITE_RANGE);
  }
}

} // namespace

bool Statement::isNull(int column) const {
  checkColumn(m_stmt, column);
  return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt64(int column) const {
  checkColumn(m_stmt, column);
  return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const {
  checkColumn(m_stmt, column);
  return sqlite3_column_double(m_stmt, column);
}

std::string Statement::columnText(int column) const {
  checkColumn(m_stmt, column);
  // text before bytes: the documented order, so the length is that of the UTF-8 form.
  const auto* text = sqlite3_column_text(m_stmt, column);
  if (text == nullptr) {
    return {};
  }
  const int size = sqlite3_column_bytes(m_stmt, column);
  return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::optional<std::string> Statement::columnOptionalText(int column) const {
  if (isNull(column)) {
    return std::nullopt;
  }
  return columnText(column);
}

std::optional<std::int64_t> Statement::columnOptionalInt64(int column) const {
  if (isNull(column)) {
    return std::nullopt;
  }
  return columnInt64(column);
}

std::vector<std::uint8_t> Statement::columnBlob(int column) const {
  checkColumn(m_stmt, column);
  const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
  const int size = sqlite3_column_bytes(m_stmt, column);
  if (data == nullptr || size <= 0) {
    return {};
  }
  return std::vector<std::uint8_t>(data, data + size);
}

std::string Statement::sql() const {
  return std::string(sqlOf(m_stmt));
}

} // namespace simpul::storage
