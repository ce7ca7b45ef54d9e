#include "client_test_support.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <future>

namespace simpul::testing {
namespace {

namespace v1 = simpul::core::v1;
using client::CallStatus;
using client::ClientSession;

// A WhoAmI through the session's call<>, for tests that only need some authenticated call.
grpc::Status whoAmI(grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                    v1::WhoAmIResponse* out) {
  return v1::AuthService::NewStub(channel)->WhoAmI(&context, {}, out);
}

constexpr const char* kLogout = "/simpul.core.v1.AuthService/Logout";

class ClientSessionTest : public ClientQtTest {
protected:
  // How many calls of `method` the server audited (read from its database file).
  int auditCount(const std::string& method) {
    storage::Database db = storage::Database::open(dbPath());
    storage::Statement count = db.prepare("SELECT count(*) FROM core_audit WHERE method = ?1");
    count.bind(1, method);
    return count.step() ? count.columnInt(0) : -1;
  }
};

TEST_F(ClientSessionTest, LoginFillsTheUserItsBindingsPermissionsAndScopes) {
  createUserAndLogin("dinsos.bandung", "dinsos", "32.04");
  QSignalSpy signedInChanged(session.get(), &ClientSession::signedInChanged);
  session->login("dinsos.bandung", "dinsos.bandung-password-1");
  EXPECT_TRUE(session->busy());
  ASSERT_TRUE(waitFor([this] { return !session->busy(); }));

  ASSERT_TRUE(session->signedIn()) << session->loginError().toStdString();
  EXPECT_EQ(signedInChanged.count(), 1);
  EXPECT_TRUE(session->loginError().isEmpty());
  EXPECT_EQ(session->username(), "dinsos.bandung");
  EXPECT_FALSE(session->displayName().isEmpty());
  EXPECT_FALSE(session->token().empty());
  ASSERT_EQ(session->roleBindings().size(), 1);
  const QVariantMap binding = session->roleBindings().first().toMap();
  EXPECT_EQ(binding.value("role").toString(), "dinsos");
  EXPECT_EQ(binding.value("wilayahCode").toString(), "32.04");
  const QStringList permissions = session->permissions();
  EXPECT_TRUE(permissions.contains("core.person.read")) << permissions.join(' ').toStdString();
  QStringList sorted = permissions;
  sorted.sort();
  EXPECT_EQ(permissions, sorted);
  for (const QString& permission : permissions) {
    EXPECT_EQ(session->scopeOf(permission), QStringList{"32.04"}) << permission.toStdString();
  }
}

TEST_F(ClientSessionTest, APermissionHeldAtAKabupatenHoldsInsideItOnly) {
  createUserAndLogin("dinsos.bandung", "dinsos", "32.04");
  ASSERT_TRUE(signIn("dinsos.bandung", "dinsos.bandung-password-1"));
  const QString read = "core.person.read";
  EXPECT_TRUE(session->hasPermission(read));
  EXPECT_TRUE(session->hasPermission(read, "32.04"));
  EXPECT_TRUE(session->hasPermission(read, "32.04.12"));
  EXPECT_TRUE(session->hasPermission(read, "32.04.12.2003"));
  EXPECT_FALSE(session->hasPermission(read, "32"));
  EXPECT_FALSE(session->hasPermission(read, "32.05"));
  EXPECT_FALSE(session->hasPermission(read, "33.01"));
  // A code that merely starts with the same characters is another wilayah.
  EXPECT_FALSE(session->hasPermission(read, "32.041"));
  EXPECT_NE(session->scopeOf(read), QStringList{QString()});
  EXPECT_FALSE(session->hasPermission("core.nothing.such"));
  EXPECT_TRUE(session->scopeOf("core.nothing.such").isEmpty());
}

TEST_F(ClientSessionTest, AnAdministratorHoldsEveryPermissionEverywhere) {
  ASSERT_TRUE(signIn("admin", kAdminPassword));
  ASSERT_FALSE(session->permissions().isEmpty());
  for (const QString& permission : session->permissions()) {
    EXPECT_EQ(session->scopeOf(permission), QStringList{QString()}) << permission.toStdString();
    EXPECT_TRUE(session->hasPermission(permission, "33.01"));
    EXPECT_TRUE(session->hasPermission(permission, "32.04.12.2003"));
  }
}

TEST_F(ClientSessionTest, AWrongPasswordSaysSoInTheUiLanguage) {
  EXPECT_FALSE(signIn("admin", "not-the-password"));
  EXPECT_FALSE(session->signedIn());
  EXPECT_TRUE(session->token().empty());
  const QString indonesian = session->loginError();
  EXPECT_TRUE(indonesian.contains("kata sandi")) << indonesian.toStdString();

  LocaleGuard english(QLocale::English);
  EXPECT_FALSE(signIn("admin", "still-not-the-password"));
  const QString inEnglish = session->loginError();
  EXPECT_TRUE(inEnglish.contains("password")) << inEnglish.toStdString();
  EXPECT_NE(inEnglish, indonesian);
}

TEST_F(ClientSessionTest, ASuccessfulLoginClearsTheLastError) {
  EXPECT_FALSE(signIn("admin", "not-the-password"));
  EXPECT_FALSE(session->loginError().isEmpty());
  ASSERT_TRUE(signIn("admin", kAdminPassword));
  EXPECT_TRUE(session->loginError().isEmpty());
}

TEST_F(ClientSessionTest, ALoginOvertakenByLogoutIsDroppedAndItsTokenRevoked) {
  session->login("admin", kAdminPassword);
  session->logout();
  EXPECT_FALSE(session->busy());
  // The dropped answer revokes the token it brought; once the server has audited that
  // Logout, the answer has been handled.
  ASSERT_TRUE(waitFor([this] { return auditCount(kLogout) == 1; }));
  QCoreApplication::processEvents();
  EXPECT_FALSE(session->signedIn());
  EXPECT_FALSE(session->busy());
  EXPECT_TRUE(session->token().empty());
}

TEST_F(ClientSessionTest, CallsRunOffTheSessionThreadAndAnswerOnIt) {
  ASSERT_TRUE(signIn("admin", kAdminPassword));
  QObject receiver;
  std::atomic<QThread*> rpcThread = nullptr;
  QThread* doneThread = nullptr;
  CallStatus result;
  bool done = false;
  session->call<v1::WhoAmIResponse>(
      &receiver,
      [&rpcThread](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                   v1::WhoAmIResponse* out) {
        rpcThread = QThread::currentThread();
        return whoAmI(context, channel, out);
      },
      [&](const CallStatus& status, const v1::WhoAmIResponse& me) {
        doneThread = QThread::currentThread();
        result = status;
        EXPECT_EQ(me.user().username(), "admin");
        done = true;
      });
  ASSERT_TRUE(waitFor([&] { return done; }));
  EXPECT_TRUE(result.ok()) << result.message.toStdString();
  EXPECT_NE(rpcThread.load(), nullptr);
  EXPECT_NE(rpcThread.load(), QThread::currentThread());
  EXPECT_EQ(doneThread, QThread::currentThread());
}

TEST_F(ClientSessionTest, AnswersForADeletedReceiverAreDropped) {
  ASSERT_TRUE(signIn("admin", kAdminPassword));
  auto* receiver = new QObject;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  // Held only by the rpc functor: it expires when the pool has finished the task, which is
  // after the task queued its delivery.
  auto alive = std::make_shared<int>(0);
  std::weak_ptr<int> watch = alive;
  bool done = false;
  session->call<v1::WhoAmIResponse>(
      receiver,
      [released, alive = std::move(alive)](grpc::ClientContext& context,
                                           const std::shared_ptr<grpc::Channel>& channel,
                                           v1::WhoAmIResponse* out) {
        released.wait();
        return whoAmI(context, channel, out);
      },
      [&done](const CallStatus&, const v1::WhoAmIResponse&) { done = true; });
  delete receiver;
  release.set_value();
  ASSERT_TRUE(waitFor([&] { return watch.expired(); }));
  QCoreApplication::processEvents();
  QCoreApplication::sendPostedEvents();
  EXPECT_FALSE(done);
}

TEST_F(ClientSessionTest, ARevokedTokenEndsTheSession) {
  ASSERT_TRUE(signIn("admin", kAdminPassword));
  // Signed out elsewhere (another program with the same token).
  {
    auto ctx = context(session->token());
    v1::LogoutResponse response;
    ASSERT_TRUE(v1::AuthService::NewStub(channel())->Logout(ctx.get(), {}, &response).ok());
  }
  QSignalSpy expired(session.get(), &ClientSession::sessionExpired);
  CallStatus result;
  bool done = false;
  session->call<v1::WhoAmIResponse>(session.get(), whoAmI,
                                    [&](const CallStatus& status, const v1::WhoAmIResponse&) {
                                      result = status;
                                      done = true;
                                    });
  ASSERT_TRUE(waitFor([&] { return done; }));
  EXPECT_EQ(result.code, static_cast<int>(grpc::StatusCode::UNAUTHENTICATED));
  EXPECT_FALSE(result.message.isEmpty());
  EXPECT_EQ(expired.count(), 1);
  EXPECT_FALSE(session->signedIn());
  EXPECT_TRUE(session->username().isEmpty());
  EXPECT_TRUE(session->permissions().isEmpty());
  EXPECT_TRUE(session->token().empty());
}

TEST_F(ClientSessionTest, ARefusalOfAnOldTokenDoesNotEndANewerSession) {
  ASSERT_TRUE(signIn("admin", kAdminPassword));
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  CallStatus result;
  bool done = false;
  session->call<v1::WhoAmIResponse>(
      nullptr,
      [released](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                 v1::WhoAmIResponse* out) {
        released.wait();
        return whoAmI(context, channel, out);
      },
      [&](const CallStatus& status, const v1::WhoAmIResponse&) {
        result = status;
        done = true;
      });
  // logout revokes the token the waiting call carries; then a new sign-in.
  session->logout();
  ASSERT_TRUE(waitFor([this] { return auditCount(kLogout) == 1; }));
  ASSERT_TRUE(signIn("admin", kAdminPassword));
  QSignalSpy expired(session.get(), &ClientSession::sessionExpired);
  release.set_value();
  ASSERT_TRUE(waitFor([&] { return done; }));
  EXPECT_EQ(result.code, static_cast<int>(grpc::StatusCode::UNAUTHENTICATED));
  EXPECT_EQ(expired.count(), 0);
  EXPECT_TRUE(session->signedIn());
}

TEST_F(ClientSessionTest, LogoutRevokesTheTokenOnTheServer) {
  ASSERT_TRUE(signIn("admin", kAdminPassword));
  const std::string token = session->token();
  session->logout();
  EXPECT_FALSE(session->signedIn());
  EXPECT_TRUE(session->token().empty());
  // The revocation runs in the background.
  const bool revoked = waitFor([&] {
    auto ctx = context(token);
    v1::WhoAmIResponse me;
    return v1::AuthService::NewStub(channel())->WhoAmI(ctx.get(), {}, &me).error_code() ==
           grpc::StatusCode::UNAUTHENTICATED;
  });
  EXPECT_TRUE(revoked);
}

TEST_F(ClientSessionTest, ResumingWithAGoodTokenSignsIn) {
  const std::string token = adminToken();
  session->resumeWithToken(QString::fromStdString(token));
  ASSERT_TRUE(waitFor([this] { return !session->busy(); }));
  EXPECT_TRUE(session->signedIn());
  EXPECT_EQ(session->username(), "admin");

  session->resumeWithToken("not-a-token");
  ASSERT_TRUE(waitFor([this] { return !session->busy(); }));
  EXPECT_FALSE(session->signedIn());
  EXPECT_FALSE(session->loginError().isEmpty());
}

TEST_F(ClientSessionTest, TheDestructorCancelsACallInFlight) {
  // A server that never answers: wait_for_ready against a socket nobody listens on keeps
  // the call pending until its deadline, far beyond the bound checked here.
  auto waiting = std::make_unique<ClientSession>();
  waiting->connectTo(QString::fromStdString("unix:" + tempDir() + "/nobody.sock"));
  std::promise<void> started;
  auto startedFuture = started.get_future();
  bool done = false;
  waiting->call<v1::WhoAmIResponse>(
      nullptr,
      [&started](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                 v1::WhoAmIResponse* out) {
        context.set_wait_for_ready(true);
        started.set_value();
        return whoAmI(context, channel, out);
      },
      [&done](const CallStatus&, const v1::WhoAmIResponse&) { done = true; },
      std::chrono::seconds(60));
  ASSERT_EQ(startedFuture.wait_for(std::chrono::seconds(10)), std::future_status::ready);
  QElapsedTimer timer;
  timer.start();
  waiting.reset();
  EXPECT_LT(timer.elapsed(), 5000);
  QCoreApplication::processEvents();
  EXPECT_FALSE(done);
}

TEST_F(ClientSessionTest, AnUnreachableServerIsExplained) {
  ASSERT_TRUE(signIn("admin", kAdminPassword));
  stopServer();
  CallStatus result;
  bool done = false;
  session->call<v1::WhoAmIResponse>(nullptr, whoAmI,
                                    [&](const CallStatus& status, const v1::WhoAmIResponse&) {
                                      result = status;
                                      done = true;
                                    });
  ASSERT_TRUE(waitFor([&] { return done; }));
  EXPECT_EQ(result.code, static_cast<int>(grpc::StatusCode::UNAVAILABLE));
  EXPECT_TRUE(result.message.startsWith("Server tidak dapat dihubungi"))
      << result.message.toStdString();
  // Not a refusal of the token: still signed in for when the server is back.
  EXPECT_TRUE(session->signedIn());
}

TEST_F(ClientSessionTest, ACallBeforeConnectingEndsUnavailable) {
  ClientSession unconnected;
  CallStatus result;
  bool done = false;
  unconnected.call<v1::WhoAmIResponse>(nullptr, whoAmI,
                                       [&](const CallStatus& status, const v1::WhoAmIResponse&) {
                                         result = status;
                                         done = true;
                                       });
  ASSERT_TRUE(waitFor([&] { return done; }));
  EXPECT_EQ(result.code, static_cast<int>(grpc::StatusCode::UNAVAILABLE));
}

TEST_F(ClientSessionTest, ConnectingElsewhereSignsOutAndReportsTheAddress) {
  ASSERT_TRUE(signIn("admin", kAdminPassword));
  EXPECT_EQ(session->address(), QString::fromStdString(socketAddress()));
  QSignalSpy addressChanged(session.get(), &ClientSession::addressChanged);
  const QString other = QString::fromStdString("unix:" + tempDir() + "/other.sock");
  session->connectTo(other);
  EXPECT_FALSE(session->signedIn());
  EXPECT_EQ(session->address(), other);
  EXPECT_EQ(addressChanged.count(), 1);
  EXPECT_THROW(session->connectTo("not an address"), std::invalid_argument);
  EXPECT_EQ(session->address(), other);
}

} // namespace
} // namespace simpul::testing
