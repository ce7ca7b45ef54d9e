#include "client/status_text.h"

#include <array>
#include <utility>

namespace simpul::client {

std::optional<simpul::core::v1::ErrorDetail> errorDetail(const grpc::ClientContext& context) {
  const auto& trailers = context.GetServerTrailingMetadata();
  const auto found =
      trailers.find(grpc::string_ref(kErrorDetailKey.data(), kErrorDetailKey.size()));
  if (found == trailers.end()) {
    return std::nullopt;
  }
  // gRPC has already base64-decoded the value: "-bin" keys carry raw bytes.
  simpul::core::v1::ErrorDetail detail;
  if (!detail.ParseFromArray(found->second.data(), static_cast<int>(found->second.size()))) {
    return std::nullopt;
  }
  return detail;
}

std::string statusCodeName(grpc::StatusCode code) {
  static constexpr std::array<std::pair<grpc::StatusCode, const char*>, 17> kNames = {{
      {grpc::StatusCode::OK, "OK"},
      {grpc::StatusCode::CANCELLED, "CANCELLED"},
      {grpc::StatusCode::UNKNOWN, "UNKNOWN"},
      {grpc::StatusCode::INVALID_ARGUMENT, "INVALID_ARGUMENT"},
      {grpc::StatusCode::DEADLINE_EXCEEDED, "DEADLINE_EXCEEDED"},
      {grpc::StatusCode::NOT_FOUND, "NOT_FOUND"},
      {grpc::StatusCode::ALREADY_EXISTS, "ALREADY_EXISTS"},
      {grpc::StatusCode::PERMISSION_DENIED, "PERMISSION_DENIED"},
      {grpc::StatusCode::RESOURCE_EXHAUSTED, "RESOURCE_EXHAUSTED"},
      {grpc::StatusCode::FAILED_PRECONDITION, "FAILED_PRECONDITION"},
      {grpc::StatusCode::ABORTED, "ABORTED"},
      {grpc::StatusCode::OUT_OF_RANGE, "OUT_OF_RANGE"},
      {grpc::StatusCode::UNIMPLEMENTED, "UNIMPLEMENTED"},
      {grpc::StatusCode::INTERNAL, "INTERNAL"},
      {grpc::StatusCode::UNAVAILABLE, "UNAVAILABLE"},
      {grpc::StatusCode::DATA_LOSS, "DATA_LOSS"},
      {grpc::StatusCode::UNAUTHENTICATED, "UNAUTHENTICATED"},
  }};
  for (const auto& [value, name] : kNames) {
    if (value == code) {
      return name;
    }
  }
  return "CODE_" + std::to_string(static_cast<int>(code));
}

std::string describeStatus(const grpc::Status& status) {
  std::string text = statusCodeName(status.error_code());
  if (!status.error_message().empty()) {
    text += ": " + status.error_message();
  }
  return text;
}

std::string describeStatus(const grpc::Status& status, const grpc::ClientContext& context) {
  std::string text = describeStatus(status);
  if (status.ok()) {
    return text;
  }
  const auto detail = errorDetail(context);
  if (!detail) {
    return text;
  }
  const std::string& message =
      detail->message_en().empty() ? detail->message_id() : detail->message_en();
  if (message.empty() && detail->field().empty()) {
    return text;
  }
  text += "\n  ";
  if (!detail->field().empty()) {
    text += detail->field() + ": ";
  }
  text += message;
  if (!detail->reason().empty()) {
    text += " [" + detail->reason() + "]";
  }
  return text;
}

} // namespace simpul::client
