#include "server/transport/call_registry.h"

namespace simpul::server {

void CallRegistry::beginCall(const grpc::ServerContextBase* context) {
  const std::lock_guard lock(m_mutex);
  m_principals.insert_or_assign(context, std::string());
}

void CallRegistry::setPrincipal(const grpc::ServerContextBase* context, std::string username) {
  const std::lock_guard lock(m_mutex);
  if (auto it = m_principals.find(context); it != m_principals.end()) {
    it->second = std::move(username);
  }
}

std::string CallRegistry::principal(const grpc::ServerContextBase* context) const {
  const std::lock_guard lock(m_mutex);
  const auto it = m_principals.find(context);
  return it == m_principals.end() ? std::string() : it->second;
}

void CallRegistry::endCall(const grpc::ServerContextBase* context) {
  const std::lock_guard lock(m_mutex);
  m_principals.erase(context);
}

std::size_t CallRegistry::size() const {
  const std::lock_guard lock(m_mutex);
  return m_principals.size();
}

} // namespace simpul::server
