#pragma once

#include <grpcpp/support/status.h>
#include <stdexcept>
#include <string>

namespace simpul::server {

// An error a handler reports to the caller. Thrown from inside handlers (and transactions,
// which then roll back) and turned into a grpc::Status with an ErrorDetail trailer by the
// call wrapper (server/call.h). Messages are complete sentences in both languages and never
// contain a NIK, a name or any other personal value from the request.
class ApiError : public std::runtime_error {
public:
  ApiError(grpc::StatusCode code, std::string field, std::string reason, std::string messageId,
           std::string messageEn);

  grpc::StatusCode code() const { return m_code; }
  const std::string& field() const { return m_field; }
  const std::string& reason() const { return m_reason; }
  const std::string& messageId() const { return m_messageId; }
  const std::string& messageEn() const { return m_messageEn; }

  static ApiError invalidArgument(std::string field, std::string reason, std::string messageId,
                                  std::string messageEn);
  static ApiError notFound(std::string resource); // "persons/12 tidak ditemukan" / "not found"
  static ApiError alreadyExists(std::string field, std::string reason, std::string messageId,
                                std::string messageEn);
  static ApiError permissionDenied(std::string_view permission);
  static ApiError unauthenticated(std::string messageId, std::string messageEn);
  static ApiError staleEtag(std::string resource);
  // An update sent without the etag it must carry; `field` is "person.etag", "record.etag"...
  static ApiError etagRequired(std::string field);
  static ApiError failedPrecondition(std::string reason, std::string messageId,
                                     std::string messageEn);

private:
  grpc::StatusCode m_code;
  std::string m_field;
  std::string m_reason;
  std::string m_messageId;
  std::string m_messageEn;
};

} // namespace simpul::server
