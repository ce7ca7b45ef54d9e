#pragma once

#include "server/transport/call_registry.h"

#include <chrono>
#include <functional>
#include <grpcpp/support/server_interceptor.h>
#include <grpcpp/support/status.h>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace grpc {
class ServerBuilder;
}

namespace simpul::server {

// Receives one finished log line (no trailing newline). Called from gRPC threads, so it
// must be thread-safe.
using LogSink = std::function<void(std::string_view line)>;

// Writes "<UTC timestamp> <line>\n" to stderr, one whole line at a time across threads.
LogSink stderrLogSink();

// "2024-05-01T09:30:00.123Z"
std::string formatLogTimestamp(std::chrono::system_clock::time_point time);

// "OK", "UNAUTHENTICATED", ...; "INVALID_STATUS_CODE" for a value outside the enum.
std::string_view statusCodeName(grpc::StatusCode code);

// One request log line, e.g. "call /simpul.core.v1.PersonService/GetPerson user=admin 0.8ms OK".
// Control characters and spaces in the method or username are replaced so a line stays a
// line. An empty username is written as "-".
std::string formatRequestLogLine(std::string_view method, std::string_view username,
                                 std::chrono::nanoseconds duration, grpc::StatusCode code);

// Creates, for every call, an interceptor that logs exactly one line when the status is
// sent (or, for a call that ends without sending one, when it is destroyed: CANCELLED).
// Only the method, the principal from `registry`, the duration and the status code name are
// written: never a message body, metadata values, NIK or names.
class RequestLogInterceptorFactory : public grpc::experimental::ServerInterceptorFactoryInterface {
public:
  RequestLogInterceptorFactory(std::shared_ptr<CallRegistry> registry, LogSink sink);
  grpc::experimental::Interceptor*
  CreateServerInterceptor(grpc::experimental::ServerRpcInfo* info) override;

private:
  std::shared_ptr<CallRegistry> m_registry;
  std::shared_ptr<const LogSink> m_sink;
};

// Sets the builder's interceptors to just the request log. A caller with more interceptors
// builds the vector itself with std::make_unique<RequestLogInterceptorFactory>(...) first, so
// the log also sees calls that later interceptors reject.
void installRequestLog(grpc::ServerBuilder& builder, std::shared_ptr<CallRegistry> registry,
                       LogSink sink = stderrLogSink());

} // namespace simpul::server
