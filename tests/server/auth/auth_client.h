#pragma once

#include "server_fixture.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "simpul/core/v1/error.pb.h"
#include "simpul/core/v1/user.grpc.pb.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace simpul::testing {

namespace v1 = simpul::core::v1;

// What a call returned: the status and the ErrorDetail from the "simpul-error-bin" trailer.
struct CallResult {
  grpc::Status status;
  v1::ErrorDetail detail;
  grpc::StatusCode code() const { return status.error_code(); }
};

inline CallResult resultOf(const grpc::Status& status, const grpc::ClientContext& context) {
  CallResult result{status, {}};
  const auto& trailers = context.GetServerTrailingMetadata();
  const auto it = trailers.find("simpul-error-bin");
  if (it != trailers.end()) {
    EXPECT_TRUE(result.detail.ParseFromString(std::string(it->second.data(), it->second.size())));
  }
  return result;
}

// A fixture with stubs and a few shorthands for the auth tests.
class AuthFixture : public ServerFixture {
protected:
  void SetUp() override {
    ServerFixture::SetUp();
    authStub = v1::AuthService::NewStub(channel());
    userStub = v1::UserService::NewStub(channel());
  }

  CallResult tryLogin(const std::string& username, const std::string& password,
                      v1::LoginResponse* response = nullptr) {
    v1::LoginRequest request;
    request.set_username(username);
    request.set_password(password);
    v1::LoginResponse ignored;
    auto ctx = context();
    const grpc::Status status =
        authStub->Login(ctx.get(), request, response != nullptr ? response : &ignored);
    return resultOf(status, *ctx);
  }

  CallResult whoAmI(const std::string& token, v1::WhoAmIResponse* response = nullptr) {
    v1::WhoAmIResponse ignored;
    auto ctx = context(token);
    const grpc::Status status =
        authStub->WhoAmI(ctx.get(), {}, response != nullptr ? response : &ignored);
    return resultOf(status, *ctx);
  }

  // Calls a UserService method: call(&Stub::GetUser, token, request, &response).
  template <class Request, class Response, class Method>
  CallResult call(Method method, const std::string& token, const Request& request,
                  Response* response) {
    auto ctx = context(token);
    const grpc::Status status = ((*userStub).*method)(ctx.get(), request, response);
    return resultOf(status, *ctx);
  }

  v1::User getUser(const std::string& token, const std::string& username) {
    v1::GetUserRequest request;
    request.set_name("users/" + username);
    v1::User user;
    const CallResult result = call(&v1::UserService::Stub::GetUser, token, request, &user);
    EXPECT_TRUE(result.status.ok()) << result.status.error_message();
    return user;
  }

  // Rows of a query on the server's SQLite file, each as its columns' text.
  std::vector<std::vector<std::string>> query(const std::string& sql) {
    storage::OpenOptions options;
    options.readOnly = true;
    storage::Database db = storage::Database::open(dbPath(), options);
    auto stmt = db.prepare(sql);
    std::vector<std::vector<std::string>> rows;
    while (stmt.step()) {
      std::vector<std::string> row;
      for (int i = 0; i < stmt.columnCount(); ++i) {
        row.push_back(stmt.columnText(i));
      }
      rows.push_back(std::move(row));
    }
    return rows;
  }

  std::unique_ptr<v1::AuthService::Stub> authStub;
  std::unique_ptr<v1::UserService::Stub> userStub;
};

} // namespace simpul::testing
