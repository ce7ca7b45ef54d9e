#pragma once

#include "server/api_error.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::server {

// Passwords are stored only as argon2id hashes (libsodium crypto_pwhash_str, INTERACTIVE
// limits: about 0.1 s and 64 MiB each). At most a few hash computations run at once in the
// whole process (one per core), so a burst of logins cannot exhaust memory; the others wait.

// The "$argon2id$..." string to store in core_users.password_hash (salt included).
// Throws std::runtime_error when the KDF cannot run (out of memory).
std::string hashPassword(std::string_view password);

// True when `password` matches `hash`. A malformed hash is a mismatch, and still costs a full
// check so that it cannot be told apart by timing.
bool verifyPassword(std::string_view hash, std::string_view password);

// Costs what verifyPassword does on a real hash and checks nothing: the login path for an
// unknown user, so that it looks and takes the same as a wrong password.
void burnPasswordCheck(std::string_view password);

// The rules a new password must meet, as an INVALID_ARGUMENT on `field`, or nullopt when it
// is acceptable: at least kMinPasswordChars characters (Unicode code points), at most
// kMaxPasswordBytes bytes, not one character repeated, not a run like "0123456789" or
// "abcdefghij", not one of the few passwords every guessing list starts with. The message
// never quotes the password.
inline constexpr std::size_t kMinPasswordChars = 10;
inline constexpr std::size_t kMaxPasswordBytes = 1024;
std::optional<ApiError> checkPasswordPolicy(std::string_view password, std::string_view field);

} // namespace simpul::server
