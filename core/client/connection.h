#pragma once

#include <chrono>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::client {

struct ChannelOptions {
  // PEM file of the certificate authorities to trust. Given: TLS with these roots, for a
  // kabupaten server with its own CA. Empty: see openChannel for the default.
  std::string tlsRootCertFile;
  // TLS with the system's roots even for a loopback address (a loopback TLS tunnel).
  bool forceTls = false;
};

// Whether a "host:port" address names this machine: 127.0.0.0/8, [::1], "localhost". Other
// names are not resolved, the same rule the server applies to its --listen address.
bool isLoopbackAddress(std::string_view address);

// A channel to simpul-data at `address`: "unix:/path" (or "unix:rel/path") or "host:port".
//   unix socket           plain (the socket's file mode is the protection; TLS is refused)
//   loopback host:port    plain, unless a root file or forceTls asks for TLS
//   any other host:port   always TLS (system roots, or the given root file): a bearer token
//                         and personal data never cross the network in clear text, and the
//                         server refuses such an address without TLS anyway
// Throws std::invalid_argument for a malformed address and std::runtime_error (naming the
// file) when the root file cannot be read. Connecting itself happens on the first call.
std::shared_ptr<grpc::Channel> openChannel(const std::string& address,
                                           const ChannelOptions& options = {});

// The server address a command talks to: the --server value when given, else
// $SIMPUL_SERVER, else nullopt (the caller tells the user to give one).
std::optional<std::string> resolveServerAddress(const std::optional<std::string>& flag);

// A signed-in connection: the server address, the bearer token and the channel.
class Session {
public:
  // Opens the channel (see openChannel; throws the same). An empty token makes contexts
  // without authorization metadata, which the server answers with UNAUTHENTICATED except
  // for Login.
  Session(std::string address, std::string token, const ChannelOptions& options = {});

  const std::string& address() const { return m_address; }
  const std::string& token() const { return m_token; }
  const std::shared_ptr<grpc::Channel>& channel() const { return m_channel; }

  // A context for one call: "authorization: Bearer <token>" and a deadline, so a hung
  // server cannot hang the caller forever.
  std::unique_ptr<grpc::ClientContext>
  context(std::chrono::seconds deadline = std::chrono::seconds(30)) const;

private:
  std::string m_address;
  std::string m_token;
  std::shared_ptr<grpc::Channel> m_channel;
};

} // namespace simpul::client
