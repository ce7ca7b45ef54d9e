#include "server/auth/user_access.h"

#include "server/auth/accounts.h"
#include "server/auth/user_rows.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <algorithm>

namespace simpul::server {

Scope requireUserManage(const Principal& who) {
  Scope scope = who.scopeOf(kUserManagePermission);
  if (scope.isNowhere()) {
    throw ApiError::permissionDenied(kUserManagePermission);
  }
  return scope;
}

std::string visibleUserCondition(const Scope& scope) {
  if (scope.isEverywhere()) {
    return "1";
  }
  // A NULL (everywhere) binding never satisfies the range condition, so a user bound only
  // everywhere stays invisible to a scoped manager, as intended.
  return "EXISTS (SELECT 1 FROM core_role_bindings vb WHERE vb.user_id = u.id AND " +
         scope.sqlCondition("vb.wilayah_code") + ")";
}

bool isUserVisible(storage::Database& db, const Scope& scope, std::int64_t userId) {
  auto stmt =
      db.prepare("SELECT 1 FROM core_users u WHERE u.id = ? AND " + visibleUserCondition(scope));
  stmt.bind(1, userId);
  scope.bind(stmt, 2); // an everywhere scope has no parameters
  return stmt.step();
}

bool hasBindings(storage::Database& db, std::int64_t userId) {
  auto stmt = db.prepare("SELECT 1 FROM core_role_bindings WHERE user_id = ?");
  stmt.bind(1, userId);
  return stmt.step();
}

bool mayManageBinding(storage::Database& db, const Principal& who, std::string_view role,
                      std::string_view wilayahCode) {
  // Scope::contains("") holds only for an everywhere scope: exactly the rule for an
  // everywhere binding.
  const auto holdsThere = [&](std::string_view permission) {
    return who.scopeOf(permission).contains(wilayahCode);
  };
  if (!holdsThere(kUserManagePermission)) {
    return false;
  }
  const auto permissions = rolePermissions(db, role);
  return std::all_of(permissions.begin(), permissions.end(), holdsThere);
}

bool mayManageUser(storage::Database& db, const Principal& who, std::int64_t userId) {
  const auto bindings = bindingRowsOfUser(db, userId);
  if (bindings.empty()) {
    return who.scopeOf(kUserManagePermission).isEverywhere();
  }
  return std::all_of(bindings.begin(), bindings.end(), [&](const BindingRow& binding) {
    return mayManageBinding(db, who, binding.role, binding.wilayahCode);
  });
}

ApiError bindingBeyondAuthority() {
  return ApiError(grpc::StatusCode::PERMISSION_DENIED, "", "BEYOND_AUTHORITY",
                  "Anda tidak berwenang memberikan atau mencabut peran ini di wilayah tersebut.",
                  "You may not grant or revoke this role in that wilayah.");
}

ApiError userBeyondAuthority() {
  return ApiError(grpc::StatusCode::PERMISSION_DENIED, "", "BEYOND_AUTHORITY",
                  "Pengguna ini memegang peran di luar wewenang Anda.",
                  "This user holds roles beyond your authority.");
}

} // namespace simpul::server
