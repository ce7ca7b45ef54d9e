#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace simpul::server {

// A session token: 32 random bytes (libsodium's CSPRNG) as base64url without padding, 43
// characters, safe in an HTTP/2 header. Only its hash is ever stored.
inline constexpr std::size_t kTokenChars = 43;
std::string newToken();

// The lowercase hex SHA-256 of a token, as kept in core_sessions.token_hash. A plain hash is
// enough here (no salt, no KDF): a token has 256 bits of entropy, so it cannot be guessed
// from its hash, and the lookup must be one indexed equality.
std::string tokenHash(std::string_view token);

} // namespace simpul::server
