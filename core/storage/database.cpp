#include "storage/database.h"

#include "storage/error.h"
#include "storage/statement_cache.h"

#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>
#include <utility>

namespace simpul::storage {

namespace {

// A new database file holds personal data: create it readable by its owner only, before
// SQLite does (SQLite gives its -wal and -shm files the database file's mode). An existing
// file keeps the mode its owner gave it.
void createPrivately(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) {
    ::close(fd);
  }
}

} // namespace

Database::Database(sqlite3* db, std::string path, std::size_t cacheCapacity)
    : m_db(db), m_path(std::move(path)), m_cache(std::make_shared<StatementCache>(cacheCapacity)) {}

Database Database::open(const std::string& path, const OpenOptions& options) {
  // NOMUTEX: a connection is used by one thread at a time (Store hands them out), so
  // SQLite's per-connection mutex would only cost.
  int flags = SQLITE_OPEN_NOMUTEX;
  if (options.readOnly) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE;
    if (options.create) {
      flags |= SQLITE_OPEN_CREATE;
    }
  }
#ifdef SQLITE_OPEN_EXRESCODE
  flags |= SQLITE_OPEN_EXRESCODE; // extended codes from the open itself (3.37+)
#endif
  if (!options.readOnly && options.create && path != ":memory:" && !path.empty()) {
    createPrivately(path);
  }
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    // On failure SQLite usually still allocates a handle, which carries the message.
    const std::string detail = raw != nullptr ? sqlite3_errmsg(raw) : "";
    sqlite3_close_v2(raw);
    throwSqliteError(rc, "open " + path, detail.c_str());
  }
  // Owned from here, so a failing pragma below closes the connection.
  Database db(raw, path, options.statementCache);
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, static_cast<int>(options.busyTimeout.count()));
  db.exec("PRAGMA foreign_keys=ON");
  if (options.wal && !options.readOnly) {
    Statement mode = db.prepare("PRAGMA journal_mode=WAL");
    const std::string result = mode.step() ? mode.columnText(0) : std::string();
    // An in-memory or temporary database answers "memory"/"delete" and cannot use WAL; for
    // a file, anything but "wal" means readers would block the writer, so refuse.
    const bool inMemory = path.empty() || path == ":memory:";
    if (result != "wal" && !inMemory) {
      throw StorageError(ErrorCode::Io, "open " + path +
                                            ": could not switch to WAL (journal mode is " +
                                            (result.empty() ? "unknown" : result) + ")");
    }
    // In WAL, NORMAL is still durable against application crashes and never corrupts; it
    // saves an fsync per commit.
    db.exec("PRAGMA synchronous=NORMAL");
  }
  return db;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_cache(std::move(other.m_cache)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    m_cache.reset(); // finalizes the idle statements before the close
    sqlite3_close_v2(m_db);
    m_db = std::exchange(other.m_db, nullptr);
    m_path = std::move(other.m_path);
    m_cache = std::move(other.m_cache);
  }
  return *this;
}

// close_v2: a Statement that outlives its Database would otherwise make the close fail and
// leak the connection; this way the connection closes when the last statement is finalized.
Database::~Database() {
  m_cache.reset();
  sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql) {
  if (m_db == nullptr) {
    throw StorageError(ErrorCode::Misuse, "exec on a closed database");
  }
  const std::string text(sql); // sqlite3_exec wants a terminated string
  char* error = nullptr;
  const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
  const int lastErrno = errno; // see throwSqliteError: what a failed write set
  if (rc != SQLITE_OK) {
    const std::string detail = error != nullptr ? error : "";
    sqlite3_free(error);
    throwSqliteError(rc, "exec `" + abbreviateSql(sql) + "` on " + m_path, detail.c_str(),
                     sqlite3_system_errno(m_db) != 0 ? sqlite3_system_errno(m_db) : lastErrno);
  }
}

Statement Database::prepare(std::string_view sql) {
  if (m_cache == nullptr) { // moved from
    return Statement(m_db, sql);
  }
  sqlite3_stmt* stmt = m_cache->take(sql);
  if (stmt == nullptr) {
    // PERSISTENT: kept long, so SQLite allocates it outside its lookaside memory.
    stmt = Statement::prepareOne(m_db, sql, SQLITE_PREPARE_PERSISTENT);
  }
  return Statement(m_db, stmt, m_cache);
}

std::size_t Database::preparedHits() const {
  return m_cache != nullptr ? m_cache->hits() : 0;
}

std::size_t Database::preparedMisses() const {
  return m_cache != nullptr ? m_cache->misses() : 0;
}

std::int64_t Database::lastInsertRowid() const {
  return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
  return sqlite3_changes(m_db);
}

bool Database::inTransaction() const {
  return m_db != nullptr && !sqlite3_get_autocommit(m_db);
}

} // namespace simpul::storage
