#include "storage/statement_cache.h"

#include <sqlite3.h>

namespace simpul::storage {

sqlite3_stmt* StatementCache::take(std::string_view sql) {
  const auto found = m_byText.find(sql);
  if (found == m_byText.end()) {
    ++m_misses;
    return nullptr;
  }
  ++m_hits;
  const auto entry = found->second;
  sqlite3_stmt* stmt = entry->stmt;
  m_byText.erase(found);
  m_lru.erase(entry);
  return stmt;
}

void StatementCache::giveBack(sqlite3_stmt* stmt) {
  if (stmt == nullptr) {
    return;
  }
  // The result of the last step does not matter here; reset releases the statement's locks.
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  const char* text = sqlite3_sql(stmt);
  if (m_capacity == 0 || text == nullptr || m_byText.count(text) != 0) {
    sqlite3_finalize(stmt);
    return;
  }
  m_lru.push_front({text, stmt});
  m_byText.emplace(m_lru.front().sql, m_lru.begin());
  while (m_lru.size() > m_capacity) {
    m_byText.erase(m_lru.back().sql);
    sqlite3_finalize(m_lru.back().stmt);
    m_lru.pop_back();
  }
}

void StatementCache::clear() {
  m_byText.clear();
  for (const auto& entry : m_lru) {
    sqlite3_finalize(entry.stmt);
  }
  m_lru.clear();
}

} // namespace simpul::storage
