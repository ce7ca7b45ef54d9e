#pragma once

#include "server/time_util.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::storage {
class Database;
}

namespace simpul::server {

// request_id makes a Create safe to retry: the first call records which resource it made,
// a repeat of (user, method, request_id) finds it and returns that resource instead of
// creating a second one. An empty request_id is not recorded (every call creates).
std::optional<std::string> findRequest(storage::Database& db, std::int64_t userId,
                                       std::string_view method, std::string_view requestId);
void recordRequest(storage::Database& tx, std::int64_t userId, std::string_view method,
                   std::string_view requestId, std::string_view resource, TimePoint now);

} // namespace simpul::server
