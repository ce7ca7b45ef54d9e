#pragma once

#include "storage/statement.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace simpul::storage {

class StatementCache;

struct OpenOptions {
  bool readOnly = false;
  bool create = true; // create the file when missing (ignored for readOnly)
  std::chrono::milliseconds busyTimeout{5000};
  // WAL journal, synchronous=NORMAL. Off only for a backup target or a :memory: database.
  bool wal = true;
  // Prepared statements kept for reuse by prepare() (0: none). See statement_cache.h.
  std::size_t statementCache = 64;
};

// One connection. Opening sets foreign_keys=ON, the busy timeout and (unless readOnly or
// disabled) WAL. Move-only; closed on destruction.
class Database {
public:
  Database() = default;
  static Database open(const std::string& path, const OpenOptions& options = {});

  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  bool isOpen() const { return m_db != nullptr; }
  const std::string& path() const { return m_path; }

  // Runs one or more statements without parameters (schema, pragmas).
  void exec(std::string_view sql);
  // A statement for `sql`: an idle one of the same text from the connection's cache when
  // there is one (reset, no bindings), else freshly prepared; either way it goes back to
  // the cache when destroyed. Two live statements of the same text are two statements.
  Statement prepare(std::string_view sql);
  // How often prepare() found a kept statement, and how often it had to prepare.
  std::size_t preparedHits() const;
  std::size_t preparedMisses() const;

  std::int64_t lastInsertRowid() const;
  int changes() const;
  bool inTransaction() const;

  sqlite3* handle() const { return m_db; }

private:
  explicit Database(sqlite3* db, std::string path, std::size_t cacheCapacity);

  sqlite3* m_db = nullptr;
  std::string m_path;
  // Shared with the statements it hands out (weakly), so a statement that outlives its
  // connection finalizes itself instead of returning to a cache that is gone.
  std::shared_ptr<StatementCache> m_cache;
};

} // namespace simpul::storage
