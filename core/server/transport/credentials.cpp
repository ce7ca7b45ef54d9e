#include "server/transport/credentials.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <grpcpp/security/server_credentials.h>
#include <optional>
#include <sstream>

namespace simpul::server {

namespace {

std::optional<std::string> readFile(const std::string& path, std::string_view what,
                                    std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read " + std::string(what) + " " + path + ": " + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) {
    *error = "cannot read " + std::string(what) + " " + path + ": read error";
    return std::nullopt;
  }
  return content.str();
}

} // namespace

std::shared_ptr<grpc::ServerCredentials>
makeServerCredentials(const std::string& tlsCert, const std::string& tlsKey, std::string* error) {
  if (tlsCert.empty() && tlsKey.empty()) {
    return grpc::InsecureServerCredentials();
  }
  if (tlsCert.empty() || tlsKey.empty()) {
    *error = tlsCert.empty() ? "a TLS key was given without its certificate (--tls-cert)"
                             : "a TLS certificate was given without its key (--tls-key)";
    return nullptr;
  }
  auto cert = readFile(tlsCert, "TLS certificate file", error);
  if (!cert) {
    return nullptr;
  }
  auto key = readFile(tlsKey, "TLS key file", error);
  if (!key) {
    return nullptr;
  }
  // gRPC only notices a bad file when the server starts, and then logs an OpenSSL error and
  // returns no server; checking the PEM headers here names the file at fault. Swapped
  // arguments are the usual mistake.
  if (cert->find("-----BEGIN CERTIFICATE-----") == std::string::npos) {
    *error = "TLS certificate file " + tlsCert + " holds no PEM certificate";
    return nullptr;
  }
  if (key->find("PRIVATE KEY-----") == std::string::npos) {
    *error = "TLS key file " + tlsKey + " holds no PEM private key";
    return nullptr;
  }
  grpc::SslServerCredentialsOptions options;
  options.pem_key_cert_pairs.push_back({std::move(*key), std::move(*cert)});
  return grpc::SslServerCredentials(options);
}

} // namespace simpul::server
