#pragma once

#include "server/auth/login_throttle.h"
#include "server/host.h"
#include "simpul/core/v1/auth.grpc.pb.h"

#include <chrono>

namespace simpul::server {

// Login, Logout, WhoAmI (proto/simpul/core/v1/auth.proto).
//
// Login answers a wrong password, an unknown username and a disabled account with the same
// UNAUTHENTICATED, after the same amount of work (an unknown user's password is checked
// against a dummy hash), and counts all three as failures in the throttle. Successful logins
// and logouts are audited ("users/<username>", changed field "sessions"): a session is the
// key to every later change, so who held one when belongs in the same tamper-evident log as
// the changes. Failed attempts are not audited: anyone can make them, and an append-only table
// must not grow at an anonymous caller's will. No password material is ever written.
class AuthServiceImpl final : public simpul::core::v1::AuthService::Service {
public:
  AuthServiceImpl(Host& host, std::chrono::seconds sessionTtl);

  grpc::Status Login(grpc::ServerContext* context, const simpul::core::v1::LoginRequest* request,
                     simpul::core::v1::LoginResponse* response) override;
  grpc::Status Logout(grpc::ServerContext* context, const simpul::core::v1::LogoutRequest* request,
                      simpul::core::v1::LogoutResponse* response) override;
  grpc::Status WhoAmI(grpc::ServerContext* context, const simpul::core::v1::WhoAmIRequest* request,
                      simpul::core::v1::WhoAmIResponse* response) override;

private:
  Host& m_host;
  std::chrono::seconds m_sessionTtl;
  LoginThrottle m_throttle;
};

} // namespace simpul::server
