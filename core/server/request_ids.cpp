#include "server/request_ids.h"

#include "storage/database.h"

namespace simpul::server {

std::optional<std::string> findRequest(storage::Database& db, std::int64_t userId,
                                       std::string_view method, std::string_view requestId) {
  if (requestId.empty()) {
    return std::nullopt;
  }
  auto stmt = db.prepare("SELECT resource FROM core_requests"
                         " WHERE user_id = ? AND method = ? AND request_id = ?");
  stmt.bindAll(userId, method, requestId);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return stmt.columnText(0);
}

void recordRequest(storage::Database& tx, std::int64_t userId, std::string_view method,
                   std::string_view requestId, std::string_view resource, TimePoint now) {
  if (requestId.empty()) {
    return;
  }
  auto stmt = tx.prepare("INSERT INTO core_requests"
                         " (user_id, method, request_id, resource, create_time_ms)"
                         " VALUES (?, ?, ?, ?, ?)");
  stmt.bindAll(userId, method, requestId, resource, toMillis(now));
  stmt.run();
}

} // namespace simpul::server
