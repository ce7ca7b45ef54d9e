#pragma once

#include "server/api_error.h"
#include "server/principal.h"
#include "server/scope.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace simpul::storage {
class Database;
class Statement;
} // namespace simpul::storage

namespace simpul::server {

// Who may see and manage which accounts (UserService). Users have no wilayah of their own;
// they are placed by their role bindings:
//
// - see: a caller with core.user.manage sees a user that has at least one binding inside its
//   manage scope; an everywhere manager sees every user, including users with no binding or
//   only everywhere bindings. Users outside are invisible (NOT_FOUND, as if missing).
// - grant/revoke a binding: the manage scope covers the binding's wilayah (an everywhere
//   binding needs an everywhere manager) AND the caller itself holds, there, every permission
//   the role gives. Without the second rule a kabupaten officer could make an "admin" of
//   their kabupaten, with permissions (audit verification, backups) they do not hold.
// - change the account itself (display name, disabled, password): the caller may manage
//   every one of the user's bindings; an unbound user only by an everywhere manager.
//   Otherwise a kabupaten officer who sees a user because of a small role there could reset
//   the password of that user's everywhere admin binding and take it over.
inline constexpr std::string_view kUserManagePermission = "core.user.manage";

// The caller's core.user.manage scope; PERMISSION_DENIED when it holds it nowhere.
Scope requireUserManage(const Principal& who);

// A condition on core_users aliased `u` that holds for users visible in `scope`; bind its
// parameters with scope.bind() at the position of the condition's first "?".
std::string visibleUserCondition(const Scope& scope);

bool isUserVisible(storage::Database& db, const Scope& scope, std::int64_t userId);
bool hasBindings(storage::Database& db, std::int64_t userId);

bool mayManageBinding(storage::Database& db, const Principal& who, std::string_view role,
                      std::string_view wilayahCode);
bool mayManageUser(storage::Database& db, const Principal& who, std::int64_t userId);

ApiError bindingBeyondAuthority(); // PERMISSION_DENIED for grant/revoke
ApiError userBeyondAuthority();    // PERMISSION_DENIED for changing the account

} // namespace simpul::server
