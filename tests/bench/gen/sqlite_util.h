#pragma once

// Thin RAII helpers over the raw sqlite3 C API for the generator's inserts and the recap
// baseline: the point of the baselines is to measure SQLite itself, without the product's
// storage layer.

#include "generator.h"

#include <cstdint>
#include <sqlite3.h>
#include <stdexcept>
#include <string>

namespace simpul::bench::sql {

class Db {
public:
  Db(const std::string& path, int flags);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  sqlite3* get() const { return m_db; }
  void exec(const std::string& sql);
  // The first column of the first row as an integer; `fallback` when there is no row.
  std::int64_t scalar(const std::string& sql, std::int64_t fallback = 0);
  [[noreturn]] void fail(const std::string& what) const;

private:
  sqlite3* m_db = nullptr;
};

class Stmt {
public:
  Stmt(Db& db, const std::string& sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  sqlite3_stmt* get() const { return m_stmt; }
  void text(int index, const std::string& value) {
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
  }
  void integer(int index, std::int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }
  void null(int index) { sqlite3_bind_null(m_stmt, index); }
  // Steps once; true while a row is there.
  bool step();
  // Steps to the end and resets, for an INSERT.
  void run();
  void reset() { sqlite3_reset(m_stmt); }

private:
  Db& m_db;
  sqlite3_stmt* m_stmt = nullptr;
};

// The id of the user the records are stored as: dinsos when there is one, else the first.
std::int64_t benchUserId(Db& db);

// A 16-hex-digit tag like the product's etags, from a cheap deterministic sequence.
std::string etag(std::uint64_t& state);

// The settings of the raw baseline (see raw_insert.cpp).
void applyFastSettings(Db& db);

// The prepared inserts of one person and one record as the product writes them.
class RowWriter {
public:
  // withPersons false: records only, with no person_id.
  RowWriter(Db& db, std::int64_t userId, bool withPersons = true);
  // Inserts the person when row.newPerson (and withPersons), then the record.
  void write(const GenRow& row);
  std::int64_t persons() const { return m_persons; }

private:
  Stmt m_person;
  Stmt m_record;
  std::int64_t m_userId;
  bool m_withPersons;
  std::int64_t m_personId = 0;
  std::int64_t m_persons = 0;
  std::int64_t m_nowMs;
  std::uint64_t m_etagState = 0x9e3779b97f4a7c15ULL;
};

} // namespace simpul::bench::sql
