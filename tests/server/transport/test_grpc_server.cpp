// A real gRPC server on a unix socket in a fresh temporary directory, set up the way
// simpul-data sets itself up: health and reflection, the request log, the socket guard.
#include "server/transport/call_registry.h"
#include "server/transport/credentials.h"
#include "server/transport/grpc_server_setup.h"
#include "server/transport/request_log.h"
#include "server/transport/unix_socket_guard.h"
#include "transport_test_support.h"

#include <cstring>
#include <gmock/gmock.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/generic/async_generic_service.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

namespace simpul::server {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsSupersetOf;
using ::testing::MatchesRegex;

// Answers any method no service claims. /test.Echo/Whoami authenticates as "admin" through
// the registry (as Host::authenticate will) and echoes the request; /test.Echo/Deny fails
// with UNAUTHENTICATED before reading anything.
class TestService final : public grpc::CallbackGenericService {
public:
  explicit TestService(std::shared_ptr<CallRegistry> registry) : m_registry(std::move(registry)) {}

  grpc::ServerGenericBidiReactor* CreateReactor(grpc::GenericCallbackServerContext* ctx) override {
    return new Reactor(ctx, *m_registry);
  }

private:
  class Reactor final : public grpc::ServerGenericBidiReactor {
  public:
    Reactor(grpc::GenericCallbackServerContext* ctx, CallRegistry& registry) {
      if (ctx->method() == "/test.Echo/Whoami") {
        registry.setPrincipal(ctx, "admin");
        StartRead(&m_message);
      } else {
        Finish(grpc::Status(grpc::StatusCode::UNAUTHENTICATED, "no token"));
      }
    }
    void OnReadDone(bool ok) override {
      if (ok) {
        StartWriteAndFinish(&m_message, grpc::WriteOptions(), grpc::Status::OK);
      } else {
        Finish(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "no request"));
      }
    }
    void OnDone() override { delete this; }

  private:
    grpc::ByteBuffer m_message;
  };

  std::shared_ptr<CallRegistry> m_registry;
};

// One server as simpul-data would run it, on unix:<dir>/data.sock.
struct RunningServer {
  std::shared_ptr<CallRegistry> registry = std::make_shared<CallRegistry>();
  test::CapturedLog log;
  std::unique_ptr<TestService> service;
  std::unique_ptr<UnixSocketGuard> guard;
  std::unique_ptr<grpc::Server> server;
  std::string error;

  bool start(const std::string& socketPath, bool withTestService = true) {
    enableHealthAndReflection();
    guard = UnixSocketGuard::claim(socketPath, &error);
    if (!guard) {
      return false;
    }
    grpc::ServerBuilder builder;
    builder.AddListeningPort("unix:" + socketPath, grpc::InsecureServerCredentials());
    if (withTestService) {
      service = std::make_unique<TestService>(registry);
      builder.RegisterCallbackGenericService(service.get());
    }
    installRequestLog(builder, registry, [this](std::string_view line) { log.add(line); });
    server = guard->buildAndStart(builder, &error);
    return server != nullptr;
  }

  void stop() {
    if (server) {
      server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
      server.reset();
    }
    guard.reset();
  }

  ~RunningServer() { stop(); }
};

std::shared_ptr<grpc::Channel> channelTo(const std::string& socketPath) {
  return grpc::CreateChannel("unix:" + socketPath, grpc::InsecureChannelCredentials());
}

mode_t modeOf(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::lstat(path.c_str(), &st), 0) << path;
  return st.st_mode;
}

bool exists(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0;
}

// A socket file nobody listens on, as a crashed server leaves behind.
void makeStaleSocket(const std::string& path) {
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strncpy(addr.sun_path, path.c_str(), sizeof(addr.sun_path) - 1);
  ASSERT_EQ(::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof(addr)), 0);
  ::close(fd);
  ASSERT_TRUE(S_ISSOCK(modeOf(path)));
}

TEST(GrpcServer, HealthServesOnA0600SocketAndLogsOneLine) {
  test::TempDir dir;
  const std::string socket = dir.file("data.sock");
  RunningServer running;
  ASSERT_TRUE(running.start(socket, false)) << running.error;

  EXPECT_TRUE(S_ISSOCK(modeOf(socket)));
  EXPECT_EQ(modeOf(socket) & 07777, 0600U);
  EXPECT_EQ(test::checkHealth(channelTo(socket)), 1); // SERVING

  running.stop();
  EXPECT_THAT(running.log.lines(),
              ElementsAre(MatchesRegex("call /grpc\\.health\\.v1\\.Health/Check user=- "
                                       "[0-9]+\\.[0-9]ms OK")));
  EXPECT_EQ(running.registry->size(), 0U);
  EXPECT_FALSE(exists(socket)) << "the socket file is removed on shutdown";
}

TEST(GrpcServer, LogNamesThePrincipalAndTheStatus) {
  test::TempDir dir;
  const std::string socket = dir.file("data.sock");
  RunningServer running;
  ASSERT_TRUE(running.start(socket)) << running.error;
  const auto channel = channelTo(socket);

  const auto whoami = test::callUnary(channel, "/test.Echo/Whoami", "secret NIK 3204121234560001");
  EXPECT_TRUE(whoami.status.ok()) << whoami.status.error_message();
  EXPECT_EQ(whoami.response, "secret NIK 3204121234560001");
  const auto denied = test::callUnary(channel, "/test.Echo/Deny", "x");
  EXPECT_EQ(denied.status.error_code(), grpc::StatusCode::UNAUTHENTICATED);

  running.stop();
  const auto lines = running.log.lines();
  EXPECT_THAT(lines, ElementsAre(MatchesRegex("call /test\\.Echo/Whoami user=admin [0-9.]+ms OK"),
                                 MatchesRegex("call /test\\.Echo/Deny user=- [0-9.]+ms "
                                              "UNAUTHENTICATED")));
  for (const auto& line : lines) {
    EXPECT_THAT(line, AllOf(::testing::Not(HasSubstr("3204")), ::testing::Not(HasSubstr("NIK"))));
  }
  EXPECT_EQ(running.registry->size(), 0U);
}

TEST(GrpcServer, UnknownMethodIsLoggedAsUnimplemented) {
  test::TempDir dir;
  const std::string socket = dir.file("data.sock");
  RunningServer running;
  ASSERT_TRUE(running.start(socket, false)) << running.error;
  const auto result = test::callUnary(channelTo(socket), "/nope.Service/Nope", "");
  EXPECT_EQ(result.status.error_code(), grpc::StatusCode::UNIMPLEMENTED);
  running.stop();
  EXPECT_THAT(
      running.log.lines(),
      ElementsAre(MatchesRegex("call /nope\\.Service/Nope user=- [0-9.]+ms UNIMPLEMENTED")));
}

TEST(GrpcServer, ReflectionListsTheServices) {
  test::TempDir dir;
  const std::string socket = dir.file("data.sock");
  RunningServer running;
  ASSERT_TRUE(running.start(socket, false)) << running.error;
  EXPECT_THAT(test::listServicesByReflection(channelTo(socket)),
              IsSupersetOf({"grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection"}));
}

TEST(GrpcServer, SecondServerOnTheSameSocketIsRefused) {
  test::TempDir dir;
  const std::string socket = dir.file("data.sock");
  RunningServer first;
  ASSERT_TRUE(first.start(socket)) << first.error;

  RunningServer second;
  EXPECT_FALSE(second.start(socket));
  EXPECT_EQ(second.error,
            "cannot listen on unix:" + socket + ": another server is listening there");
  // The first server still owns its socket.
  EXPECT_EQ(test::checkHealth(channelTo(socket)), 1);
}

TEST(GrpcServer, StaleSocketIsReplaced) {
  test::TempDir dir;
  const std::string socket = dir.file("data.sock");
  makeStaleSocket(socket);
  RunningServer running;
  ASSERT_TRUE(running.start(socket)) << running.error;
  EXPECT_EQ(modeOf(socket) & 07777, 0600U);
  EXPECT_EQ(test::checkHealth(channelTo(socket)), 1);
}

TEST(GrpcServer, OtherFilesAndMissingDirectoriesAreRefused) {
  test::TempDir dir;
  const std::string file = dir.file("data.db");
  test::writeTextFile(file, "not a socket");
  std::string error;
  EXPECT_EQ(UnixSocketGuard::claim(file, &error), nullptr);
  EXPECT_EQ(error, "cannot listen on unix:" + file +
                       ": the path exists and is not a socket; not removing it");
  EXPECT_EQ(test::readTextFile(file), "not a socket");

  const std::string missing = dir.file("no/such/dir/data.sock");
  EXPECT_EQ(UnixSocketGuard::claim(missing, &error), nullptr);
  EXPECT_EQ(error, "cannot listen on unix:" + missing + ": directory " + dir.file("no/such/dir") +
                       " does not exist");
}

TEST(GrpcServer, UmaskIsRestoredAfterStart) {
  test::TempDir dir;
  const mode_t before = ::umask(022);
  RunningServer running;
  ASSERT_TRUE(running.start(dir.file("data.sock"))) << running.error;
  EXPECT_EQ(::umask(before), 022U);
}

TEST(GrpcServer, GuardLeavesASocketThatIsNoLongerOurs) {
  test::TempDir dir;
  const std::string socket = dir.file("data.sock");
  RunningServer running;
  ASSERT_TRUE(running.start(socket)) << running.error;
  running.server->Shutdown(std::chrono::system_clock::now());
  running.server.reset();
  // Someone else's socket now sits at the path. It likely gets our inode number back; the
  // pause makes its change time differ even where file times are only as fine as a jiffy.
  ::unlink(socket.c_str());
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  makeStaleSocket(socket);
  running.guard.reset();
  EXPECT_TRUE(exists(socket));
}

TEST(GrpcServer, TlsOnLoopbackTcp) {
  test::TempDir dir;
  const std::string cert = dir.file("cert.pem"), key = dir.file("key.pem");
  test::writeSelfSignedCertificate(cert, key);
  std::string error;
  auto credentials = makeServerCredentials(cert, key, &error);
  ASSERT_NE(credentials, nullptr) << error;

  enableHealthAndReflection();
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort("127.0.0.1:0", credentials, &port);
  auto server = builder.BuildAndStart();
  ASSERT_NE(server, nullptr);
  ASSERT_GT(port, 0);

  grpc::SslCredentialsOptions options;
  options.pem_root_certs = test::readTextFile(cert);
  const auto secure =
      grpc::CreateChannel("localhost:" + std::to_string(port), grpc::SslCredentials(options));
  EXPECT_EQ(test::checkHealth(secure), 1);
  // A client speaking clear text does not get through.
  const auto plain =
      grpc::CreateChannel("localhost:" + std::to_string(port), grpc::InsecureChannelCredentials());
  EXPECT_EQ(test::checkHealth(plain), -1);
  server->Shutdown(std::chrono::system_clock::now());
}

} // namespace
} // namespace simpul::server
