#pragma once

// The request builders of the authorization matrix: one per served RPC. A builder seeds (as
// admin) a fresh resource at the target (in or out of the caller's scope, of a sensitive type
// or not), then makes the call as the caller and names the outcome: the status code, or for
// a call that answers with rows "OK" when the seeded row is among them and "HIDDEN" when the
// call succeeded without it (a list is never refused for scope: it is filtered).

#include "security_fixture.h"

#include <functional>
#include <string>
#include <vector>

namespace simpul::testing {

using RpcBuilder = std::function<std::string(SecurityFixture&, Target, const Caller&)>;

struct RpcCase {
  std::string method;     // "simpul.core.v1.AuthService/Login"
  bool sensitive = false; // also a "<method>#sensitive" row (a sensitive PMKS type)
  RpcBuilder run;
};

std::vector<RpcCase> coreRpcCases();
std::vector<RpcCase> pmksRpcCases();

// The unary call `method` of `stub` as `token`.
template <class Stub, class Request, class Response>
grpc::Status callAs(SecurityFixture& f, const std::string& token, Stub& stub,
                    grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&, Response*),
                    const Request& request, Response* response) {
  auto ctx = f.contextFor(token);
  return (stub.*method)(ctx.get(), request, response);
}

// "OK" when the call succeeded and found the seeded row, "HIDDEN" when it succeeded
// without it, the code otherwise.
inline std::string listed(const grpc::Status& status, bool found) {
  if (!status.ok()) {
    return SecurityFixture::outcome(status);
  }
  return found ? "OK" : "HIDDEN";
}

} // namespace simpul::testing
