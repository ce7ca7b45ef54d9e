// core/client: channels, sessions and describeStatus, against a small real gRPC server that
// plays AuthService (so the trailer handling is checked on a real call, not a mock).
#include "client/connection.h"
#include "client/status_text.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

namespace simpul::client {
namespace {

namespace v1 = simpul::core::v1;
using simpul::testing::ScopedEnv;
using simpul::testing::TempDir;
using ::testing::HasSubstr;

std::string metadataValue(const grpc::ServerContext& context, const std::string& key) {
  const auto found = context.client_metadata().find(key);
  return found == context.client_metadata().end()
             ? std::string("<none>")
             : std::string(found->second.data(), found->second.size());
}

// WhoAmI answers with the authorization header it received; Logout fails the way the
// "x-case" header asks.
class FakeAuthService final : public v1::AuthService::Service {
public:
  grpc::Status WhoAmI(grpc::ServerContext* context, const v1::WhoAmIRequest*,
                      v1::WhoAmIResponse* response) override {
    response->mutable_user()->set_username(metadataValue(*context, "authorization"));
    return grpc::Status::OK;
  }

  grpc::Status Logout(grpc::ServerContext* context, const v1::LogoutRequest*,
                      v1::LogoutResponse*) override {
    const std::string which = metadataValue(*context, "x-case");
    v1::ErrorDetail detail;
    detail.set_reason("USERNAME_BAD");
    detail.set_message_id("Nama pengguna tidak sah.");
    detail.set_message_en("The username is not valid.");
    if (which == "field") {
      detail.set_field("user.username");
      context->AddTrailingMetadata(std::string(kErrorDetailKey), detail.SerializeAsString());
      return {grpc::StatusCode::INVALID_ARGUMENT, "user.username: Nama pengguna tidak sah."};
    }
    if (which == "nofield") {
      context->AddTrailingMetadata(std::string(kErrorDetailKey), detail.SerializeAsString());
      return {grpc::StatusCode::FAILED_PRECONDITION, "Nama pengguna tidak sah."};
    }
    if (which == "garbage") {
      context->AddTrailingMetadata(std::string(kErrorDetailKey), std::string("\xff\xff\xff", 3));
      return {grpc::StatusCode::INTERNAL, "kesalahan internal"};
    }
    return {grpc::StatusCode::NOT_FOUND, "sesi tidak ditemukan"};
  }
};

class ClientAgainstFakeServer : public ::testing::Test {
protected:
  void SetUp() override {
    m_address = "unix:" + m_dir.file("s.sock");
    grpc::ServerBuilder builder;
    builder.AddListeningPort(m_address, grpc::InsecureServerCredentials());
    builder.RegisterService(&m_service);
    m_server = builder.BuildAndStart();
    ASSERT_NE(m_server, nullptr);
  }
  void TearDown() override { m_server->Shutdown(); }

  // The status text of a Logout that fails as `which` says.
  std::string failedLogout(const std::string& which) {
    Session session(m_address, "t0k");
    auto context = session.context();
    context->AddMetadata("x-case", which);
    v1::LogoutResponse response;
    const auto status = v1::AuthService::NewStub(session.channel())
                            ->Logout(context.get(), v1::LogoutRequest{}, &response);
    EXPECT_FALSE(status.ok());
    return describeStatus(status, *context);
  }

  TempDir m_dir;
  std::string m_address;
  FakeAuthService m_service;
  std::unique_ptr<grpc::Server> m_server;
};

TEST_F(ClientAgainstFakeServer, SessionSendsTheBearerToken) {
  Session session(m_address, "t0k_abc");
  auto context = session.context();
  v1::WhoAmIResponse response;
  ASSERT_TRUE(v1::AuthService::NewStub(session.channel())
                  ->WhoAmI(context.get(), v1::WhoAmIRequest{}, &response)
                  .ok());
  EXPECT_EQ(response.user().username(), "Bearer t0k_abc");
}

TEST_F(ClientAgainstFakeServer, AnEmptyTokenSendsNoAuthorization) {
  Session session(m_address, "");
  auto context = session.context();
  v1::WhoAmIResponse response;
  ASSERT_TRUE(v1::AuthService::NewStub(session.channel())
                  ->WhoAmI(context.get(), v1::WhoAmIRequest{}, &response)
                  .ok());
  EXPECT_EQ(response.user().username(), "<none>");
}

TEST_F(ClientAgainstFakeServer, DescribeStatusAddsTheFieldAndEnglishMessageFromTheTrailer) {
  EXPECT_EQ(failedLogout("field"), "INVALID_ARGUMENT: user.username: Nama pengguna tidak sah.\n"
                                   "  user.username: The username is not valid. [USERNAME_BAD]");
}

TEST_F(ClientAgainstFakeServer, DescribeStatusWithoutAFieldShowsTheMessageAlone) {
  EXPECT_EQ(failedLogout("nofield"), "FAILED_PRECONDITION: Nama pengguna tidak sah.\n"
                                     "  The username is not valid. [USERNAME_BAD]");
}

TEST_F(ClientAgainstFakeServer, DescribeStatusIgnoresAMissingOrUnreadableTrailer) {
  EXPECT_EQ(failedLogout("none"), "NOT_FOUND: sesi tidak ditemukan");
  EXPECT_EQ(failedLogout("garbage"), "INTERNAL: kesalahan internal");
}

TEST(SessionContext, CarriesTheDeadline) {
  Session session("unix:/nonexistent/s.sock", "t");
  const auto before = std::chrono::system_clock::now();
  auto context = session.context(std::chrono::seconds(7));
  EXPECT_GE(context->deadline(), before + std::chrono::seconds(7));
  EXPECT_LE(context->deadline(), std::chrono::system_clock::now() + std::chrono::seconds(7));
}

TEST(StatusCodeName, NamesEveryCode) {
  EXPECT_EQ(statusCodeName(grpc::StatusCode::UNAUTHENTICATED), "UNAUTHENTICATED");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::OK), "OK");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::DATA_LOSS), "DATA_LOSS");
  EXPECT_EQ(statusCodeName(static_cast<grpc::StatusCode>(42)), "CODE_42");
  EXPECT_EQ(describeStatus(grpc::Status(grpc::StatusCode::PERMISSION_DENIED, "ditolak")),
            "PERMISSION_DENIED: ditolak");
  EXPECT_EQ(describeStatus(grpc::Status::OK), "OK");
}

TEST(LoopbackAddress, OnlyLoopbackHostsCount) {
  EXPECT_TRUE(isLoopbackAddress("127.0.0.1:50051"));
  EXPECT_TRUE(isLoopbackAddress("127.1.2.3:1"));
  EXPECT_TRUE(isLoopbackAddress("localhost:50051"));
  EXPECT_TRUE(isLoopbackAddress("[::1]:50051"));
  EXPECT_TRUE(isLoopbackAddress("[::ffff:127.0.0.1]:50051"));
  EXPECT_FALSE(isLoopbackAddress("10.0.0.1:50051"));
  EXPECT_FALSE(isLoopbackAddress("dinsos.example.go.id:443"));
  EXPECT_FALSE(isLoopbackAddress("[2001:db8::1]:443"));
  EXPECT_FALSE(isLoopbackAddress("127.0.0.1")) << "no port";
}

TEST(OpenChannel, RefusesMalformedAddresses) {
  for (const char* bad : {"", "unix:", "server", "server:", "server:0", "server:65536",
                          "server:http", "::1:50051", "[::1]", ":50051"}) {
    EXPECT_THROW(openChannel(bad), std::invalid_argument) << bad;
  }
}

TEST(OpenChannel, AcceptsSocketsAndHostPorts) {
  for (const char* good : {"unix:/run/simpul/s.sock", "unix:rel/s.sock", "127.0.0.1:50051",
                           "[::1]:50051", "localhost:1", "dinsos.example.go.id:443"}) {
    EXPECT_NE(openChannel(good), nullptr) << good;
  }
}

TEST(OpenChannel, RefusesTlsOnAUnixSocketAndAnUnreadableRootFile) {
  ChannelOptions tls;
  tls.forceTls = true;
  EXPECT_THROW(openChannel("unix:/run/s.sock", tls), std::invalid_argument);
  ChannelOptions roots;
  roots.tlsRootCertFile = "/nonexistent/ca.pem";
  try {
    openChannel("dinsos.example.go.id:443", roots);
    ADD_FAILURE() << "an unreadable root file was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr("/nonexistent/ca.pem"));
  }
}

TEST(ResolveServerAddress, FlagThenEnvironmentThenNothing) {
  ScopedEnv env("SIMPUL_SERVER", "unix:/env.sock");
  EXPECT_EQ(resolveServerAddress(std::string("unix:/flag.sock")), "unix:/flag.sock");
  EXPECT_EQ(resolveServerAddress(std::nullopt), "unix:/env.sock");
  ScopedEnv unset("SIMPUL_SERVER", std::nullopt);
  EXPECT_EQ(resolveServerAddress(std::nullopt), std::nullopt);
}

} // namespace
} // namespace simpul::client
