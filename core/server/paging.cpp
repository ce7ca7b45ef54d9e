#include "server/paging.h"

#include "server/api_error.h"

#include <charconv>
#include <cstdio>
#include <sodium.h>
#include <string>
#include <vector>

namespace simpul::server {

namespace {

constexpr char kSeparator = '\n';
// A page_size beyond this is a mistake or an attack, not a wish to be coerced to the list's
// maximum (AIP-158 coercion applies between the maximum and this ceiling).
constexpr int kAbsurdPageSize = 10000;
// Tokens this service writes are a list name and one key: far shorter than this.
constexpr std::size_t kMaxPageTokenBytes = 1024;

} // namespace

ApiError badPageToken() {
  return ApiError::invalidArgument(
      "page_token", "BAD_PAGE_TOKEN",
      "page_token tidak valid: gunakan next_page_token dari halaman sebelumnya",
      "page_token is not valid: pass the next_page_token of the previous page");
}

std::optional<std::int64_t> PageRequest::afterInteger() const {
  if (!after) {
    return std::nullopt;
  }
  const auto parsed = parseIntegerKey(*after);
  if (!parsed) {
    throw badPageToken();
  }
  return parsed;
}

std::string pageToken(std::string_view listName, std::string_view lastKey) {
  std::string raw(listName);
  raw += kSeparator;
  raw += lastKey;
  const int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::string out(sodium_base64_ENCODED_LEN(raw.size(), variant), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                    raw.size(), variant);
  out.resize(out.find('\0'));
  return out;
}

PageRequest pageRequest(std::string_view listName, int pageSize, std::string_view token,
                        int defaultSize, int maxSize) {
  if (pageSize < 0) {
    throw ApiError::invalidArgument("page_size", "BAD_PAGE_SIZE", "page_size tidak boleh negatif",
                                    "page_size must not be negative");
  }
  if (pageSize > kAbsurdPageSize) {
    throw ApiError::invalidArgument(
        "page_size", "BAD_PAGE_SIZE",
        "page_size terlalu besar (paling banyak " + std::to_string(maxSize) + ")",
        "page_size is too large (at most " + std::to_string(maxSize) + ")");
  }
  PageRequest request;
  request.size = pageSize == 0 ? defaultSize : std::min(pageSize, maxSize);
  if (token.empty()) {
    return request;
  }
  if (token.size() > kMaxPageTokenBytes) {
    throw badPageToken();
  }
  std::vector<unsigned char> raw(token.size());
  std::size_t length = 0;
  if (sodium_base642bin(raw.data(), raw.size(), token.data(), token.size(), nullptr, &length,
                        nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0) {
    throw badPageToken();
  }
  const std::string decoded(reinterpret_cast<const char*>(raw.data()), length);
  const auto separator = decoded.find(kSeparator);
  if (separator == std::string::npos ||
      std::string_view(decoded).substr(0, separator) != listName) {
    throw badPageToken();
  }
  request.after = decoded.substr(separator + 1);
  return request;
}

std::string integerKey(std::int64_t id) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%020lld", static_cast<long long>(id));
  return buffer;
}

std::optional<std::int64_t> parseIntegerKey(std::string_view key) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), value);
  if (ec != std::errc() || end != key.data() + key.size()) {
    return std::nullopt;
  }
  return value;
}

} // namespace simpul::server
