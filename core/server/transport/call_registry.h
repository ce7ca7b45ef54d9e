#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace grpc {
class ServerContextBase;
}

namespace simpul::server {

// Who is behind each call in progress, for the request log. The request log interceptor
// registers a call when it starts and forgets it when it ends; authentication names the
// user in between. Keyed by the call's server context, the one object both sides see.
// Thread-safe.
class CallRegistry {
public:
  // A new call (replaces anything left under the same context address).
  void beginCall(const grpc::ServerContextBase* context);
  // Called by authentication once the token is verified. Ignored for a call that was not
  // registered (no request log installed), so nothing accumulates.
  void setPrincipal(const grpc::ServerContextBase* context, std::string username);
  // The username set for the call, "" when none.
  std::string principal(const grpc::ServerContextBase* context) const;
  void endCall(const grpc::ServerContextBase* context);
  // Calls registered and not yet ended.
  std::size_t size() const;

private:
  mutable std::mutex m_mutex;
  std::unordered_map<const grpc::ServerContextBase*, std::string> m_principals;
};

} // namespace simpul::server
