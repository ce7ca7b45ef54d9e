// Page tokens (core/server/paging.*): any page_token and page_size a client sends is either
// refused with INVALID_ARGUMENT or read back into a page request; the tokens the service
// writes always read back to the key they carry.

#include "fuzz_check.h"
#include "server/api_error.h"
#include "server/paging.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

using simpul::server::ApiError;

namespace {

// The list names the services use keep their tokens apart; a few are enough here.
constexpr std::string_view kLists[] = {"records", "persons", "users", "audit", ""};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 5) {
    return -1;
  }
  std::int32_t pageSize = 0;
  std::memcpy(&pageSize, data, sizeof pageSize);
  const std::string_view list = kLists[data[4] % std::size(kLists)];
  const std::string_view rest(reinterpret_cast<const char*>(data + 5), size - 5);

  // The input as a token from a client.
  try {
    const auto request = simpul::server::pageRequest(list, pageSize, rest);
    FUZZ_CHECK(request.size >= 1 && request.size <= 500, "page size within [1, max]");
    try {
      (void)request.afterInteger();
    } catch (const ApiError& error) {
      FUZZ_CHECK(error.code() == grpc::StatusCode::INVALID_ARGUMENT, "bad key: INVALID_ARGUMENT");
    }
  } catch (const ApiError& error) {
    FUZZ_CHECK(error.code() == grpc::StatusCode::INVALID_ARGUMENT, "refused: INVALID_ARGUMENT");
  }

  // The input as the last key of a page: the token the service writes reads back to it
  // (unless the token would be longer than any the service accepts).
  const std::string token = simpul::server::pageToken(list, rest);
  try {
    const auto request = simpul::server::pageRequest(list, 0, token);
    FUZZ_CHECK(request.after && *request.after == rest, "a written token reads back");
  } catch (const ApiError&) {
    FUZZ_CHECK(token.size() > 1024, "only an oversized token of ours is refused");
  }

  // Integer keys round-trip.
  if (const auto value = simpul::server::parseIntegerKey(rest)) {
    FUZZ_CHECK(simpul::server::parseIntegerKey(simpul::server::integerKey(*value)) == value,
               "integer keys round-trip");
  }
  return 0;
}
