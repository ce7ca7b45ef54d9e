#include "server/auth/session_store.h"

#include "server/auth/accounts.h"
#include "server/auth/token.h"
#include "storage/database.h"
#include "storage/statement.h"

namespace simpul::server {

namespace {
// Tokens we hand out are kTokenChars long; anything far off is not worth hashing.
constexpr std::size_t kMaxTokenChars = 256;
} // namespace

NewSession createSession(storage::Database& tx, std::int64_t userId, TimePoint now,
                         std::chrono::seconds ttl) {
  const std::int64_t nowMs = toMillis(now);
  tx.prepare("DELETE FROM core_sessions WHERE user_id = ? AND (revoked = 1 OR expire_time_ms <= ?)")
      .bindAll(userId, nowMs)
      .run();
  NewSession session{newToken(), now + ttl};
  tx.prepare("INSERT INTO core_sessions (token_hash, user_id, create_time_ms, expire_time_ms, "
             "revoked) VALUES (?, ?, ?, ?, 0)")
      .bindAll(tokenHash(session.token), userId, nowMs, toMillis(session.expireTime))
      .run();
  return session;
}

std::optional<std::int64_t> userIdForToken(storage::Database& db, std::string_view token,
                                           TimePoint now) {
  if (token.empty() || token.size() > kMaxTokenChars) {
    return std::nullopt;
  }
  auto stmt = db.prepare("SELECT s.user_id FROM core_sessions s JOIN core_users u "
                         "ON u.id = s.user_id WHERE s.token_hash = ? AND s.revoked = 0 "
                         "AND s.expire_time_ms > ? AND u.disabled = 0");
  stmt.bindAll(tokenHash(token), toMillis(now));
  if (!stmt.step()) {
    return std::nullopt;
  }
  return stmt.columnInt64(0);
}

std::optional<Principal> principalForToken(storage::Database& db, std::string_view token,
                                           TimePoint now) {
  const auto userId = userIdForToken(db, token, now);
  if (!userId) {
    return std::nullopt;
  }
  return loadPrincipal(db, *userId);
}

void revokeSession(storage::Database& tx, std::string_view token) {
  if (token.empty() || token.size() > kMaxTokenChars) {
    return;
  }
  tx.prepare("UPDATE core_sessions SET revoked = 1 WHERE token_hash = ?")
      .bind(1, tokenHash(token))
      .run();
}

void revokeUserSessions(storage::Database& tx, std::int64_t userId) {
  tx.prepare("UPDATE core_sessions SET revoked = 1 WHERE user_id = ? AND revoked = 0")
      .bind(1, userId)
      .run();
}

} // namespace simpul::server
