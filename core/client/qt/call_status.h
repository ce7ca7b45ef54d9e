#pragma once

#include <QString>
#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>

namespace simpul::client {

// How one finished call went, as a screen needs it.
struct CallStatus {
  int code = 0;    // grpc::StatusCode; 0 is OK
  QString message; // for a person, in the UI language (see errorText)
  QString field;   // the request field concerned (ErrorDetail.field), "" when none
  QString reason;  // ErrorDetail.reason, e.g. "NIK_INVALID", "" when none

  bool ok() const { return code == 0; }
};

// The one translation of a gRPC error into words a person understands, in the UI language
// (QLocale's default: English when its language is English, Bahasa Indonesia otherwise).
// When simpul-data sent an ErrorDetail, its message in that language is used; otherwise a
// sentence per status code that says what happened and what to do (UNAVAILABLE: the server
// cannot be reached, check the address or network; DEADLINE_EXCEEDED: the server is too
// slow, try again; ...). Never includes request data.
QString errorText(const grpc::Status& status, const grpc::ClientContext& context);

// status + errorText + the ErrorDetail's field and reason.
CallStatus callStatus(const grpc::Status& status, const grpc::ClientContext& context);

} // namespace simpul::client
