#include "server/transport/request_log.h"

#include "domain/happens_before.h"

#include <atomic>
#include <cstdio>
#include <ctime>
#include <grpcpp/server_builder.h>
#include <grpcpp/support/interceptor.h>
#include <mutex>

namespace simpul::server {

namespace {

using grpc::experimental::InterceptionHookPoints;

// Bytes from the network (the method of an unknown call) or a username must not be able to
// forge a second log line or break the space-separated fields.
void appendSanitized(std::string& out, std::string_view text) {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    out += (byte <= 0x20 || byte == 0x7f) ? '?' : c;
  }
}

class RequestLogInterceptor final : public grpc::experimental::Interceptor {
public:
  RequestLogInterceptor(grpc::experimental::ServerRpcInfo* info,
                        std::shared_ptr<CallRegistry> registry, std::shared_ptr<const LogSink> sink)
      : m_context(info->server_context()),
        m_method(info->method() != nullptr ? info->method() : "?"), m_registry(std::move(registry)),
        m_sink(std::move(sink)), m_start(std::chrono::steady_clock::now()) {
    // Registered when gRPC creates the interceptor, which is before any hook and so before
    // the handler can authenticate.
    m_registry->beginCall(m_context);
    // gRPC calls the hooks and the destructor on other threads than this one, ordered by its
    // completion queue, which ThreadSanitizer does not see (domain/happens_before.h).
    handOver(this);
  }

  ~RequestLogInterceptor() override {
    takeOver(this);
    // A call torn down without sending a status (cancelled, server shutting down) still gets
    // its one line.
    if (!m_logged.exchange(true)) {
      log(grpc::StatusCode::CANCELLED);
    }
    m_registry->endCall(m_context);
  }

  RequestLogInterceptor(const RequestLogInterceptor&) = delete;
  RequestLogInterceptor& operator=(const RequestLogInterceptor&) = delete;

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    takeOver(this);
    // The hooks of one call run on more than one thread (the status is sent from the
    // handler's, the close arrives on a completion-queue thread), so "logged once" is an
    // atomic flag, not a plain bool (ThreadSanitizer, issue 7).
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS) &&
        !m_logged.exchange(true)) {
      log(methods->GetSendStatus().error_code());
    }
    handOver(this); // Proceed() may pass the call on to another thread at once
    methods->Proceed();
  }

private:
  void log(grpc::StatusCode code) {
    const auto duration = std::chrono::steady_clock::now() - m_start;
    (*m_sink)(formatRequestLogLine(m_method, m_registry->principal(m_context), duration, code));
  }

  const grpc::ServerContextBase* m_context;
  const char* m_method; // owned by gRPC for the life of the call
  std::shared_ptr<CallRegistry> m_registry;
  std::shared_ptr<const LogSink> m_sink;
  std::chrono::steady_clock::time_point m_start;
  std::atomic<bool> m_logged = false;
};

} // namespace

std::string formatLogTimestamp(std::chrono::system_clock::time_point time) {
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
  const std::time_t seconds = static_cast<std::time_t>(millis / 1000);
  std::tm utc{};
  ::gmtime_r(&seconds, &utc);
  char buffer[96]; // room for any int the compiler can imagine, so no truncation warning
  std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(millis % 1000));
  return buffer;
}

LogSink stderrLogSink() {
  return [](std::string_view line) {
    std::string text = formatLogTimestamp(std::chrono::system_clock::now());
    text += ' ';
    text += line;
    text += '\n';
    // One fwrite of the whole line under a lock: lines from concurrent calls never interleave.
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  };
}

std::string_view statusCodeName(grpc::StatusCode code) {
  switch (code) {
  case grpc::StatusCode::OK:
    return "OK";
  case grpc::StatusCode::CANCELLED:
    return "CANCELLED";
  case grpc::StatusCode::UNKNOWN:
    return "UNKNOWN";
  case grpc::StatusCode::INVALID_ARGUMENT:
    return "INVALID_ARGUMENT";
  case grpc::StatusCode::DEADLINE_EXCEEDED:
    return "DEADLINE_EXCEEDED";
  case grpc::StatusCode::NOT_FOUND:
    return "NOT_FOUND";
  case grpc::StatusCode::ALREADY_EXISTS:
    return "ALREADY_EXISTS";
  case grpc::StatusCode::PERMISSION_DENIED:
    return "PERMISSION_DENIED";
  case grpc::StatusCode::RESOURCE_EXHAUSTED:
    return "RESOURCE_EXHAUSTED";
  case grpc::StatusCode::FAILED_PRECONDITION:
    return "FAILED_PRECONDITION";
  case grpc::StatusCode::ABORTED:
    return "ABORTED";
  case grpc::StatusCode::OUT_OF_RANGE:
    return "OUT_OF_RANGE";
  case grpc::StatusCode::UNIMPLEMENTED:
    return "UNIMPLEMENTED";
  case grpc::StatusCode::INTERNAL:
    return "INTERNAL";
  case grpc::StatusCode::UNAVAILABLE:
    return "UNAVAILABLE";
  case grpc::StatusCode::DATA_LOSS:
    return "DATA_LOSS";
  case grpc::StatusCode::UNAUTHENTICATED:
    return "UNAUTHENTICATED";
  default:
    return "INVALID_STATUS_CODE";
  }
}

std::string formatRequestLogLine(std::string_view method, std::string_view username,
                                 std::chrono::nanoseconds duration, grpc::StatusCode code) {
  std::string line = "call ";
  appendSanitized(line, method);
  line += " user=";
  if (username.empty()) {
    line += '-';
  } else {
    appendSanitized(line, username);
  }
  char millis[32];
  std::snprintf(millis, sizeof(millis), " %.1fms ",
                std::chrono::duration<double, std::milli>(duration).count());
  line += millis;
  line += statusCodeName(code);
  return line;
}

RequestLogInterceptorFactory::RequestLogInterceptorFactory(std::shared_ptr<CallRegistry> registry,
                                                           LogSink sink)
    : m_registry(registry ? std::move(registry) : std::make_shared<CallRegistry>()),
      m_sink(std::make_shared<const LogSink>(sink ? std::move(sink) : stderrLogSink())) {}

grpc::experimental::Interceptor*
RequestLogInterceptorFactory::CreateServerInterceptor(grpc::experimental::ServerRpcInfo* info) {
  return new RequestLogInterceptor(info, m_registry, m_sink);
}

void installRequestLog(grpc::ServerBuilder& builder, std::shared_ptr<CallRegistry> registry,
                       LogSink sink) {
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> creators;
  creators.push_back(
      std::make_unique<RequestLogInterceptorFactory>(std::move(registry), std::move(sink)));
  builder.experimental().SetInterceptorCreators(std::move(creators));
}

} // namespace simpul::server
