#pragma once

#include "server/principal.h"
#include "server/time_util.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::storage {
class Database;
}

namespace simpul::server {

// Accounts as rows of core_users / core_role_bindings. Used by `simpulctl init`, the test
// fixture and UserService; the callers own the transaction (and its audit row). Every
// argument error is an ApiError naming the request field, with no value in the message.

// Throws ApiError(INVALID_ARGUMENT) on `field` unless `username` is [a-z0-9._-]{3,64}.
void requireValidUsername(std::string_view username, std::string_view field);
// At most 200 characters, no control characters (a display name is shown in lists and logs
// of other people's screens). May be empty.
void requireValidDisplayName(std::string_view displayName, std::string_view field);
// checkPasswordPolicy (server/auth/password.h), and not the username itself (any case).
void requireAcceptablePassword(std::string_view password, std::string_view username,
                               std::string_view field);

// Validates (fields "user.username", "user.display_name", "password"), hashes the password
// and inserts the user. Duplicate username → ALREADY_EXISTS on "user.username". Returns the
// new id. Hashing takes ~0.1 s inside the caller's transaction; a server handler that holds
// the writer should hash first and call createUserWithHash.
std::int64_t createUser(storage::Database& tx, std::string_view username,
                        std::string_view displayName, std::string_view password, TimePoint now);
// The same with a hash made by hashPassword(); the password policy is the caller's job.
std::int64_t createUserWithHash(storage::Database& tx, std::string_view username,
                                std::string_view displayName, std::string_view passwordHash,
                                TimePoint now);

// Replaces a user's password hash (new etag, update time) and revokes all its sessions.
void setPasswordHash(storage::Database& tx, std::int64_t userId, std::string_view passwordHash,
                     TimePoint now);

// Binds `role` to the user within wilayahCode ("" = everywhere; dotted or plain). Unknown
// role → INVALID_ARGUMENT on "role"; malformed code or one not in core_wilayah →
// INVALID_ARGUMENT on "wilayah_code"; the same binding already there → ALREADY_EXISTS on
// "role"; no such user → NOT_FOUND. Stores NULL for everywhere, the dotted code otherwise.
// Returns the binding id.
std::int64_t grantRole(storage::Database& tx, std::int64_t userId, std::string_view role,
                       std::string_view wilayahCode, TimePoint now);

// The dotted form of a wilayah code ("" stays ""), or INVALID_ARGUMENT on `field` when it is
// malformed or not in core_wilayah.
std::string requireKnownWilayah(storage::Database& db, std::string_view wilayahCode,
                                std::string_view field);

std::optional<std::int64_t> findUserId(storage::Database& db, std::string_view username);

bool roleExists(storage::Database& db, std::string_view role);
// The permissions a role gives, sorted: every row of core_permissions for a role with
// all_permissions = 1 (admin), its core_role_permissions otherwise; empty for no such role.
std::vector<std::string> rolePermissions(storage::Database& db, std::string_view role);

// The user with its bindings and, per permission, the merged scope of every binding whose
// role gives it (a NULL wilayah is Scope::everywhere()). Throws storage::StorageError
// (NotFound) when there is no such user. Does not look at `disabled`: that is the session
// check's job (server/auth/session_store.h).
Principal loadPrincipal(storage::Database& db, std::int64_t userId);

} // namespace simpul::server
