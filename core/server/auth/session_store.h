#pragma once

#include "server/principal.h"
#include "server/time_util.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::storage {
class Database;
}

namespace simpul::server {

struct NewSession {
  std::string token; // give to the client once; only its hash is stored
  TimePoint expireTime;
};

// Starts a session for the user, valid for `ttl` from `now` (a fixed lifetime, not sliding:
// a stolen token stops working at a known time). Also deletes the user's expired and revoked
// sessions, so the table stays as small as the number of live sessions.
NewSession createSession(storage::Database& tx, std::int64_t userId, TimePoint now,
                         std::chrono::seconds ttl);

// The principal behind a token, or nullopt when the token is unknown, revoked or expired, or
// its user is disabled. Only reads (Host::authenticate calls it inside Store::read).
std::optional<Principal> principalForToken(storage::Database& db, std::string_view token,
                                           TimePoint now);

// The user id behind a live token (same rules as principalForToken), without the bindings.
std::optional<std::int64_t> userIdForToken(storage::Database& db, std::string_view token,
                                           TimePoint now);

// Marks the token's session revoked (no-op for an unknown token).
void revokeSession(storage::Database& tx, std::string_view token);
// Revokes every session of the user (password change, account disabled).
void revokeUserSessions(storage::Database& tx, std::int64_t userId);

} // namespace simpul::server
