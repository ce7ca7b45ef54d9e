// The server's life as a whole: a shutdown lets calls in progress finish, the database is
// closed cleanly (no -wal left behind), and every call leaves exactly one log line without
// personal data.

#include "server_fixture.h"
#include "simpul/core/v1/attachment.grpc.pb.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "simpul/core/v1/wilayah_service.grpc.pb.h"

#include <filesystem>
#include <future>
#include <gmock/gmock.h>
#include <thread>

namespace {

namespace v1 = simpul::core::v1;
using ::testing::HasSubstr;

using LifecycleTest = simpul::testing::ServerFixture;

TEST_F(LifecycleTest, ShutdownLetsACallInProgressFinish) {
  const std::string token = adminToken();
  auto stub = v1::AttachmentService::NewStub(channel());
  auto ctx = context(token);
  v1::Attachment stored;
  auto upload = stub->UploadAttachment(ctx.get(), &stored);
  v1::UploadAttachmentRequest part;
  part.mutable_metadata()->set_filename("sk.pdf");
  part.mutable_metadata()->set_content_type("application/pdf");
  ASSERT_TRUE(upload->Write(part));
  part.set_chunk(std::string(64 * 1024, 'a'));
  ASSERT_TRUE(upload->Write(part));
  // The server sends its initial metadata once the handler runs: from here on the call is in
  // progress on the server, not merely queued in the client.
  upload->WaitForInitialMetadata();

  // The upload is in progress on the server: shut down with a generous grace period.
  auto stopping = std::async(std::launch::async, [this] { stopServer(); });
  ASSERT_EQ(stopping.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout)
      << "the server stopped without waiting for the call in progress";

  part.set_chunk(std::string(64 * 1024, 'b'));
  ASSERT_TRUE(upload->Write(part));
  ASSERT_TRUE(upload->WritesDone());
  const grpc::Status status = upload->Finish();
  EXPECT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(stored.size_bytes(), 128 * 1024);
  stopping.get();

  // Closed cleanly: the last connection checkpointed and removed the WAL.
  EXPECT_FALSE(std::filesystem::exists(dbPath() + "-wal"));
  EXPECT_THAT(logLines().back(), HasSubstr("simpul-data stopped"));
}

TEST_F(LifecycleTest, NewCallsAreRefusedAfterShutdown) {
  stopServer();
  auto stub = v1::AuthService::NewStub(channel());
  v1::LoginRequest request;
  request.set_username("admin");
  request.set_password(kAdminPassword);
  v1::LoginResponse response;
  auto ctx = context();
  ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
  EXPECT_EQ(stub->Login(ctx.get(), request, &response).error_code(), grpc::StatusCode::UNAVAILABLE);
}

TEST_F(LifecycleTest, EveryCallLogsOneLineWithMethodUserDurationAndStatus) {
  const std::string token = adminToken();
  auto stub = v1::WilayahService::NewStub(channel());
  v1::ListChildrenRequest request;
  request.set_parent_code("32");
  v1::ListChildrenResponse response;
  {
    auto ctx = context(token);
    ASSERT_TRUE(stub->ListChildren(ctx.get(), request, &response).ok());
  }
  {
    auto ctx = context();
    EXPECT_FALSE(stub->ListChildren(ctx.get(), request, &response).ok());
  }
  std::vector<std::string> calls;
  for (const std::string& line : logLines()) {
    if (line.find("ListChildren") != std::string::npos) {
      calls.push_back(line);
    }
  }
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_THAT(calls[0],
              ::testing::MatchesRegex("call /simpul.core.v1.WilayahService/ListChildren user=admin "
                                      "[0-9]+\\.[0-9]ms OK"));
  EXPECT_THAT(calls[1],
              ::testing::MatchesRegex("call /simpul.core.v1.WilayahService/ListChildren user=- "
                                      "[0-9]+\\.[0-9]ms UNAUTHENTICATED"));
}

TEST_F(LifecycleTest, ARestartServesTheSameData) {
  const std::string token = adminToken();
  restartServer();
  // Sessions live in the database: the token survives a restart.
  auto stub = v1::AuthService::NewStub(channel());
  v1::WhoAmIResponse me;
  auto ctx = context(token);
  const grpc::Status status = stub->WhoAmI(ctx.get(), {}, &me);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(me.user().username(), "admin");
}

} // namespace
