#pragma once

#include <grpcpp/security/server_credentials.h>
#include <memory>
#include <string>

namespace simpul::server {

// Server credentials for the --tls-cert/--tls-key pair: insecure when both are empty, TLS
// from the PEM files otherwise (no client certificates are requested; callers authenticate
// with a bearer token). Returns nullptr and sets *error (naming the file) when only one is
// given or a file cannot be read or is not PEM of the expected kind.
std::shared_ptr<grpc::ServerCredentials>
makeServerCredentials(const std::string& tlsCert, const std::string& tlsKey, std::string* error);

} // namespace simpul::server
