#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::server {

// A parsed --listen address: a unix socket path or a TCP host and port.
struct ListenAddress {
  enum class Kind { Unix, Tcp };

  Kind kind = Kind::Tcp;
  std::string path;       // Unix: as given, absolute or relative to the working directory
  std::string host;       // Tcp: name, IPv4 or IPv6 literal (without brackets)
  std::uint16_t port = 0; // Tcp: 0 lets the system choose

  bool isUnix() const { return kind == Kind::Unix; }
  // A unix socket never leaves the machine; of TCP hosts only 127.0.0.0/8, ::1 (also as
  // ::ffff:127.x.y.z) and the name "localhost" count. Other names are not resolved: a name
  // that happens to point at loopback is still treated as reachable from the network.
  bool isLoopback() const;
  // For grpc::ServerBuilder::AddListeningPort: "unix:/run/s.sock", "[::1]:50051", ...
  std::string toGrpcAddress() const;
};

struct ListenAddressResult {
  std::optional<ListenAddress> address; // set on success
  std::string error;                    // one line saying what is wrong, set on failure
};

// Accepts unix:/abs/path, unix:///abs/path, unix:rel/path, host:port, [ipv6]:port,
// localhost:port.
ListenAddressResult parseListenAddress(std::string_view text);

// Refuses a TCP address that is not loopback when TLS is off, saying why and what to do
// instead. Returns the error, or nullopt when the address may be used.
std::optional<std::string> validateListen(const ListenAddress& address, bool tls);

} // namespace simpul::server
