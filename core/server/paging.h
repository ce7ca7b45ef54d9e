#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::server {

// Keyset paging (never OFFSET). A page token is opaque to clients: base64url of the list
// method's name and the last key returned, so a token from one list cannot be fed to another.
struct PageRequest {
  int size = 50;                    // clamped into [1, max]
  std::optional<std::string> after; // the last key of the previous page

  // `after` as an integer key (ids, sequences); nullopt on the first page. Throws
  // badPageToken() when the key is not an integer.
  std::optional<std::int64_t> afterInteger() const;
};

class ApiError;
// INVALID_ARGUMENT on "page_token" (reason BAD_PAGE_TOKEN), for a token whose key a list
// cannot read.
ApiError badPageToken();

// Validates page_size (negative or above 10 000 → INVALID_ARGUMENT on "page_size"; 0 →
// defaultSize; above maxSize → maxSize) and page_token (over 1 KiB, malformed or from another
// list → INVALID_ARGUMENT on "page_token").
PageRequest pageRequest(std::string_view listName, int pageSize, std::string_view pageToken,
                        int defaultSize = 50, int maxSize = 500);

std::string pageToken(std::string_view listName, std::string_view lastKey);

// Keys that are integers, as text that sorts like the number (for string keys built of ids).
std::string integerKey(std::int64_t id);
std::optional<std::int64_t> parseIntegerKey(std::string_view key);

} // namespace simpul::server
