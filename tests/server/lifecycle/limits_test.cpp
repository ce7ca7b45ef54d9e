// Requests too big to serve are refused before they cost anything: an oversized message by
// gRPC (RESOURCE_EXHAUSTED), absurd page sizes and page tokens by the paging rules
// (INVALID_ARGUMENT), and the service keeps serving afterwards.

#include "server_fixture.h"
#include "simpul/core/v1/user.grpc.pb.h"
#include "simpul/core/v1/wilayah_service.grpc.pb.h"

#include <string>

namespace {

namespace v1 = simpul::core::v1;

class LimitsTest : public simpul::testing::ServerFixture {
protected:
  void configure(simpul::server::DataServerOptions& options) override {
    options.maxRequestBytes = 256 * 1024; // small, so the test sends little
  }

  grpc::Status listUsers(int pageSize, const std::string& token, v1::ListUsersResponse* response) {
    auto stub = v1::UserService::NewStub(channel());
    v1::ListUsersRequest request;
    request.set_page_size(pageSize);
    request.set_page_token(token);
    auto ctx = context(adminToken());
    return stub->ListUsers(ctx.get(), request, response);
  }
};

TEST_F(LimitsTest, AMessageBeyondTheLimitIsRefusedAndTheServiceGoesOn) {
  auto stub = v1::UserService::NewStub(channel());
  v1::CreateUserRequest big;
  big.mutable_user()->set_username("besar");
  big.mutable_user()->set_display_name(std::string(300 * 1024, 'x'));
  big.set_password("kata-sandi-panjang");
  v1::User created;
  auto ctx = context(adminToken());
  const grpc::Status status = stub->CreateUser(ctx.get(), big, &created);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << status.error_message();

  // Nothing of it was stored, and the next call is served.
  v1::ListUsersResponse users;
  ASSERT_TRUE(listUsers(0, "", &users).ok());
  for (const v1::User& user : users.users()) {
    EXPECT_NE(user.username(), "besar");
  }
}

TEST_F(LimitsTest, AnAbsurdPageSizeIsRefusedAndALargeOneIsCoerced) {
  v1::ListUsersResponse response;
  grpc::Status status = listUsers(10001, "", &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  status = listUsers(2147483647, "", &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  // Above the list's maximum but sane: served with the maximum (AIP-158).
  EXPECT_TRUE(listUsers(10000, "", &response).ok());
  EXPECT_EQ(response.users_size(), 1); // the fixture's admin
}

TEST_F(LimitsTest, AnOversizedPageTokenIsRefused) {
  v1::ListUsersResponse response;
  const grpc::Status status = listUsers(10, std::string(4096, 'A'), &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(response.users_size(), 0);
}

TEST_F(LimitsTest, WilayahListsRefuseAbsurdPageSizesToo) {
  auto stub = v1::WilayahService::NewStub(channel());
  v1::ListChildrenRequest request;
  request.set_parent_code("32");
  request.set_page_size(1 << 30);
  v1::ListChildrenResponse response;
  auto ctx = context(adminToken());
  const grpc::Status status = stub->ListChildren(ctx.get(), request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(response.wilayah_size(), 0);
}

} // namespace
