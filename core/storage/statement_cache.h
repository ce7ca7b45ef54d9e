#pragma once

// The prepared statements of one connection, kept for reuse. Preparing is most of the cost
// of a short statement (an import row runs a dozen of them), so Database::prepare() hands
// out an idle statement of the same SQL when it has one, and a Statement gives its handle
// back here instead of finalizing it. Used by one thread at a time, like its connection.

#include <cstddef>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3_stmt;

namespace simpul::storage {

class StatementCache {
public:
  explicit StatementCache(std::size_t capacity) : m_capacity(capacity) {}
  ~StatementCache() { clear(); }
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  // An idle statement prepared from exactly this text (it leaves the cache), or nullptr.
  sqlite3_stmt* take(std::string_view sql);
  // Resets the statement, clears its bindings and keeps it as the most recently used; the
  // least recently used beyond the capacity, or a second idle copy of the same SQL, is
  // finalized.
  void giveBack(sqlite3_stmt* stmt);
  // Finalizes every idle statement.
  void clear();

  std::size_t size() const { return m_byText.size(); }
  std::size_t hits() const { return m_hits; }
  std::size_t misses() const { return m_misses; }

private:
  struct Entry {
    std::string sql;
    sqlite3_stmt* stmt;
  };
  std::size_t m_capacity;
  std::list<Entry> m_lru; // most recently given back first
  std::unordered_map<std::string_view, std::list<Entry>::iterator> m_byText;
  std::size_t m_hits = 0;
  std::size_t m_misses = 0;
};

} // namespace simpul::storage
