#include "auth_client.h"

#include <algorithm>
#include <chrono>
#include <gtest/gtest.h>

namespace simpul::testing {
namespace {

using namespace std::chrono_literals;

class AuthServiceTest : public AuthFixture {
protected:
  // Fails `username` with a wrong password until the throttle refuses (at most 10 times);
  // returns the codes seen and the refusal.
  std::vector<grpc::StatusCode> failUntilThrottled(const std::string& username,
                                                   CallResult* refused) {
    std::vector<grpc::StatusCode> codes;
    for (int i = 0; i < 10; ++i) {
      const CallResult result = tryLogin(username, "still-not-the-password");
      codes.push_back(result.code());
      if (result.code() == grpc::StatusCode::RESOURCE_EXHAUSTED) {
        *refused = result;
        break;
      }
    }
    return codes;
  }
};

TEST_F(AuthServiceTest, LoginReturnsTokenExpiryAndUser) {
  v1::LoginResponse response;
  const auto before = now();
  const CallResult result = tryLogin("admin", kAdminPassword, &response);
  ASSERT_TRUE(result.status.ok()) << result.status.error_message();
  EXPECT_EQ(response.token().size(), 43u);
  EXPECT_EQ(response.user().name(), "users/admin");
  EXPECT_EQ(response.user().username(), "admin");
  EXPECT_FALSE(response.user().etag().empty());
  // The fixture runs with the default TTL of 12 hours.
  const auto expiry = std::chrono::seconds(response.expire_time().seconds());
  const auto expected =
      std::chrono::duration_cast<std::chrono::seconds>((before + 12h).time_since_epoch());
  EXPECT_NEAR(static_cast<double>(expiry.count()), static_cast<double>(expected.count()), 60.0);
  // The database keeps the hash, not the token.
  EXPECT_TRUE(
      query("SELECT 1 FROM core_sessions WHERE token_hash = '" + response.token() + "'").empty());
}

TEST_F(AuthServiceTest, UsernameIsCaseInsensitive) {
  EXPECT_TRUE(tryLogin("Admin", kAdminPassword).status.ok());
}

TEST_F(AuthServiceTest, WhoAmIListsBindingsAndSortedPermissions) {
  const std::string token = createUserAndLogin("dinsos.bdg", "dinsos", "32.04");
  v1::WhoAmIResponse response;
  const CallResult result = whoAmI(token, &response);
  ASSERT_TRUE(result.status.ok()) << result.status.error_message();
  EXPECT_EQ(response.user().name(), "users/dinsos.bdg");
  ASSERT_EQ(response.role_bindings_size(), 1);
  const v1::RoleBinding& binding = response.role_bindings(0);
  EXPECT_EQ(binding.role(), "dinsos");
  EXPECT_EQ(binding.wilayah_code(), "32.04");
  EXPECT_EQ(binding.username(), "dinsos.bdg");
  EXPECT_TRUE(binding.name().starts_with("users/dinsos.bdg/roleBindings/")) << binding.name();
  EXPECT_TRUE(binding.has_create_time());
  const std::vector<std::string> permissions(response.permissions().begin(),
                                             response.permissions().end());
  EXPECT_EQ(permissions,
            (std::vector<std::string>{"core.attachment.read", "core.attachment.write",
                                      "core.audit.read", "core.person.read", "core.person.read_nik",
                                      "core.person.write", "core.user.manage"}));
}

TEST_F(AuthServiceTest, WhoAmISaysWhereEachPermissionHolds) {
  const std::string token = createUserAndLogin("tksk.dua", "tksk", "32.04.12");
  const std::string admin = login("admin", kAdminPassword);
  for (const char* code : {"33.01", "32.04"}) { // 32.04 covers 32.04.12
    v1::GrantRoleRequest request;
    request.set_username("tksk.dua");
    request.set_role("tksk");
    request.set_wilayah_code(code);
    v1::RoleBinding binding;
    ASSERT_TRUE(call(&v1::UserService::Stub::GrantRole, admin, request, &binding).status.ok());
  }
  v1::WhoAmIResponse response;
  ASSERT_TRUE(whoAmI(token, &response).status.ok());
  ASSERT_EQ(response.permission_scopes_size(), response.permissions_size());
  for (int i = 0; i < response.permission_scopes_size(); ++i) {
    const v1::PermissionScope& where = response.permission_scopes(i);
    EXPECT_EQ(where.permission(), response.permissions(i));
    EXPECT_FALSE(where.everywhere());
    EXPECT_EQ(std::vector<std::string>(where.wilayah_codes().begin(), where.wilayah_codes().end()),
              (std::vector<std::string>{"32.04", "33.01"}))
        << where.permission();
  }

  v1::WhoAmIResponse adminWho;
  ASSERT_TRUE(whoAmI(admin, &adminWho).status.ok());
  ASSERT_GT(adminWho.permission_scopes_size(), 0);
  EXPECT_TRUE(adminWho.permission_scopes(0).everywhere());
  EXPECT_EQ(adminWho.permission_scopes(0).wilayah_codes_size(), 0);
}

TEST_F(AuthServiceTest, WrongPasswordUnknownUserAndDisabledUserLookTheSame) {
  createUserAndLogin("nonaktif", "psm", "32.04");
  {
    storage::Database db = storage::Database::open(dbPath());
    db.exec("UPDATE core_users SET disabled = 1 WHERE username = 'nonaktif'");
  }
  const CallResult wrong = tryLogin("admin", "not-the-password");
  const CallResult unknown = tryLogin("tidak.ada", "not-the-password");
  const CallResult disabled = tryLogin("nonaktif", "nonaktif-password-1");
  const CallResult malformed = tryLogin("", "");
  for (const CallResult* r : {&wrong, &unknown, &disabled, &malformed}) {
    EXPECT_EQ(r->code(), grpc::StatusCode::UNAUTHENTICATED);
    EXPECT_EQ(r->status.error_message(), wrong.status.error_message());
    EXPECT_EQ(r->status.error_details(), wrong.status.error_details());
    EXPECT_EQ(r->detail.SerializeAsString(), wrong.detail.SerializeAsString());
  }
  EXPECT_EQ(wrong.status.error_message(), "Nama pengguna atau kata sandi salah");
  EXPECT_EQ(wrong.detail.message_en(), "Wrong username or password");
}

TEST_F(AuthServiceTest, ExpiredTokenIsUnauthenticated) {
  const std::string token = adminToken();
  ASSERT_TRUE(whoAmI(token).status.ok());
  advanceClock(12h - 1min);
  EXPECT_TRUE(whoAmI(token).status.ok());
  advanceClock(2min);
  EXPECT_EQ(whoAmI(token).code(), grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(AuthServiceTest, LogoutRevokesOnlyThatToken) {
  const std::string first = login("admin", kAdminPassword);
  const std::string second = login("admin", kAdminPassword);
  auto ctx = context(first);
  v1::LogoutResponse response;
  ASSERT_TRUE(authStub->Logout(ctx.get(), {}, &response).ok());
  EXPECT_EQ(whoAmI(first).code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_TRUE(whoAmI(second).status.ok());
  auto again = context(first);
  EXPECT_EQ(authStub->Logout(again.get(), {}, &response).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(AuthServiceTest, MissingOrBadTokenIsUnauthenticated) {
  EXPECT_EQ(whoAmI("").code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(whoAmI("made-up-token").code(), grpc::StatusCode::UNAUTHENTICATED);
  v1::LogoutResponse response;
  auto ctx = context();
  EXPECT_EQ(authStub->Logout(ctx.get(), {}, &response).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  auto basic = context();
  basic->AddMetadata("authorization", "Basic " + adminToken());
  v1::WhoAmIResponse who;
  EXPECT_EQ(authStub->WhoAmI(basic.get(), {}, &who).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(AuthServiceTest, RepeatedFailuresAreThrottledForKnownAndUnknownUsers) {
  for (const std::string username : {"admin", "tidak.ada"}) {
    SCOPED_TRACE(username);
    CallResult refused;
    const auto codes = failUntilThrottled(username, &refused);
    ASSERT_GE(codes.size(), 4u);
    for (std::size_t i = 0; i < 3; ++i) {
      EXPECT_EQ(codes[i], grpc::StatusCode::UNAUTHENTICATED) << i;
    }
    ASSERT_EQ(codes.back(), grpc::StatusCode::RESOURCE_EXHAUSTED);
    EXPECT_EQ(refused.detail.reason(), "LOGIN_THROTTLED");
    EXPECT_NE(refused.status.error_message().find("detik"), std::string::npos);
    EXPECT_NE(refused.detail.message_en().find("seconds"), std::string::npos);
  }
  // Three more failures, each after waiting out the delay, make the next delay 8 s: long
  // enough that the next call lands inside it even on a busy machine.
  for (int i = 0; i < 3; ++i) {
    advanceClock(10min);
    EXPECT_EQ(tryLogin("admin", "still-not-the-password").code(),
              grpc::StatusCode::UNAUTHENTICATED);
  }
  // While throttled even the right password is not checked.
  EXPECT_EQ(tryLogin("admin", kAdminPassword).code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  // Other users are not affected.
  EXPECT_EQ(tryLogin("admin2", "x").code(), grpc::StatusCode::UNAUTHENTICATED);
  advanceClock(10min);
  EXPECT_TRUE(tryLogin("admin", kAdminPassword).status.ok());
  // Success reset the count: three free failures again.
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(tryLogin("admin", "wrong-again-123").code(), grpc::StatusCode::UNAUTHENTICATED);
  }
}

TEST_F(AuthServiceTest, DisablingAUserEndsItsSessions) {
  const std::string token = createUserAndLogin("budi.psm", "psm", "32.04");
  ASSERT_TRUE(whoAmI(token).status.ok());
  v1::User user = getUser(adminToken(), "budi.psm");
  v1::UpdateUserRequest request;
  request.mutable_user()->set_name(user.name());
  request.mutable_user()->set_etag(user.etag());
  request.mutable_user()->set_disabled(true);
  request.mutable_update_mask()->add_paths("disabled");
  v1::User updated;
  ASSERT_TRUE(
      call(&v1::UserService::Stub::UpdateUser, adminToken(), request, &updated).status.ok());
  EXPECT_TRUE(updated.disabled());
  EXPECT_EQ(whoAmI(token).code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(tryLogin("budi.psm", "budi.psm-password-1").code(), grpc::StatusCode::UNAUTHENTICATED);
  // Enabled again: the old token stays dead, a new login works.
  request.mutable_user()->set_etag(updated.etag());
  request.mutable_user()->set_disabled(false);
  ASSERT_TRUE(
      call(&v1::UserService::Stub::UpdateUser, adminToken(), request, &updated).status.ok());
  EXPECT_EQ(whoAmI(token).code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_TRUE(tryLogin("budi.psm", "budi.psm-password-1").status.ok());
}

TEST_F(AuthServiceTest, LoginAndLogoutAreAuditedWithoutSecrets) {
  const std::string token = login("admin", kAdminPassword);
  auto ctx = context(token);
  v1::LogoutResponse response;
  ASSERT_TRUE(authStub->Logout(ctx.get(), {}, &response).ok());
  tryLogin("admin", "a-wrong-password"); // failures are not audited
  const auto rows = query("SELECT method, resource, changed_fields, actor FROM core_audit "
                          "WHERE resource = 'users/admin' ORDER BY sequence");
  ASSERT_GE(rows.size(), 2u);
  const auto logins = std::count_if(rows.begin(), rows.end(), [](const auto& row) {
    return row[0] == "/simpul.core.v1.AuthService/Login";
  });
  EXPECT_EQ(logins, static_cast<long>(rows.size()) - 1);
  EXPECT_EQ(rows.back()[0], "/simpul.core.v1.AuthService/Logout");
  EXPECT_EQ(rows.back()[2], "sessions");
  EXPECT_EQ(rows.back()[3], "admin");
  for (const auto& row : query("SELECT * FROM core_audit")) {
    for (const std::string& value : row) {
      EXPECT_EQ(value.find(kAdminPassword), std::string::npos);
      EXPECT_EQ(value.find("a-wrong-password"), std::string::npos);
      EXPECT_EQ(value.find(token), std::string::npos);
      EXPECT_EQ(value.find("$argon2"), std::string::npos);
    }
  }
}

} // namespace
} // namespace simpul::testing
