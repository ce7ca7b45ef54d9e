#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace simpul::storage {

class StatementCache;

// A prepared statement. Parameters are 1-based like SQLite's; columns are 0-based.
// Move-only; finalized on destruction, or given back to its connection's cache when it came
// from Database::prepare().
class Statement {
public:
  Statement(sqlite3* db, std::string_view sql);
  // Takes `stmt` (already prepared on db); on destruction it goes back to `cache` while the
  // cache lives.
  Statement(sqlite3* db, sqlite3_stmt* stmt, std::weak_ptr<StatementCache> cache);
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, bool value) { return bind(index, std::int64_t{value ? 1 : 0}); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text); // copied (SQLITE_TRANSIENT)
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) {
    return bind(index, std::string_view(text));
  }
  Statement& bindBlob(int index, std::span<const std::uint8_t> bytes);
  Statement& bindNull(int index);
  template <class T> Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bindNull(index);
  }
  // Binds values to parameters 1, 2, 3... in order.
  template <class... Ts> Statement& bindAll(const Ts&... values) {
    int i = 0;
    (bind(++i, values), ...);
    return *this;
  }

  // Runs one step: true when a row is available, false when done. Throws StorageError.
  bool step();
  // Runs a statement that returns no rows to completion; returns sqlite3_changes().
  int run();
  // Resets for another execution and clears the bindings.
  void reset();

  int columnCount() const;
  bool isNull(int column) const;
  std::int64_t columnInt64(int column) const;
  int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
  double columnDouble(int column) const;
  std::string columnText(int column) const; // "" for NULL
  std::optional<std::string> columnOptionalText(int column) const;
  std::optional<std::int64_t> columnOptionalInt64(int column) const;
  std::vector<std::uint8_t> columnBlob(int column) const;

  sqlite3_stmt* handle() const { return m_stmt; }
  // The SQL text, for error messages (never with parameter values).
  std::string sql() const;

  // Prepares exactly one statement (more than one is refused: use Database::exec).
  static sqlite3_stmt* prepareOne(sqlite3* db, std::string_view sql, unsigned flags);

private:
  void release();

  sqlite3* m_db = nullptr;
  sqlite3_stmt* m_stmt = nullptr;
  std::weak_ptr<StatementCache> m_cache;
};

} // namespace simpul::storage
