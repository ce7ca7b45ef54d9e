#include "server/transport/listen_address.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cctype>
#include <charconv>
#include <cstring>
#include <sys/un.h>

namespace simpul::server {

namespace {

ListenAddressResult failure(std::string_view text, std::string_view why) {
  return {std::nullopt, "invalid listen address '" + std::string(text) + "': " + std::string(why)};
}

bool isIpv4Literal(const std::string& host) {
  in_addr addr{};
  return inet_pton(AF_INET, host.c_str(), &addr) == 1;
}

bool isIpv6Literal(const std::string& host) {
  in6_addr addr{};
  return inet_pton(AF_INET6, host.c_str(), &addr) == 1;
}

// A DNS name as gRPC's resolver would take it: labels of letters, digits and '-'.
bool isHostName(std::string_view host) {
  if (host.empty() || host.size() > 253 || host.front() == '.' || host.front() == '-') {
    return false;
  }
  return std::all_of(host.begin(), host.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '.';
  });
}

std::optional<std::uint16_t> parsePort(std::string_view text) {
  unsigned value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc{} || ptr != end || value > 65535) {
    return std::nullopt;
  }
  return static_cast<std::uint16_t>(value);
}

ListenAddressResult parseUnix(std::string_view text) {
  std::string_view path = text.substr(5); // after "unix:"
  if (path.starts_with("//")) {
    // gRPC's URI form unix:///abs/path: the authority must be empty, the path absolute.
    path.remove_prefix(2);
    if (!path.starts_with('/')) {
      return failure(text, "unix:// must be followed by an absolute path (unix:///run/s.sock)");
    }
  }
  if (path.empty()) {
    return failure(text, "missing socket path after unix: (e.g. unix:/run/simpul/data.sock)");
  }
  if (path.find('\0') != std::string_view::npos) {
    return failure(text, "the socket path contains a NUL byte");
  }
  // sockaddr_un has room for this many bytes plus the terminating NUL; a longer path fails
  // at bind() with a message that does not say why.
  constexpr std::size_t maxPath = sizeof(sockaddr_un{}.sun_path) - 1;
  if (path.size() > maxPath) {
    return failure(text, "the socket path is " + std::to_string(path.size()) +
                             " bytes long; unix sockets allow at most " + std::to_string(maxPath));
  }
  ListenAddress address;
  address.kind = ListenAddress::Kind::Unix;
  address.path = std::string(path);
  return {std::move(address), {}};
}

ListenAddressResult parseTcp(std::string_view text) {
  std::string host;
  std::string_view rest;
  if (text.starts_with('[')) {
    const auto close = text.find(']');
    if (close == std::string_view::npos) {
      return failure(text, "missing ']' after the IPv6 address");
    }
    host = std::string(text.substr(1, close - 1));
    if (!isIpv6Literal(host)) {
      return failure(text, "'" + host + "' is not an IPv6 address");
    }
    rest = text.substr(close + 1);
    if (!rest.starts_with(':')) {
      return failure(text, "expected ':PORT' after ']'");
    }
  } else {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos) {
      return failure(text, "expected host:port, [ipv6]:port or unix:/path");
    }
    host = std::string(text.substr(0, colon));
    if (host.find(':') != std::string::npos) {
      return failure(text, "an IPv6 address needs brackets, as in [::1]:50051");
    }
    if (host.empty()) {
      return failure(text, "missing host (127.0.0.1 for this machine only, 0.0.0.0 for all "
                           "interfaces)");
    }
    if (!isIpv4Literal(host) && !isHostName(host)) {
      return failure(text, "'" + host + "' is not a host name or IPv4 address");
    }
    rest = text.substr(colon);
  }
  const auto port = parsePort(rest.substr(1));
  if (!port) {
    return failure(text, "the port must be a number from 0 to 65535");
  }
  ListenAddress address;
  address.kind = ListenAddress::Kind::Tcp;
  address.host = std::move(host);
  address.port = *port;
  return {std::move(address), {}};
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

} // namespace

bool ListenAddress::isLoopback() const {
  if (isUnix()) {
    return true;
  }
  if (equalsIgnoreCase(host, "localhost") || equalsIgnoreCase(host, "localhost.")) {
    return true;
  }
  in_addr v4{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) {
    return (ntohl(v4.s_addr) >> 24) == 127;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, host.c_str(), &v6) == 1) {
    if (IN6_IS_ADDR_LOOPBACK(&v6)) {
      return true;
    }
    // ::ffff:127.x.y.z is the IPv4 loopback seen through an IPv6 socket.
    return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
  }
  return false;
}

std::string ListenAddress::toGrpcAddress() const {
  if (isUnix()) {
    return "unix:" + path;
  }
  const bool v6 = host.find(':') != std::string::npos;
  return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

ListenAddressResult parseListenAddress(std::string_view text) {
  if (text.empty()) {
    return failure(text, "empty (expected unix:/path or host:port)");
  }
  if (text.starts_with("unix-abstract:")) {
    return failure(text, "abstract unix sockets are not supported: they have no file mode, so "
                         "any local user could connect; use unix:/path");
  }
  if (text.starts_with("unix:")) {
    return parseUnix(text);
  }
  if (text.starts_with("dns:") || text.starts_with("ipv4:") || text.starts_with("ipv6:") ||
      text.find("://") != std::string_view::npos) {
    return failure(text, "expected host:port, [ipv6]:port or unix:/path without a scheme");
  }
  return parseTcp(text);
}

std::optional<std::string> validateListen(const ListenAddress& address, bool tls) {
  if (tls || address.isLoopback()) {
    return std::nullopt;
  }
  return "refusing to listen on " + address.toGrpcAddress() +
         " without TLS: tokens and personal data (NIK, names) would cross the network in clear "
         "text; give --tls-cert and --tls-key, or listen on a loopback or unix: address";
}

} // namespace simpul::server
