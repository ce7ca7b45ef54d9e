#include "server/transport/call_registry.h"
#include "server/transport/request_log.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace simpul::server {
namespace {

using namespace std::chrono_literals;
using ::testing::MatchesRegex;

TEST(RequestLog, LineFormat) {
  EXPECT_EQ(formatRequestLogLine("/simpul.core.v1.PersonService/GetPerson", "admin", 812us,
                                 grpc::StatusCode::OK),
            "call /simpul.core.v1.PersonService/GetPerson user=admin 0.8ms OK");
  EXPECT_EQ(formatRequestLogLine("/a.B/C", "", 1500ms, grpc::StatusCode::UNAUTHENTICATED),
            "call /a.B/C user=- 1500.0ms UNAUTHENTICATED");
  EXPECT_EQ(formatRequestLogLine("/a.B/C", "x", 0ns, grpc::StatusCode::NOT_FOUND),
            "call /a.B/C user=x 0.0ms NOT_FOUND");
}

TEST(RequestLog, LineCannotBeSplitOrForged) {
  EXPECT_EQ(formatRequestLogLine("/a.B/C\ncall /x user=root 0.1ms OK", "ev il\r", 1ms,
                                 grpc::StatusCode::OK),
            "call /a.B/C?call?/x?user=root?0.1ms?OK user=ev?il? 1.0ms OK");
}

TEST(RequestLog, StatusCodeNames) {
  EXPECT_EQ(statusCodeName(grpc::StatusCode::OK), "OK");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::CANCELLED), "CANCELLED");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::UNKNOWN), "UNKNOWN");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::INVALID_ARGUMENT), "INVALID_ARGUMENT");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::DEADLINE_EXCEEDED), "DEADLINE_EXCEEDED");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::NOT_FOUND), "NOT_FOUND");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::ALREADY_EXISTS), "ALREADY_EXISTS");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::PERMISSION_DENIED), "PERMISSION_DENIED");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::RESOURCE_EXHAUSTED), "RESOURCE_EXHAUSTED");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::FAILED_PRECONDITION), "FAILED_PRECONDITION");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::ABORTED), "ABORTED");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::OUT_OF_RANGE), "OUT_OF_RANGE");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::UNIMPLEMENTED), "UNIMPLEMENTED");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::INTERNAL), "INTERNAL");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::UNAVAILABLE), "UNAVAILABLE");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::DATA_LOSS), "DATA_LOSS");
  EXPECT_EQ(statusCodeName(grpc::StatusCode::UNAUTHENTICATED), "UNAUTHENTICATED");
  EXPECT_EQ(statusCodeName(static_cast<grpc::StatusCode>(99)), "INVALID_STATUS_CODE");
}

TEST(RequestLog, Timestamp) {
  const auto time = std::chrono::system_clock::time_point(1714555800123ms);
  EXPECT_EQ(formatLogTimestamp(time), "2024-05-01T09:30:00.123Z");
  EXPECT_THAT(formatLogTimestamp(std::chrono::system_clock::now()),
              MatchesRegex("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z"));
}

TEST(RequestLog, StderrSinkPrefixesATimestamp) {
  ::testing::internal::CaptureStderr();
  stderrLogSink()("call /a.B/C user=- 0.1ms OK");
  const std::string written = ::testing::internal::GetCapturedStderr();
  EXPECT_THAT(written, MatchesRegex("[0-9]{4}-[-0-9T:.]+Z call /a\\.B/C user=- 0\\.1ms OK\n"));
}

// The registry is keyed by context address only; these tests never dereference it.
const auto* contextAt(std::uintptr_t address) {
  return reinterpret_cast<const grpc::ServerContextBase*>(address);
}

TEST(CallRegistry, PrincipalLivesFromBeginToEnd) {
  CallRegistry registry;
  const auto* a = contextAt(0x1000);
  const auto* b = contextAt(0x2000);
  registry.beginCall(a);
  registry.beginCall(b);
  EXPECT_EQ(registry.size(), 2U);
  EXPECT_EQ(registry.principal(a), "");
  registry.setPrincipal(a, "admin");
  EXPECT_EQ(registry.principal(a), "admin");
  EXPECT_EQ(registry.principal(b), "");
  registry.endCall(a);
  EXPECT_EQ(registry.principal(a), "");
  EXPECT_EQ(registry.size(), 1U);
  // A context address reused by the next call starts without a principal.
  registry.setPrincipal(b, "old");
  registry.beginCall(b);
  EXPECT_EQ(registry.principal(b), "");
  registry.endCall(b);
  EXPECT_EQ(registry.size(), 0U);
}

TEST(CallRegistry, UnregisteredCallsAreNotKept) {
  CallRegistry registry;
  registry.setPrincipal(contextAt(0x3000), "admin");
  EXPECT_EQ(registry.size(), 0U);
  EXPECT_EQ(registry.principal(contextAt(0x3000)), "");
  registry.endCall(contextAt(0x3000)); // harmless
}

} // namespace
} // namespace simpul::server
