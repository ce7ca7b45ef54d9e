#include "accounts_db.h"
#include "server/auth/session_store.h"
#include "server/auth/token.h"
#include "storage/statement.h"

#include <gtest/gtest.h>

namespace simpul::server {
namespace {

using namespace std::chrono_literals;
using testing::AccountsDb;

class SessionStoreTest : public ::testing::Test {
protected:
  void SetUp() override { userId = store.addUser("psm.cw", "psm", "32.04.12.2003"); }

  std::int64_t countSessions() {
    auto stmt = store.db().prepare("SELECT count(*) FROM core_sessions");
    EXPECT_TRUE(stmt.step());
    return stmt.columnInt64(0);
  }

  AccountsDb store;
  std::int64_t userId = 0;
};

TEST_F(SessionStoreTest, StoresOnlyTheTokenHash) {
  const NewSession session = createSession(store.db(), userId, store.now(), 1h);
  EXPECT_EQ(session.token.size(), kTokenChars);
  EXPECT_EQ(session.expireTime, store.now() + 1h);
  auto stmt = store.db().prepare(
      "SELECT token_hash, user_id, create_time_ms, expire_time_ms, revoked FROM core_sessions");
  ASSERT_TRUE(stmt.step());
  EXPECT_EQ(stmt.columnText(0), tokenHash(session.token));
  EXPECT_NE(stmt.columnText(0), session.token);
  EXPECT_EQ(stmt.columnInt64(1), userId);
  EXPECT_EQ(stmt.columnInt64(2), toMillis(store.now()));
  EXPECT_EQ(stmt.columnInt64(3), toMillis(store.now() + 1h));
  EXPECT_EQ(stmt.columnInt(4), 0);
  EXPECT_FALSE(stmt.step());
}

TEST_F(SessionStoreTest, LiveTokenGivesThePrincipal) {
  const NewSession session = createSession(store.db(), userId, store.now(), 1h);
  const auto who = principalForToken(store.db(), session.token, store.now() + 59min);
  ASSERT_TRUE(who.has_value());
  EXPECT_EQ(who->userId, userId);
  EXPECT_EQ(who->username, "psm.cw");
  EXPECT_TRUE(who->holdsAt("core.person.write", "32.04.12.2003"));
  EXPECT_FALSE(who->holdsAt("core.person.write", "32.04.12"));
}

TEST_F(SessionStoreTest, UnknownTokensAreRefused) {
  createSession(store.db(), userId, store.now(), 1h);
  EXPECT_FALSE(principalForToken(store.db(), "", store.now()).has_value());
  EXPECT_FALSE(principalForToken(store.db(), newToken(), store.now()).has_value());
  EXPECT_FALSE(principalForToken(store.db(), std::string(10000, 'a'), store.now()).has_value());
}

TEST_F(SessionStoreTest, ExpiredTokenIsRefused) {
  const NewSession session = createSession(store.db(), userId, store.now(), 1h);
  EXPECT_TRUE(principalForToken(store.db(), session.token, store.now() + 1h - 1ms));
  EXPECT_FALSE(principalForToken(store.db(), session.token, store.now() + 1h));
}

TEST_F(SessionStoreTest, RevokedTokenIsRefusedOthersLive) {
  const NewSession a = createSession(store.db(), userId, store.now(), 1h);
  const NewSession b = createSession(store.db(), userId, store.now(), 1h);
  revokeSession(store.db(), a.token);
  EXPECT_FALSE(principalForToken(store.db(), a.token, store.now()));
  EXPECT_TRUE(principalForToken(store.db(), b.token, store.now()));
  revokeUserSessions(store.db(), userId);
  EXPECT_FALSE(principalForToken(store.db(), b.token, store.now()));
}

TEST_F(SessionStoreTest, DisabledUserIsRefused) {
  const NewSession session = createSession(store.db(), userId, store.now(), 1h);
  store.db().exec("UPDATE core_users SET disabled = 1");
  EXPECT_FALSE(principalForToken(store.db(), session.token, store.now()));
  EXPECT_FALSE(userIdForToken(store.db(), session.token, store.now()));
  store.db().exec("UPDATE core_users SET disabled = 0");
  EXPECT_EQ(userIdForToken(store.db(), session.token, store.now()), userId);
}

TEST_F(SessionStoreTest, NewSessionClearsDeadOnes) {
  const NewSession revoked = createSession(store.db(), userId, store.now(), 1h);
  createSession(store.db(), userId, store.now(), 1min); // expires first
  const NewSession live = createSession(store.db(), userId, store.now(), 1h);
  revokeSession(store.db(), revoked.token);
  EXPECT_EQ(countSessions(), 3);
  createSession(store.db(), userId, store.now() + 2min, 1h);
  EXPECT_EQ(countSessions(), 2);
  EXPECT_TRUE(principalForToken(store.db(), live.token, store.now() + 2min));
}

} // namespace
} // namespace simpul::server
