#pragma once

#include "server/host.h"

#include <exception>
#include <grpcpp/server_context.h>
#include <grpcpp/support/status.h>
#include <utility>

namespace simpul::server {

// Turns the exception in flight (ApiError, storage::StorageError or anything else) into a
// status: the message as "<field>: <Indonesian message>", an ErrorDetail in the trailing
// metadata "simpul-error-bin". Unexpected exceptions become INTERNAL and are logged (their
// text may come from a library and is not shown to the caller).
grpc::Status statusFromCurrentException(grpc::ServerContextBase& context);

// The body of every authenticated handler:
//
//   grpc::Status GetPerson(grpc::ServerContext* ctx, const Req* req, Person* out) override {
//     return serve(m_host, ctx, [&](const Principal& who) { ...; });
//   }
//
// The lambda throws ApiError for anything the caller did wrong; returning normally is OK.
template <class F> grpc::Status serve(Host& host, grpc::ServerContextBase* context, F&& body) {
  try {
    const Principal principal = host.authenticate(*context);
    std::forward<F>(body)(principal);
    return grpc::Status::OK;
  } catch (...) {
    return statusFromCurrentException(*context);
  }
}

// The same for the few calls that need no token (Login).
template <class F> grpc::Status serveAnonymous(grpc::ServerContextBase* context, F&& body) {
  try {
    std::forward<F>(body)();
    return grpc::Status::OK;
  } catch (...) {
    return statusFromCurrentException(*context);
  }
}

} // namespace simpul::server
