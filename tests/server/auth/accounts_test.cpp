#include "accounts_db.h"
#include "server/api_error.h"
#include "server/auth/accounts.h"
#include "server/auth/password.h"
#include "storage/error.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>

namespace simpul::server {
namespace {

using testing::AccountsDb;

// Runs f and expects an ApiError with this code on this field.
void expectApiError(const std::function<void()>& f, grpc::StatusCode code,
                    const std::string& field) {
  try {
    f();
    ADD_FAILURE() << "no ApiError";
  } catch (const ApiError& error) {
    EXPECT_EQ(error.code(), code) << error.messageEn();
    EXPECT_EQ(error.field(), field) << error.messageEn();
  }
}

class AccountsTest : public ::testing::Test {
protected:
  std::int64_t create(const std::string& username, const std::string& password) {
    return createUser(store.db(), username, "Pengguna Uji", password, store.now());
  }

  AccountsDb store;
};

TEST_F(AccountsTest, CreateUserStoresOnlyAHash) {
  const std::int64_t id = create("siti.n", "kopi-tubruk-pagi");
  EXPECT_EQ(findUserId(store.db(), "siti.n"), id);
  auto stmt = store.db().prepare(
      "SELECT password_hash, disabled, etag, create_time_ms FROM core_users WHERE id = ?");
  stmt.bind(1, id);
  ASSERT_TRUE(stmt.step());
  const std::string hash = stmt.columnText(0);
  EXPECT_TRUE(hash.starts_with("$argon2id$"));
  EXPECT_EQ(hash.find("kopi"), std::string::npos);
  EXPECT_TRUE(verifyPassword(hash, "kopi-tubruk-pagi"));
  EXPECT_EQ(stmt.columnInt(1), 0);
  EXPECT_EQ(stmt.columnText(2).size(), 16u);
  EXPECT_EQ(stmt.columnInt64(3), toMillis(store.now()));
}

TEST_F(AccountsTest, CreateUserValidatesItsArguments) {
  for (const char* bad : {"ab", "Siti", "siti nur", "siti@desa", "", "x/y"}) {
    expectApiError([&] { create(bad, "kopi-tubruk-pagi"); }, grpc::StatusCode::INVALID_ARGUMENT,
                   "user.username");
  }
  expectApiError([&] { create(std::string(65, 'a'), "kopi-tubruk-pagi"); },
                 grpc::StatusCode::INVALID_ARGUMENT, "user.username");
  expectApiError([&] { create("siti", "pendek"); }, grpc::StatusCode::INVALID_ARGUMENT, "password");
  expectApiError([&] { create("siti.nurhaliza", "Siti.Nurhaliza"); },
                 grpc::StatusCode::INVALID_ARGUMENT, "password");
  expectApiError(
      [&] { createUser(store.db(), "siti", "Siti\nNur", "kopi-tubruk-pagi", store.now()); },
      grpc::StatusCode::INVALID_ARGUMENT, "user.display_name");
  EXPECT_FALSE(findUserId(store.db(), "siti").has_value());
}

TEST_F(AccountsTest, DuplicateUsernameIsAlreadyExists) {
  create("siti", "kopi-tubruk-pagi");
  expectApiError([&] { create("siti", "teh-manis-sore"); }, grpc::StatusCode::ALREADY_EXISTS,
                 "user.username");
}

TEST_F(AccountsTest, GrantRoleStoresDottedCodeOrNull) {
  const std::int64_t id = create("siti", "kopi-tubruk-pagi");
  const auto db = [&]() -> storage::Database& {
    return store.db();
  };
  const std::int64_t plain = grantRole(db(), id, "psm", "3204122003", store.now());
  const std::int64_t dotted = grantRole(db(), id, "tksk", "32.04.12", store.now());
  const std::int64_t everywhere = grantRole(db(), id, "viewer", "", store.now());
  auto stmt = db().prepare("SELECT wilayah_code FROM core_role_bindings WHERE id = ?");
  const auto codeOf = [&](std::int64_t binding) {
    stmt.reset();
    stmt.bind(1, binding);
    EXPECT_TRUE(stmt.step());
    return stmt.columnOptionalText(0);
  };
  EXPECT_EQ(codeOf(plain), "32.04.12.2003");
  EXPECT_EQ(codeOf(dotted), "32.04.12");
  EXPECT_EQ(codeOf(everywhere), std::nullopt);
}

TEST_F(AccountsTest, GrantRoleRefusesBadArguments) {
  const std::int64_t id = create("siti", "kopi-tubruk-pagi");
  const auto grant = [&](std::int64_t user, const char* role, const char* code) {
    return [=, this] {
      grantRole(store.db(), user, role, code, store.now());
    };
  };
  expectApiError(grant(id, "lurah_super", "32.04"), grpc::StatusCode::INVALID_ARGUMENT, "role");
  expectApiError(grant(id, "psm", "32.04.99"), grpc::StatusCode::INVALID_ARGUMENT,
                 "wilayah_code"); // well-formed, not in the list
  expectApiError(grant(id, "psm", "abc"), grpc::StatusCode::INVALID_ARGUMENT, "wilayah_code");
  expectApiError(grant(id + 100, "psm", "32.04"), grpc::StatusCode::NOT_FOUND, "");
  grant(id, "psm", "32.04")();
  grant(id, "admin", "")();
  expectApiError(grant(id, "psm", "3204"), grpc::StatusCode::ALREADY_EXISTS, "role");
  expectApiError(grant(id, "admin", ""), grpc::StatusCode::ALREADY_EXISTS, "role");
}

TEST_F(AccountsTest, RolePermissionsAreSortedAndAdminHasAll) {
  const auto psm = rolePermissions(store.db(), "psm");
  EXPECT_EQ(psm, (std::vector<std::string>{"core.attachment.read", "core.attachment.write",
                                           "core.person.read", "core.person.write"}));
  store.db().exec("INSERT INTO core_permissions (name, module) VALUES ('pmks.record.read', "
                  "'pmks')");
  const auto admin = rolePermissions(store.db(), "admin");
  EXPECT_EQ(admin.size(), 10u);
  EXPECT_TRUE(std::is_sorted(admin.begin(), admin.end()));
  EXPECT_TRUE(rolePermissions(store.db(), "nobody").empty());
  EXPECT_TRUE(roleExists(store.db(), "psm"));
  EXPECT_FALSE(roleExists(store.db(), "nobody"));
}

TEST_F(AccountsTest, LoadPrincipalMergesScopesPerPermission) {
  const std::int64_t id = store.addUser("dinsos.bdg", "dinsos", "32.04");
  grantRole(store.db(), id, "psm", "33.01", store.now());
  grantRole(store.db(), id, "tksk", "32.04.12", store.now()); // nested in 32.04

  const Principal who = loadPrincipal(store.db(), id);
  EXPECT_EQ(who.userId, id);
  EXPECT_EQ(who.username, "dinsos.bdg");
  EXPECT_EQ(who.displayName, "Pengguna Uji");
  ASSERT_EQ(who.bindings.size(), 3u);
  EXPECT_EQ(who.bindings[0].role, "dinsos");
  EXPECT_EQ(who.bindings[0].wilayahCode, "32.04");

  EXPECT_EQ(who.scopeOf("core.user.manage").codes(), (std::vector<std::string>{"32.04"}));
  EXPECT_EQ(who.scopeOf("core.person.read").codes(), (std::vector<std::string>{"32.04", "33.01"}));
  EXPECT_EQ(who.scopeOf("core.person.read_nik").codes(), (std::vector<std::string>{"32.04"}));
  EXPECT_TRUE(who.holdsAt("core.person.write", "33.01"));
  EXPECT_TRUE(who.holdsAt("core.user.manage", "32.04.12.2003"));
  EXPECT_FALSE(who.holdsAt("core.user.manage", "33.01"));
  EXPECT_FALSE(who.holdsAt("core.user.manage", "32.73"));
  EXPECT_FALSE(who.holdsAnywhere("core.audit.verify"));
  EXPECT_FALSE(who.scopeOf("core.person.read").isEverywhere());
}

TEST_F(AccountsTest, LoadPrincipalEverywhereBindings) {
  store.db().exec("INSERT INTO core_permissions (name, module) VALUES ('pmks.record.read', "
                  "'pmks')");
  const std::int64_t admin = store.addUser("root", "admin", "");
  const Principal root = loadPrincipal(store.db(), admin);
  EXPECT_EQ(root.permissions.size(), 10u);
  for (const auto& [permission, scope] : root.permissions) {
    EXPECT_TRUE(scope.isEverywhere()) << permission;
  }
  EXPECT_TRUE(root.holdsAt("pmks.record.read", "33.01"));

  const std::int64_t mixed = store.addUser("mixed", "viewer", "");
  grantRole(store.db(), mixed, "dinsos", "32.04", store.now());
  const Principal who = loadPrincipal(store.db(), mixed);
  EXPECT_TRUE(who.scopeOf("core.person.read").isEverywhere());
  EXPECT_EQ(who.scopeOf("core.user.manage").codes(), (std::vector<std::string>{"32.04"}));
}

TEST_F(AccountsTest, LoadPrincipalWithoutBindingsHoldsNothing) {
  const std::int64_t id = create("baru", "kopi-tubruk-pagi");
  const Principal who = loadPrincipal(store.db(), id);
  EXPECT_TRUE(who.bindings.empty());
  EXPECT_FALSE(who.holdsAnywhere("core.person.read"));
  EXPECT_THROW(loadPrincipal(store.db(), id + 1), storage::StorageError);
}

} // namespace
} // namespace simpul::server
