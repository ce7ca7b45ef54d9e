#pragma once

#include "simpul/core/v1/error.pb.h"

#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::client {

// The trailing metadata key simpul-data sends an ErrorDetail in with every error status.
inline constexpr std::string_view kErrorDetailKey = "simpul-error-bin";

// The ErrorDetail the server attached to a finished call, if any (and if it parses).
std::optional<simpul::core::v1::ErrorDetail> errorDetail(const grpc::ClientContext& context);

// "OK", "NOT_FOUND", "UNAUTHENTICATED", ... ("CODE_<n>" for a number gRPC does not define).
std::string statusCodeName(grpc::StatusCode code);

// One line: "<CODE>: <status message>". The status message already reads
// "<field>: <Indonesian message>" when simpul-data produced it.
std::string describeStatus(const grpc::Status& status);

// The same, plus, when the server sent an ErrorDetail trailer, a second line
// "  <field>: <English message> [<REASON>]" (without "<field>: " when no field is concerned),
// so the user sees the offending field and both languages.
std::string describeStatus(const grpc::Status& status, const grpc::ClientContext& context);

} // namespace simpul::client
