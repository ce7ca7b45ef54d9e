#include "server/auth/user_service.h"

#include "server/api_error.h"
#include "server/auth/accounts.h"
#include "server/auth/password.h"
#include "server/auth/session_store.h"
#include "server/auth/user_access.h"
#include "server/auth/user_rows.h"
#include "server/call.h"
#include "server/paging.h"
#include "server/request_ids.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/store.h"

#include <algorithm>
#include <string>
#include <vector>

namespace simpul::server {

namespace v1 = simpul::core::v1;

namespace {

constexpr const char* kCreateUser = "/simpul.core.v1.UserService/CreateUser";
constexpr const char* kUpdateUser = "/simpul.core.v1.UserService/UpdateUser";
constexpr const char* kSetPassword = "/simpul.core.v1.UserService/SetPassword";
constexpr const char* kGrantRole = "/simpul.core.v1.UserService/GrantRole";
constexpr const char* kRevokeRole = "/simpul.core.v1.UserService/RevokeRole";
constexpr const char* kListUsers = "UserService.ListUsers";
constexpr const char* kListRoleBindings = "UserService.ListRoleBindings";
constexpr std::size_t kMaxRequestIdBytes = 128;

void requireValidRequestId(const std::string& requestId) {
  if (requestId.size() > kMaxRequestIdBytes) {
    throw ApiError::invalidArgument("request_id", "BAD_REQUEST_ID",
                                    "request_id paling banyak 128 byte.",
                                    "A request_id has at most 128 bytes.");
  }
}

// The user named in a request, if the caller may see it; NOT_FOUND (on `field`) otherwise.
UserRow requireVisibleUser(storage::Database& db, const Scope& scope, const std::string& username,
                           const char* field) {
  auto row = findUserRow(db, username);
  if (!row || !isUserVisible(db, scope, row->id)) {
    throw userNotFound(field);
  }
  return std::move(*row);
}

} // namespace

UserServiceImpl::UserServiceImpl(Host& host) : m_host(host) {}

grpc::Status UserServiceImpl::CreateUser(Context* context, const v1::CreateUserRequest* request,
                                         v1::User* response) {
  return serve(m_host, context, [&](const Principal& who) {
    requireUserManage(who);
    const v1::User& user = request->user();
    requireValidRequestId(request->request_id());
    requireValidUsername(user.username(), "user.username");
    requireValidDisplayName(user.display_name(), "user.display_name");
    requireAcceptablePassword(request->password(), user.username(), "password");
    // Hashed before taking the writer: ~0.1 s that would otherwise hold up every write.
    const std::string hash = hashPassword(request->password());
    const TimePoint now = m_host.now();
    const UserRow row = m_host.store().write([&](storage::Database& tx) {
      if (auto done = findRequest(tx, who.userId, kCreateUser, request->request_id())) {
        auto earlier = findUserRow(tx, parseUserName(*done, "request_id"));
        if (!earlier) {
          throw userNotFound();
        }
        return std::move(*earlier);
      }
      const std::int64_t id =
          createUserWithHash(tx, user.username(), user.display_name(), hash, now);
      const std::string name = userName(user.username());
      recordRequest(tx, who.userId, kCreateUser, request->request_id(), name, now);
      m_host.audit(tx, who,
                   AuditRecord{kCreateUser, name, {"username", "display_name", "password"}, ""});
      return *findUserRowById(tx, id);
    });
    toProto(row, response);
  });
}

grpc::Status UserServiceImpl::GetUser(Context* context, const v1::GetUserRequest* request,
                                      v1::User* response) {
  return serve(m_host, context, [&](const Principal& who) {
    const Scope scope = requireUserManage(who);
    const std::string username = parseUserName(request->name(), "name");
    const UserRow row = m_host.store().read(
        [&](storage::Database& db) { return requireVisibleUser(db, scope, username, "name"); });
    toProto(row, response);
  });
}

grpc::Status UserServiceImpl::ListUsers(Context* context, const v1::ListUsersRequest* request,
                                        v1::ListUsersResponse* response) {
  return serve(m_host, context, [&](const Principal& who) {
    const Scope scope = requireUserManage(who);
    const PageRequest page = pageRequest(kListUsers, request->page_size(), request->page_token());
    auto rows = m_host.store().read([&](storage::Database& db) {
      auto stmt =
          db.prepare(std::string("SELECT ") + kUserColumns + " FROM core_users u WHERE " +
                     visibleUserCondition(scope) + (page.after ? " AND u.username > ?" : "") +
                     " ORDER BY u.username LIMIT ?");
      int index = scope.bind(stmt, 1);
      if (page.after) {
        stmt.bind(index++, *page.after);
      }
      stmt.bind(index, page.size + 1); // one more than asked: is there a next page?
      std::vector<UserRow> found;
      while (stmt.step()) {
        found.push_back(readUserRow(stmt));
      }
      return found;
    });
    if (rows.size() > static_cast<std::size_t>(page.size)) {
      rows.pop_back();
      response->set_next_page_token(pageToken(kListUsers, rows.back().username));
    }
    for (const UserRow& row : rows) {
      toProto(row, response->add_users());
    }
  });
}

grpc::Status UserServiceImpl::UpdateUser(Context* context, const v1::UpdateUserRequest* request,
                                         v1::User* response) {
  return serve(m_host, context, [&](const Principal& who) {
    const Scope scope = requireUserManage(who);
    const v1::User& wanted = request->user();
    const std::string username = parseUserName(wanted.name(), "user.name");
    if (wanted.etag().empty()) {
      throw ApiError::etagRequired("user.etag");
    }
    const UserMask mask = parseUserMask(request->update_mask());
    if (mask.displayName) {
      requireValidDisplayName(wanted.display_name(), "user.display_name");
    }
    const TimePoint now = m_host.now();
    const UserRow row = m_host.store().write([&](storage::Database& tx) {
      UserRow current = requireVisibleUser(tx, scope, username, "user.name");
      if (!mayManageUser(tx, who, current.id)) {
        throw userBeyondAuthority();
      }
      if (current.etag != wanted.etag()) {
        throw staleUserEtag();
      }
      std::vector<std::string> changed;
      if (mask.displayName && current.displayName != wanted.display_name()) {
        changed.emplace_back("display_name");
      }
      if (mask.disabled && current.disabled != wanted.disabled()) {
        if (wanted.disabled() && current.id == who.userId) {
          throw ApiError::failedPrecondition("CANNOT_DISABLE_SELF",
                                             "Anda tidak dapat menonaktifkan akun Anda sendiri.",
                                             "You cannot disable your own account.");
        }
        changed.emplace_back("disabled");
      }
      if (changed.empty()) {
        return current; // nothing to change, nothing to audit; the etag stays
      }
      tx.prepare("UPDATE core_users SET display_name = ?, disabled = ?, etag = ?, "
                 "update_time_ms = ? WHERE id = ?")
          .bindAll(mask.displayName ? wanted.display_name() : current.displayName,
                   mask.disabled ? wanted.disabled() : current.disabled, newEtag(), toMillis(now),
                   current.id)
          .run();
      if (mask.disabled && wanted.disabled()) {
        // Sessions of a disabled user are refused anyway; revoking them keeps a later
        // re-enable from bringing old tokens back to life.
        revokeUserSessions(tx, current.id);
      }
      m_host.audit(tx, who, AuditRecord{kUpdateUser, userName(username), changed, ""});
      return *findUserRowById(tx, current.id);
    });
    toProto(row, response);
  });
}

grpc::Status UserServiceImpl::SetPassword(Context* context, const v1::SetPasswordRequest* request,
                                          v1::SetPasswordResponse* /*response*/) {
  return serve(m_host, context, [&](const Principal& who) {
    const Scope scope = requireUserManage(who);
    const std::string username = parseUserName(request->name(), "name");
    requireAcceptablePassword(request->password(), username, "password");
    const std::string hash = hashPassword(request->password());
    const TimePoint now = m_host.now();
    m_host.store().write([&](storage::Database& tx) {
      const UserRow user = requireVisibleUser(tx, scope, username, "name");
      if (!mayManageUser(tx, who, user.id)) {
        throw userBeyondAuthority();
      }
      setPasswordHash(tx, user.id, hash, now); // also revokes the user's sessions
      m_host.audit(tx, who, AuditRecord{kSetPassword, userName(username), {"password"}, ""});
    });
  });
}

grpc::Status UserServiceImpl::GrantRole(Context* context, const v1::GrantRoleRequest* request,
                                        v1::RoleBinding* response) {
  return serve(m_host, context, [&](const Principal& who) {
    const Scope scope = requireUserManage(who);
    requireValidRequestId(request->request_id());
    requireValidUsername(request->username(), "username");
    const TimePoint now = m_host.now();
    const BindingRow row = m_host.store().write([&](storage::Database& tx) {
      if (auto done = findRequest(tx, who.userId, kGrantRole, request->request_id())) {
        auto earlier = findBindingRow(tx, parseBindingName(*done, "request_id").id);
        if (!earlier) {
          throw bindingNotFound(); // granted by the first call, revoked since
        }
        return std::move(*earlier);
      }
      const auto user = findUserRow(tx, request->username());
      // A user with no binding yet is open to every manager: see user_service.h.
      if (!user || (!isUserVisible(tx, scope, user->id) && hasBindings(tx, user->id))) {
        throw userNotFound("username");
      }
      if (!roleExists(tx, request->role())) {
        throw ApiError::invalidArgument("role", "UNKNOWN_ROLE", "Peran tidak dikenal.",
                                        "Unknown role.");
      }
      const std::string wilayah = requireKnownWilayah(tx, request->wilayah_code(), "wilayah_code");
      if (!mayManageBinding(tx, who, request->role(), wilayah)) {
        throw bindingBeyondAuthority();
      }
      const std::int64_t id = grantRole(tx, user->id, request->role(), wilayah, now);
      const std::string name = bindingName(user->username, id);
      recordRequest(tx, who.userId, kGrantRole, request->request_id(), name, now);
      m_host.audit(tx, who, AuditRecord{kGrantRole, name, {"role", "wilayah_code"}, wilayah});
      return *findBindingRow(tx, id);
    });
    toProto(row, response);
  });
}

grpc::Status UserServiceImpl::RevokeRole(Context* context, const v1::RevokeRoleRequest* request,
                                         v1::RevokeRoleResponse* /*response*/) {
  return serve(m_host, context, [&](const Principal& who) {
    const Scope scope = requireUserManage(who);
    const BindingName wanted = parseBindingName(request->name(), "name");
    m_host.store().write([&](storage::Database& tx) {
      const auto binding = findBindingRow(tx, wanted.id);
      if (!binding || binding->username != wanted.username ||
          !isUserVisible(tx, scope, binding->userId)) {
        throw bindingNotFound("name");
      }
      if (!mayManageBinding(tx, who, binding->role, binding->wilayahCode)) {
        throw bindingBeyondAuthority();
      }
      tx.prepare("DELETE FROM core_role_bindings WHERE id = ?").bind(1, binding->id).run();
      m_host.audit(
          tx, who,
          AuditRecord{
              kRevokeRole, request->name(), {"role", "wilayah_code"}, binding->wilayahCode});
    });
  });
}

grpc::Status UserServiceImpl::ListRoleBindings(Context* context,
                                               const v1::ListRoleBindingsRequest* request,
                                               v1::ListRoleBindingsResponse* response) {
  return serve(m_host, context, [&](const Principal& who) {
    const Scope scope = requireUserManage(who);
    if (!request->username().empty()) {
      requireValidUsername(request->username(), "username");
    }
    const PageRequest page =
        pageRequest(kListRoleBindings, request->page_size(), request->page_token());
    const std::optional<std::int64_t> afterId = page.afterInteger();
    auto rows = m_host.store().read([&](storage::Database& db) {
      std::optional<std::int64_t> userId;
      if (!request->username().empty()) {
        userId = requireVisibleUser(db, scope, request->username(), "username").id;
      }
      // Every binding of each visible user, also those outside the caller's scope: they
      // explain why the caller may not change that user.
      auto stmt = db.prepare(std::string("SELECT ") + kBindingColumns +
                             " FROM core_role_bindings b JOIN core_users u ON u.id = b.user_id "
                             "WHERE " +
                             visibleUserCondition(scope) + (userId ? " AND b.user_id = ?" : "") +
                             (afterId ? " AND b.id > ?" : "") + " ORDER BY b.id LIMIT ?");
      int index = scope.bind(stmt, 1);
      if (userId) {
        stmt.bind(index++, *userId);
      }
      if (afterId) {
        stmt.bind(index++, *afterId);
      }
      stmt.bind(index, page.size + 1);
      std::vector<BindingRow> found;
      while (stmt.step()) {
        found.push_back(readBindingRow(stmt));
      }
      return found;
    });
    if (rows.size() > static_cast<std::size_t>(page.size)) {
      rows.pop_back();
      response->set_next_page_token(pageToken(kListRoleBindings, integerKey(rows.back().id)));
    }
    for (const BindingRow& row : rows) {
      toProto(row, response->add_role_bindings());
    }
  });
}

grpc::Status UserServiceImpl::ListRoles(Context* context, const v1::ListRolesRequest* /*request*/,
                                        v1::ListRolesResponse* response) {
  return serve(m_host, context, [&](const Principal& who) {
    requireUserManage(who);
    m_host.store().read([&](storage::Database& db) {
      auto stmt = db.prepare("SELECT name, description_id, description_en FROM core_roles "
                             "ORDER BY name");
      while (stmt.step()) {
        v1::Role* role = response->add_roles();
        role->set_name(stmt.columnText(0));
        role->set_description_id(stmt.columnText(1));
        role->set_description_en(stmt.columnText(2));
        for (const std::string& permission : rolePermissions(db, role->name())) {
          role->add_permissions(permission);
        }
      }
    });
  });
}

grpc::Status UserServiceImpl::ListPermissions(Context* context,
                                              const v1::ListPermissionsRequest* /*request*/,
                                              v1::ListPermissionsResponse* response) {
  return serve(m_host, context, [&](const Principal& who) {
    requireUserManage(who);
    m_host.store().read([&](storage::Database& db) {
      auto stmt = db.prepare("SELECT name, module, description_id, description_en "
                             "FROM core_permissions ORDER BY name");
      while (stmt.step()) {
        v1::Permission* permission = response->add_permissions();
        permission->set_name(stmt.columnText(0));
        permission->set_module(stmt.columnText(1));
        permission->set_description_id(stmt.columnText(2));
        permission->set_description_en(stmt.columnText(3));
      }
    });
  });
}

} // namespace simpul::server
