#include "auth_client.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

namespace simpul::testing {
namespace {

using Stub = v1::UserService::Stub;

class UserServiceTest : public AuthFixture {
protected:
  CallResult createUser(const std::string& token, const std::string& username,
                        const std::string& requestId = {}, v1::User* out = nullptr) {
    v1::CreateUserRequest request;
    request.set_request_id(requestId);
    request.mutable_user()->set_username(username);
    request.mutable_user()->set_display_name("Pengguna Uji");
    request.set_password(username + "-password-1");
    v1::User ignored;
    return call(&Stub::CreateUser, token, request, out != nullptr ? out : &ignored);
  }

  CallResult grant(const std::string& token, const std::string& username, const std::string& role,
                   const std::string& wilayah, v1::RoleBinding* out = nullptr) {
    v1::GrantRoleRequest request;
    request.set_username(username);
    request.set_role(role);
    request.set_wilayah_code(wilayah);
    v1::RoleBinding ignored;
    return call(&Stub::GrantRole, token, request, out != nullptr ? out : &ignored);
  }

  CallResult getUserResult(const std::string& token, const std::string& username) {
    v1::GetUserRequest request;
    request.set_name("users/" + username);
    v1::User user;
    return call(&Stub::GetUser, token, request, &user);
  }

  CallResult setPassword(const std::string& token, const std::string& username,
                         const std::string& password) {
    v1::SetPasswordRequest request;
    request.set_name("users/" + username);
    request.set_password(password);
    v1::SetPasswordResponse response;
    return call(&Stub::SetPassword, token, request, &response);
  }

  std::vector<std::string> listUsernames(const std::string& token, int pageSize = 0) {
    std::vector<std::string> names;
    v1::ListUsersRequest request;
    request.set_page_size(pageSize);
    for (int pages = 0; pages < 100; ++pages) {
      v1::ListUsersResponse response;
      const CallResult result = call(&Stub::ListUsers, token, request, &response);
      EXPECT_TRUE(result.status.ok()) << result.status.error_message();
      for (const v1::User& user : response.users()) {
        names.push_back(user.username());
      }
      if (response.next_page_token().empty()) {
        break;
      }
      request.set_page_token(response.next_page_token());
    }
    return names;
  }
};

TEST_F(UserServiceTest, EveryRpcNeedsAToken) {
  v1::User user;
  v1::ListUsersResponse listUsers;
  v1::SetPasswordResponse setPasswordResponse;
  v1::RoleBinding binding;
  v1::RevokeRoleResponse revoke;
  v1::ListRoleBindingsResponse bindings;
  v1::ListRolesResponse roles;
  v1::ListPermissionsResponse permissions;
  const std::vector<CallResult> results = {
      call(&Stub::CreateUser, "", v1::CreateUserRequest{}, &user),
      call(&Stub::GetUser, "", v1::GetUserRequest{}, &user),
      call(&Stub::ListUsers, "", v1::ListUsersRequest{}, &listUsers),
      call(&Stub::UpdateUser, "", v1::UpdateUserRequest{}, &user),
      call(&Stub::SetPassword, "", v1::SetPasswordRequest{}, &setPasswordResponse),
      call(&Stub::GrantRole, "", v1::GrantRoleRequest{}, &binding),
      call(&Stub::RevokeRole, "", v1::RevokeRoleRequest{}, &revoke),
      call(&Stub::ListRoleBindings, "", v1::ListRoleBindingsRequest{}, &bindings),
      call(&Stub::ListRoles, "", v1::ListRolesRequest{}, &roles),
      call(&Stub::ListPermissions, "", v1::ListPermissionsRequest{}, &permissions),
  };
  for (std::size_t i = 0; i < results.size(); ++i) {
    EXPECT_EQ(results[i].code(), grpc::StatusCode::UNAUTHENTICATED) << "rpc #" << i;
  }
}

TEST_F(UserServiceTest, WithoutUserManageEveryRpcIsPermissionDenied) {
  const std::string psm = createUserAndLogin("psm.bdg", "psm", "32.04");
  v1::ListUsersResponse list;
  const CallResult listed = call(&Stub::ListUsers, psm, v1::ListUsersRequest{}, &list);
  EXPECT_EQ(listed.code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(listed.detail.reason(), "PERMISSION_DENIED");
  // Permission comes before existence: a missing user is not NOT_FOUND for this caller.
  EXPECT_EQ(getUserResult(psm, "tidak.ada").code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(getUserResult(psm, "psm.bdg").code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(createUser(psm, "kader.baru").code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(grant(psm, "psm.bdg", "admin", "").code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(setPassword(psm, "admin", "taken-over-123").code(),
            grpc::StatusCode::PERMISSION_DENIED);
  v1::ListRolesResponse roles;
  EXPECT_EQ(call(&Stub::ListRoles, psm, v1::ListRolesRequest{}, &roles).code(),
            grpc::StatusCode::PERMISSION_DENIED);
}

TEST_F(UserServiceTest, ScopedManagerSeesAndGrantsOnlyWithinItsScope) {
  const std::string admin = adminToken();
  const std::string dinsos = createUserAndLogin("dinsos.bdg", "dinsos", "32.04");
  createUserAndLogin("psm.cw", "psm", "32.04.12.2003");
  createUserAndLogin("psm.clp", "psm", "33.01");

  // Visible: users with a binding in 32.04 (itself included); not admin (everywhere only),
  // not psm.clp (33.01 only).
  EXPECT_EQ(listUsernames(dinsos), (std::vector<std::string>{"dinsos.bdg", "psm.cw"}));
  EXPECT_EQ(listUsernames(admin),
            (std::vector<std::string>{"admin", "dinsos.bdg", "psm.clp", "psm.cw"}));

  // Outside the scope looks exactly like missing.
  const CallResult outside = getUserResult(dinsos, "psm.clp");
  const CallResult missing = getUserResult(dinsos, "tidak.ada");
  EXPECT_EQ(outside.code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(outside.status.error_message(), missing.status.error_message());
  EXPECT_EQ(outside.detail.SerializeAsString(), missing.detail.SerializeAsString());
  EXPECT_EQ(outside.status.error_message().find("psm.clp"), std::string::npos);
  EXPECT_EQ(grant(dinsos, "psm.clp", "psm", "32.04").code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(setPassword(dinsos, "psm.clp", "another-secret-1").code(), grpc::StatusCode::NOT_FOUND);

  // Granting: inside the scope yes; in 33.01 or everywhere no; and not a role with
  // permissions the granter does not hold (admin) even inside its scope.
  v1::RoleBinding binding;
  const CallResult inside = grant(dinsos, "psm.cw", "tksk", "32.04.12", &binding);
  ASSERT_TRUE(inside.status.ok()) << inside.status.error_message();
  EXPECT_EQ(binding.wilayah_code(), "32.04.12");
  EXPECT_EQ(grant(dinsos, "psm.cw", "psm", "33.01").code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(grant(dinsos, "psm.cw", "viewer", "").code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(grant(dinsos, "psm.cw", "admin", "32.04").code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(grant(dinsos, "psm.cw", "tksk", "32.04.12").code(), grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(grant(dinsos, "psm.cw", "psm", "32.04.99").code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(grant(dinsos, "psm.cw", "no_such_role", "32.04").code(),
            grpc::StatusCode::INVALID_ARGUMENT);

  // Revoking follows the same rule.
  v1::RevokeRoleRequest revoke;
  revoke.set_name(binding.name());
  v1::RevokeRoleResponse revoked;
  EXPECT_TRUE(call(&Stub::RevokeRole, dinsos, revoke, &revoked).status.ok());
  EXPECT_EQ(call(&Stub::RevokeRole, dinsos, revoke, &revoked).code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(UserServiceTest, ScopedManagerCannotTakeOverAUserWithRolesBeyondIt) {
  const std::string dinsos = createUserAndLogin("dinsos.bdg", "dinsos", "32.04");
  createUserAndLogin("ganda", "psm", "32.04");
  ASSERT_TRUE(grant(adminToken(), "ganda", "admin", "").status.ok());

  // Visible because of the psm binding in 32.04...
  const v1::User ganda = getUser(dinsos, "ganda");
  EXPECT_EQ(ganda.username(), "ganda");
  // ...but its password and account belong to someone with authority over all its roles.
  EXPECT_EQ(setPassword(dinsos, "ganda", "taken-over-123").code(),
            grpc::StatusCode::PERMISSION_DENIED);
  v1::UpdateUserRequest update;
  update.mutable_user()->set_name(ganda.name());
  update.mutable_user()->set_etag(ganda.etag());
  update.mutable_user()->set_disabled(true);
  update.mutable_update_mask()->add_paths("disabled");
  v1::User updated;
  EXPECT_EQ(call(&Stub::UpdateUser, dinsos, update, &updated).code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_TRUE(call(&Stub::UpdateUser, adminToken(), update, &updated).status.ok());
}

TEST_F(UserServiceTest, UserCreatedByAScopedManagerAppearsOnceGranted) {
  const std::string dinsos = createUserAndLogin("dinsos.bdg", "dinsos", "32.04");
  v1::User created;
  const CallResult result = createUser(dinsos, "kader.baru", "", &created);
  ASSERT_TRUE(result.status.ok()) << result.status.error_message();
  EXPECT_EQ(created.name(), "users/kader.baru");
  EXPECT_EQ(getUserResult(dinsos, "kader.baru").code(), grpc::StatusCode::NOT_FOUND);
  ASSERT_TRUE(grant(dinsos, "kader.baru", "psm", "32.04.12.2003").status.ok());
  EXPECT_EQ(getUser(dinsos, "kader.baru").etag(), created.etag());
  EXPECT_TRUE(tryLogin("kader.baru", "kader.baru-password-1").status.ok());
}

TEST_F(UserServiceTest, StaleEtagIsAborted) {
  const std::string admin = adminToken();
  createUserAndLogin("siti.cw", "psm", "32.04.12.2003");
  const v1::User before = getUser(admin, "siti.cw");
  v1::UpdateUserRequest request;
  request.mutable_user()->set_name(before.name());
  request.mutable_user()->set_etag(before.etag());
  request.mutable_user()->set_display_name("Siti Nurhaliza");
  request.mutable_update_mask()->add_paths("display_name");
  v1::User after;
  ASSERT_TRUE(call(&Stub::UpdateUser, admin, request, &after).status.ok());
  EXPECT_EQ(after.display_name(), "Siti Nurhaliza");
  EXPECT_NE(after.etag(), before.etag());

  request.mutable_user()->set_display_name("Siti N.");
  const CallResult stale = call(&Stub::UpdateUser, admin, request, &after);
  EXPECT_EQ(stale.code(), grpc::StatusCode::ABORTED);
  EXPECT_EQ(stale.detail.reason(), "STALE_ETAG");
  EXPECT_EQ(stale.status.error_message().find("siti"), std::string::npos);
  EXPECT_EQ(getUser(admin, "siti.cw").display_name(), "Siti Nurhaliza");

  request.mutable_update_mask()->add_paths("password_hash");
  EXPECT_EQ(call(&Stub::UpdateUser, admin, request, &after).code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(UserServiceTest, RepeatedRequestIdReturnsTheSameUser) {
  const std::string admin = adminToken();
  v1::User first;
  v1::User second;
  ASSERT_TRUE(createUser(admin, "kader.satu", "req-7f3a", &first).status.ok());
  const CallResult retry = createUser(admin, "kader.satu", "req-7f3a", &second);
  ASSERT_TRUE(retry.status.ok()) << retry.status.error_message();
  EXPECT_EQ(second.SerializeAsString(), first.SerializeAsString());
  EXPECT_EQ(query("SELECT id FROM core_users WHERE username = 'kader.satu'").size(), 1u);
  // Another request for the same name is a second create: refused.
  const CallResult again = createUser(admin, "kader.satu", "req-other");
  EXPECT_EQ(again.code(), grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(again.detail.field(), "user.username");
  EXPECT_EQ(createUser(admin, "kader.satu").code(), grpc::StatusCode::ALREADY_EXISTS);
}

TEST_F(UserServiceTest, CreateUserChecksThePassword) {
  v1::CreateUserRequest request;
  request.mutable_user()->set_username("kader.dua");
  request.set_password("123456789");
  v1::User user;
  const CallResult weak = call(&Stub::CreateUser, adminToken(), request, &user);
  EXPECT_EQ(weak.code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(weak.detail.field(), "password");
  request.mutable_user()->set_username("Kader Dua");
  request.set_password("kopi-tubruk-pagi");
  EXPECT_EQ(call(&Stub::CreateUser, adminToken(), request, &user).detail.field(), "user.username");
}

TEST_F(UserServiceTest, SetPasswordRevokesSessions) {
  const std::string token = createUserAndLogin("siti.cw", "psm", "32.04.12.2003");
  ASSERT_TRUE(whoAmI(token).status.ok());
  ASSERT_TRUE(setPassword(adminToken(), "siti.cw", "teh-manis-sore").status.ok());
  EXPECT_EQ(whoAmI(token).code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(tryLogin("siti.cw", "siti.cw-password-1").code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_TRUE(tryLogin("siti.cw", "teh-manis-sore").status.ok());
  EXPECT_EQ(setPassword(adminToken(), "siti.cw", "short").code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(UserServiceTest, ListsArePagedAndComplete) {
  const std::string admin = adminToken();
  for (const char* name : {"u.a", "u.b", "u.c", "u.d", "u.e"}) {
    ASSERT_TRUE(createUser(admin, name).status.ok());
    ASSERT_TRUE(grant(admin, name, "viewer", "32.73").status.ok());
  }
  const auto names = listUsernames(admin, 2);
  EXPECT_EQ(names, (std::vector<std::string>{"admin", "u.a", "u.b", "u.c", "u.d", "u.e"}));

  std::set<std::string> bindingNames;
  v1::ListRoleBindingsRequest request;
  request.set_page_size(2);
  for (int pages = 0; pages < 10; ++pages) {
    v1::ListRoleBindingsResponse response;
    ASSERT_TRUE(call(&Stub::ListRoleBindings, admin, request, &response).status.ok());
    for (const auto& binding : response.role_bindings()) {
      EXPECT_TRUE(bindingNames.insert(binding.name()).second) << binding.name();
    }
    if (response.next_page_token().empty()) {
      break;
    }
    request.set_page_token(response.next_page_token());
  }
  EXPECT_EQ(bindingNames.size(), 6u);

  v1::ListRoleBindingsRequest one;
  one.set_username("u.c");
  v1::ListRoleBindingsResponse response;
  ASSERT_TRUE(call(&Stub::ListRoleBindings, admin, one, &response).status.ok());
  ASSERT_EQ(response.role_bindings_size(), 1);
  EXPECT_EQ(response.role_bindings(0).role(), "viewer");
  EXPECT_EQ(response.role_bindings(0).wilayah_code(), "32.73");

  v1::ListUsersRequest badToken;
  badToken.set_page_token(response.next_page_token() + "garbage");
  v1::ListUsersResponse users;
  EXPECT_EQ(call(&Stub::ListUsers, admin, badToken, &users).code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(UserServiceTest, RolesAndPermissions) {
  v1::ListRolesResponse roles;
  ASSERT_TRUE(call(&Stub::ListRoles, adminToken(), v1::ListRolesRequest{}, &roles).status.ok());
  ASSERT_EQ(roles.roles_size(), 7);
  EXPECT_EQ(roles.roles(0).name(), "admin");
  EXPECT_EQ(roles.roles(0).permissions_size(), 9);
  const auto psm = std::find_if(roles.roles().begin(), roles.roles().end(),
                                [](const v1::Role& role) { return role.name() == "psm"; });
  ASSERT_NE(psm, roles.roles().end());
  EXPECT_EQ(psm->permissions_size(), 4);
  EXPECT_FALSE(psm->description_id().empty());

  v1::ListPermissionsResponse permissions;
  ASSERT_TRUE(call(&Stub::ListPermissions, adminToken(), v1::ListPermissionsRequest{}, &permissions)
                  .status.ok());
  ASSERT_EQ(permissions.permissions_size(), 9);
  EXPECT_EQ(permissions.permissions(0).name(), "core.attachment.read");
  EXPECT_EQ(permissions.permissions(0).module(), "core");
}

TEST_F(UserServiceTest, EveryChangeIsAuditedWithoutPasswordMaterial) {
  const std::string admin = adminToken();
  v1::User user;
  ASSERT_TRUE(createUser(admin, "kader.tiga", "", &user).status.ok());
  v1::RoleBinding binding;
  ASSERT_TRUE(grant(admin, "kader.tiga", "psm", "32.04.12.2003", &binding).status.ok());
  v1::UpdateUserRequest update;
  update.mutable_user()->set_name(user.name());
  update.mutable_user()->set_etag(user.etag());
  update.mutable_user()->set_display_name("Kader Tiga");
  update.mutable_update_mask()->add_paths("display_name");
  v1::User updated;
  ASSERT_TRUE(call(&Stub::UpdateUser, admin, update, &updated).status.ok());
  ASSERT_TRUE(setPassword(admin, "kader.tiga", "teh-manis-sore").status.ok());
  v1::RevokeRoleRequest revoke;
  revoke.set_name(binding.name());
  v1::RevokeRoleResponse revoked;
  ASSERT_TRUE(call(&Stub::RevokeRole, admin, revoke, &revoked).status.ok());

  const auto rows = query("SELECT method, resource, changed_fields, actor, wilayah_code "
                          "FROM core_audit WHERE method LIKE '%UserService%' ORDER BY sequence");
  const std::string prefix = "/simpul.core.v1.UserService/";
  const std::vector<std::vector<std::string>> expected = {
      {prefix + "CreateUser", "users/kader.tiga", "username,display_name,password", "admin", ""},
      {prefix + "GrantRole", binding.name(), "role,wilayah_code", "admin", "32.04.12.2003"},
      {prefix + "UpdateUser", "users/kader.tiga", "display_name", "admin", ""},
      {prefix + "SetPassword", "users/kader.tiga", "password", "admin", ""},
      {prefix + "RevokeRole", binding.name(), "role,wilayah_code", "admin", "32.04.12.2003"},
  };
  EXPECT_EQ(rows, expected);

  const auto hash = query("SELECT password_hash FROM core_users WHERE username = 'kader.tiga'");
  ASSERT_EQ(hash.size(), 1u);
  for (const auto& row : query("SELECT * FROM core_audit")) {
    for (const std::string& value : row) {
      EXPECT_EQ(value.find("kader.tiga-password-1"), std::string::npos);
      EXPECT_EQ(value.find("teh-manis-sore"), std::string::npos);
      EXPECT_EQ(value.find(hash[0][0]), std::string::npos);
      EXPECT_EQ(value.find("$argon2"), std::string::npos);
    }
  }
}

TEST_F(UserServiceTest, CannotDisableOneself) {
  const std::string admin = adminToken();
  const v1::User self = getUser(admin, "admin");
  v1::UpdateUserRequest update;
  update.mutable_user()->set_name(self.name());
  update.mutable_user()->set_etag(self.etag());
  update.mutable_user()->set_disabled(true);
  update.mutable_update_mask()->add_paths("disabled");
  v1::User updated;
  EXPECT_EQ(call(&Stub::UpdateUser, admin, update, &updated).code(),
            grpc::StatusCode::FAILED_PRECONDITION);
}

} // namespace
} // namespace simpul::testing
