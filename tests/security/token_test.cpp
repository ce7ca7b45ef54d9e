// Tokens and login throttling, across every RPC the matrix knows (rpc_cases.h).
// tests/server/auth/auth_service_test.cpp already checks, on WhoAmI/Logout: expiry at the
// session lifetime's edge, Logout revoking only its token, a missing or "Basic" token,
// disabling a user ending its sessions, and the throttle's doubling; user_service_test.cpp
// that SetPassword revokes sessions. Here every served RPC (but the public Login) must refuse
// each kind of dead or forged token with UNAUTHENTICATED, never with data or another code
// that tells something about the resource.
#include "rpc_cases.h"
#include "server/auth/token.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "simpul/core/v1/user.grpc.pb.h"
#include "storage/database.h"

#include <algorithm>
#include <cctype>
#include <random>

namespace simpul::testing {
namespace {

namespace core = simpul::core::v1;

class SecurityTokens : public SecurityFixture {
protected:
  void ForgedTokensAreRefusedByEveryRpc();
  void RevokedTokensAreRefusedByEveryRpc();
  void ExpiredTokensAreRefusedByEveryRpc();
  void ATokenCarriesOnlyItsOwnUsersCurrentRights();
  void ThrottleHoldsTellsNothingAndExpires();

  // Runs every RPC's in-scope request with `token` (as no particular role) and expects
  // UNAUTHENTICATED from all but Login.
  void expectRefusedEverywhere(const std::string& what, const std::string& token) {
    std::vector<RpcCase> cases = coreRpcCases();
    for (auto& c : pmksRpcCases()) {
      cases.push_back(std::move(c));
    }
    int refused = 0;
    for (const auto& c : cases) {
      if (c.method == "simpul.core.v1.AuthService/Login") {
        continue; // public
      }
      const std::string outcome = c.run(*this, Target{true, false}, Caller{what, "", token});
      EXPECT_EQ(outcome, "UNAUTHENTICATED") << what << " token on " << c.method;
      refused += outcome == "UNAUTHENTICATED" ? 1 : 0;
    }
    EXPECT_EQ(refused + 1, static_cast<int>(cases.size())) << what;
  }

  grpc::Status whoAmI(const std::string& token, core::WhoAmIResponse* out = nullptr) {
    core::WhoAmIResponse response;
    auto ctx = contextFor(token);
    return core::AuthService::NewStub(chan())->WhoAmI(ctx.get(), {}, out ? out : &response);
  }

  core::User updateUser(const std::string& username, bool disabled) {
    const core::User user = getUser(username);
    core::UpdateUserRequest request;
    request.mutable_user()->set_name(user.name());
    request.mutable_user()->set_etag(user.etag());
    request.mutable_user()->set_disabled(disabled);
    request.mutable_update_mask()->add_paths("disabled");
    core::User out;
    auto ctx = contextFor(admin());
    EXPECT_TRUE(core::UserService::NewStub(chan())->UpdateUser(ctx.get(), request, &out).ok());
    return out;
  }
};

void SecurityTokens::ForgedTokensAreRefusedByEveryRpc() {
  const std::string real = roleToken("dinsos");
  ASSERT_TRUE(whoAmI(real).ok());
  // A valid token with one character changed (to another of the token alphabet).
  std::string changed = real;
  changed[changed.size() / 2] = changed[changed.size() / 2] == 'A' ? 'B' : 'A';
  // Random bytes, not even the token alphabet.
  std::mt19937 random(7);
  std::string bytes(43, '\0');
  for (char& c : bytes) {
    c = static_cast<char>(0x21 + random() % 0x5e); // printable: metadata must stay valid
  }
  expectRefusedEverywhere("one character changed", changed);
  expectRefusedEverywhere("random bytes", bytes);
  expectRefusedEverywhere("well formed, never issued", server::newToken());
  expectRefusedEverywhere("truncated", real.substr(0, real.size() - 1));
  expectRefusedEverywhere("extended", real + "A");
  EXPECT_TRUE(whoAmI(real).ok()) << "the real token still works";
}

void SecurityTokens::RevokedTokensAreRefusedByEveryRpc() {
  // After Logout.
  const std::string loggedOut = freshToken("psm");
  {
    core::LogoutResponse response;
    auto ctx = contextFor(loggedOut);
    ASSERT_TRUE(core::AuthService::NewStub(chan())->Logout(ctx.get(), {}, &response).ok());
  }
  expectRefusedEverywhere("logged out", loggedOut);
  // After the user is disabled; enabling it again does not bring the session back.
  const std::string disabled = freshToken("tksk");
  updateUser("m.tksk", true);
  expectRefusedEverywhere("disabled user", disabled);
  updateUser("m.tksk", false);
  EXPECT_EQ(whoAmI(disabled).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  // After an administrator resets the password.
  const std::string reset = freshToken("kepala_desa");
  {
    core::SetPasswordRequest request;
    request.set_name("users/m.kepala_desa");
    request.set_password("Sandi-baru-kades-1");
    core::SetPasswordResponse response;
    auto ctx = contextFor(admin());
    ASSERT_TRUE(
        core::UserService::NewStub(chan())->SetPassword(ctx.get(), request, &response).ok());
  }
  expectRefusedEverywhere("password reset", reset);
}

void SecurityTokens::ExpiredTokensAreRefusedByEveryRpc() {
  const std::string psm = roleToken("psm");
  ASSERT_TRUE(whoAmI(psm).ok());
  advance(server::DataServerOptions{}.sessionTtl + std::chrono::seconds(1));
  renewAdmin(); // the seeds need a live admin session
  expectRefusedEverywhere("expired", psm);
}

void SecurityTokens::ATokenCarriesOnlyItsOwnUsersCurrentRights() {
  const std::string psm = roleToken("psm");
  const std::string kades = roleToken("kepala_desa");
  core::WhoAmIResponse who;
  ASSERT_TRUE(whoAmI(psm, &who).ok());
  EXPECT_EQ(who.user().username(), "m.psm");
  ASSERT_TRUE(whoAmI(kades, &who).ok());
  EXPECT_EQ(who.user().username(), "m.kepala_desa");
  // The psm's token does not verify (the kepala desa's right), in its own desa.
  const simpul::pmks::v1::Record submitted =
      seedRecord(Target{true, false}, simpul::pmks::v1::RECORD_STATUS_SUBMITTED);
  simpul::pmks::v1::TransitionRequest verify;
  verify.set_name(submitted.name());
  simpul::pmks::v1::Record out;
  auto ctx = contextFor(psm);
  EXPECT_EQ(stub()->VerifyRecord(ctx.get(), verify, &out).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  // Rights are read per call: a binding revoked while the session lives is gone at once.
  storage::Database db = storage::Database::open(dbPath());
  db.exec("DELETE FROM core_role_bindings WHERE user_id = "
          "(SELECT id FROM core_users WHERE username = 'm.kepala_desa')");
  auto again = contextFor(kades);
  EXPECT_EQ(stub()->VerifyRecord(again.get(), verify, &out).error_code(),
            grpc::StatusCode::NOT_FOUND);
  // Disabling one user leaves the other's session alone.
  updateUser("m.kepala_desa", true);
  EXPECT_EQ(whoAmI(kades).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_TRUE(whoAmI(psm).ok());
}

void SecurityTokens::ThrottleHoldsTellsNothingAndExpires() {
  // A known and an unknown name get the same answers (code, reason, messages; the seconds
  // to wait are left out), step after step. Steps 4-6 come after the delay has passed (the
  // fixture's clock), so the delay grows to 8 s, long enough for the next steps to land
  // inside it on a busy machine (the growth itself: tests/server/auth/login_throttle_test.cpp).
  const auto attempt = [&](const std::string& user, const std::string& password) {
    core::LoginRequest request;
    request.set_username(user);
    request.set_password(password);
    core::LoginResponse response;
    auto ctx = contextFor("");
    const grpc::Status status =
        core::AuthService::NewStub(chan())->Login(ctx.get(), request, &response);
    const auto detail = errorDetail(*ctx);
    std::string text = codeName(status.error_code()) + "|" + status.error_message() + "|" +
                       detail.reason() + "|" + detail.message_en();
    text.erase(std::remove_if(text.begin(), text.end(), ::isdigit), text.end());
    return text;
  };
  for (int step = 1; step <= 7; ++step) {
    if (step >= 4 && step <= 6) {
      advance(std::chrono::minutes(10));
    }
    const std::string known = attempt("m.login", "salah-sandi-" + std::to_string(step));
    const std::string unknown = attempt("tidak.ada.1", "salah-sandi-" + std::to_string(step));
    EXPECT_EQ(known, unknown) << "step " << step;
    EXPECT_EQ(known.rfind(step < 7 ? "UNAUTHENTICATED" : "RESOURCE_EXHAUSTED", 0), 0u)
        << "step " << step << ": " << known;
  }
  // Throttled, the right password is refused too, without being checked.
  EXPECT_EQ(attempt("m.login", kUserPassword).rfind("RESOURCE_EXHAUSTED", 0), 0u);
  // Another name is not held back by these.
  EXPECT_EQ(attempt("tidak.ada.2", "salah").rfind("UNAUTHENTICATED", 0), 0u);
  // The window passes: the right password works again.
  advance(std::chrono::minutes(10));
  EXPECT_EQ(attempt("m.login", kUserPassword), "OK|||");
}

// One server per process is the costly part: the checks share one.
TEST_F(SecurityTokens, DeadAndForgedTokensAreRefusedByEveryRpc) {
  {
    SCOPED_TRACE("ForgedTokensAreRefusedByEveryRpc");
    ForgedTokensAreRefusedByEveryRpc();
  }
  {
    SCOPED_TRACE("RevokedTokensAreRefusedByEveryRpc");
    RevokedTokensAreRefusedByEveryRpc();
  }
  {
    SCOPED_TRACE("ExpiredTokensAreRefusedByEveryRpc");
    ExpiredTokensAreRefusedByEveryRpc();
  }
}

// One server per process is the costly part: the checks share one.
TEST_F(SecurityTokens, RightsFollowTheUserAndTheThrottleHolds) {
  {
    SCOPED_TRACE("ATokenCarriesOnlyItsOwnUsersCurrentRights");
    ATokenCarriesOnlyItsOwnUsersCurrentRights();
  }
  {
    SCOPED_TRACE("ThrottleHoldsTellsNothingAndExpires");
    ThrottleHoldsTellsNothingAndExpires();
  }
}

} // namespace
} // namespace simpul::testing
