#pragma once

#include "storage/statement.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;

namespace simpul::storage {

struct OpenOptions {
  bool readOnly = false;
  bool create = true; // create the file when missing (ignored for readOnly)
  std::chrono::milliseconds busyTimeout{5000};
  // WAL journal, synchronous=NORMAL. Off only for a backup target or a :memory: database.
  bool wal = true;
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
  Statement prepare(std::string_view sql);

  std::int64_t lastInsertRowid() const;
  int changes() const;
  bool inTransaction() const;

  sqlite3* handle() const { return m_db; }

private:
  explicit Database(sqlite3* db, std::string path);

  sqlite3* m_db = nullptr;
  std::string m_path;
};

} // namespace simpul::storage
