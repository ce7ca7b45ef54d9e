#include "client/connection.h"

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>
#include <sstream>
#include <stdexcept>

namespace simpul::client {

namespace {

constexpr std::string_view kUnixPrefix = "unix:";

struct HostPort {
  std::string_view host; // without brackets
  std::string_view port;
};

// "host:port" or "[v6]:port"; nullopt when it is neither.
std::optional<HostPort> splitHostPort(std::string_view address) {
  std::string_view host;
  std::string_view rest;
  if (address.starts_with('[')) {
    const auto close = address.find(']');
    if (close == std::string_view::npos) {
      return std::nullopt;
    }
    host = address.substr(1, close - 1);
    rest = address.substr(close + 1);
  } else {
    const auto colon = address.rfind(':');
    if (colon == std::string_view::npos) {
      return std::nullopt;
    }
    host = address.substr(0, colon);
    rest = address.substr(colon);
    // An IPv6 literal must be bracketed, or its last group would be read as the port.
    if (host.find(':') != std::string_view::npos) {
      return std::nullopt;
    }
  }
  if (host.empty() || !rest.starts_with(':')) {
    return std::nullopt;
  }
  const std::string_view port = rest.substr(1);
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (port.empty() || ec != std::errc{} || end != port.data() + port.size() || value == 0 ||
      value > 65535) {
    return std::nullopt;
  }
  return HostPort{host, port};
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read TLS root certificate file " + path + ": " +
                             std::strerror(errno));
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (content.str().empty()) {
    throw std::runtime_error("TLS root certificate file " + path + " is empty");
  }
  return content.str();
}

std::shared_ptr<grpc::ChannelCredentials> tlsCredentials(const ChannelOptions& options) {
  grpc::SslCredentialsOptions ssl;
  if (!options.tlsRootCertFile.empty()) {
    ssl.pem_root_certs = readFile(options.tlsRootCertFile);
  }
  return grpc::SslCredentials(ssl);
}

} // namespace

bool isLoopbackAddress(std::string_view address) {
  const auto parts = splitHostPort(address);
  if (!parts) {
    return false;
  }
  const std::string_view host = parts->host;
  return host == "localhost" || host.starts_with("127.") || host == "::1" ||
         host.starts_with("::ffff:127.");
}

namespace {

// gRPC waits a second and more before reconnecting to a server that went away; a desktop
// user pressing "coba lagi" after the data service restarted should not be told it is still
// unreachable, so reconnect attempts start after 200 ms (still backing off exponentially).
std::shared_ptr<grpc::Channel>
createChannel(const std::string& address, const std::shared_ptr<grpc::ChannelCredentials>& creds) {
  grpc::ChannelArguments arguments;
  arguments.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 200);
  arguments.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 200);
  return grpc::CreateCustomChannel(address, creds, arguments);
}

} // namespace

std::shared_ptr<grpc::Channel> openChannel(const std::string& address,
                                           const ChannelOptions& options) {
  const bool tlsAsked = options.forceTls || !options.tlsRootCertFile.empty();
  if (address.starts_with(kUnixPrefix)) {
    if (address.size() == kUnixPrefix.size()) {
      throw std::invalid_argument("server address 'unix:' names no socket (unix:/path/s.sock)");
    }
    if (tlsAsked) {
      throw std::invalid_argument("TLS is not used over a unix socket (" + address +
                                  "): drop the TLS option");
    }
    return createChannel(address, grpc::InsecureChannelCredentials());
  }
  if (!splitHostPort(address)) {
    throw std::invalid_argument("server address '" + address +
                                "' is neither unix:/path nor host:port ([ipv6]:port)");
  }
  if (!tlsAsked && isLoopbackAddress(address)) {
    return createChannel(address, grpc::InsecureChannelCredentials());
  }
  return createChannel(address, tlsCredentials(options));
}

std::optional<std::string> resolveServerAddress(const std::optional<std::string>& flag) {
  if (flag && !flag->empty()) {
    return flag;
  }
  if (const char* env = std::getenv("SIMPUL_SERVER"); env != nullptr && *env != '\0') {
    return std::string(env);
  }
  return std::nullopt;
}

Session::Session(std::string address, std::string token, const ChannelOptions& options)
    : m_address(std::move(address)), m_token(std::move(token)),
      m_channel(openChannel(m_address, options)) {}

std::unique_ptr<grpc::ClientContext> Session::context(std::chrono::seconds deadline) const {
  auto context = std::make_unique<grpc::ClientContext>();
  if (!m_token.empty()) {
    context->AddMetadata("authorization", "Bearer " + m_token);
  }
  context->set_deadline(std::chrono::system_clock::now() + deadline);
  return context;
}

} // namespace simpul::client
