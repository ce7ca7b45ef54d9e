#include "server/api_error.h"

namespace simpul::server {

ApiError::ApiError(grpc::StatusCode code, std::string field, std::string reason,
                   std::string messageId, std::string messageEn)
    : std::runtime_error(messageEn), m_code(code), m_field(std::move(field)),
      m_reason(std::move(reason)), m_messageId(std::move(messageId)),
      m_messageEn(std::move(messageEn)) {}

ApiError ApiError::invalidArgument(std::string field, std::string reason, std::string messageId,
                                   std::string messageEn) {
  return {grpc::StatusCode::INVALID_ARGUMENT, std::move(field), std::move(reason),
          std::move(messageId), std::move(messageEn)};
}

ApiError ApiError::notFound(std::string resource) {
  return {grpc::StatusCode::NOT_FOUND, "name", "NOT_FOUND", resource + " tidak ditemukan",
          resource + " not found"};
}

ApiError ApiError::alreadyExists(std::string field, std::string reason, std::string messageId,
                                 std::string messageEn) {
  return {grpc::StatusCode::ALREADY_EXISTS, std::move(field), std::move(reason),
          std::move(messageId), std::move(messageEn)};
}

ApiError ApiError::permissionDenied(std::string_view permission) {
  const std::string p(permission);
  return {grpc::StatusCode::PERMISSION_DENIED, "", "PERMISSION_DENIED",
          "Anda tidak memiliki izin " + p + " untuk tindakan ini",
          "You do not hold the permission " + p + " for this action"};
}

ApiError ApiError::unauthenticated(std::string messageId, std::string messageEn) {
  return {grpc::StatusCode::UNAUTHENTICATED, "", "UNAUTHENTICATED", std::move(messageId),
          std::move(messageEn)};
}

ApiError ApiError::staleEtag(std::string resource) {
  return {grpc::StatusCode::ABORTED, "etag", "STALE_ETAG",
          resource + " telah diubah orang lain sejak Anda membukanya; muat ulang lalu ulangi",
          resource + " was changed by someone else since you read it; reload and try again"};
}

ApiError ApiError::etagRequired(std::string field) {
  return {grpc::StatusCode::INVALID_ARGUMENT, std::move(field), "ETAG_REQUIRED",
          "etag wajib diisi: kirim etag dari data yang terakhir dibaca",
          "etag is required: send the etag of the data as last read"};
}

ApiError ApiError::failedPrecondition(std::string reason, std::string messageId,
                                      std::string messageEn) {
  return {grpc::StatusCode::FAILED_PRECONDITION, "", std::move(reason), std::move(messageId),
          std::move(messageEn)};
}

} // namespace simpul::server
