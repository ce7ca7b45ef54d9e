#include "server/host_impl.h"

#include "server/api_error.h"
#include "server/audit/audit_log.h"
#include "server/auth/session_store.h"
#include "server/inbox/inbox_store.h"
#include "server/person/person_facility.h"
#include "server/transport/call_registry.h"
#include "server/wilayah/wilayah_repository.h"
#include "storage/store.h"

#include <cctype>
#include <grpcpp/server_context.h>

namespace simpul::server {

HostImpl::HostImpl(storage::Store& store, std::function<TimePoint()> clock,
                   std::shared_ptr<CallRegistry> registry)
    : m_store(store), m_clock(std::move(clock)), m_registry(std::move(registry)) {}

std::string bearerToken(const grpc::ServerContextBase& context) {
  const auto& metadata = context.client_metadata();
  const auto it = metadata.find("authorization");
  if (it == metadata.end()) {
    return {};
  }
  const std::string_view value(it->second.data(), it->second.size());
  // The scheme name is case-insensitive (RFC 9110 11.1); the token is not.
  constexpr std::string_view scheme = "bearer ";
  if (value.size() <= scheme.size()) {
    return {};
  }
  for (std::size_t i = 0; i < scheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(value[i])) != scheme[i]) {
      return {};
    }
  }
  return std::string(value.substr(scheme.size()));
}

Principal HostImpl::authenticate(const grpc::ServerContextBase& context) {
  const std::string token = bearerToken(context);
  if (token.empty()) {
    throw ApiError::unauthenticated(
        "Belum masuk: kirim token dari Login sebagai \"authorization: Bearer <token>\"",
        "Not signed in: send the token from Login as \"authorization: Bearer <token>\"");
  }
  const TimePoint now = m_clock();
  std::optional<Principal> principal =
      m_store.read([&](storage::Database& db) { return principalForToken(db, token, now); });
  if (!principal) {
    throw ApiError::unauthenticated("Sesi tidak berlaku (kedaluwarsa atau sudah keluar); "
                                    "silakan masuk lagi",
                                    "The session is not valid (expired or signed out); sign in "
                                    "again");
  }
  if (m_registry) {
    m_registry->setPrincipal(&context, principal->username);
  }
  return std::move(*principal);
}

void HostImpl::audit(storage::Database& tx, const Principal& actor, const AuditRecord& record) {
  appendAudit(tx, actor.username, record, m_clock());
}

void HostImpl::postInbox(storage::Database& tx, const InboxPost& item) {
  server::postInbox(tx, item, m_clock());
}

void HostImpl::closeInbox(storage::Database& tx, std::string_view module, std::string_view kind,
                          std::string_view resource) {
  server::closeInbox(tx, module, kind, resource, m_clock());
}

std::optional<WilayahRow> HostImpl::findWilayah(storage::Database& db, std::string_view code) {
  return server::findWilayah(db, code);
}

WilayahRow HostImpl::requireWilayah(storage::Database& db, std::string_view code,
                                    std::string_view field, std::optional<int> requiredLevel) {
  return server::requireWilayah(db, code, field, requiredLevel);
}

PersonFacts HostImpl::ensurePerson(storage::Database& tx, const Principal& actor,
                                   const PersonInput& person, std::string_view method) {
  return ensureRegistryPerson(*this, tx, actor, person, method);
}

std::optional<PersonFacts> HostImpl::findPersonById(storage::Database& db, std::int64_t id) {
  return findRegistryPerson(db, id);
}

void HostImpl::addAttachmentAccess(AttachmentAccess check) {
  m_attachmentAccess.push_back(std::move(check));
}

bool HostImpl::attachmentReferencedFor(storage::Database& db, const Principal& who,
                                       std::string_view sha256) {
  for (const AttachmentAccess& check : m_attachmentAccess) {
    if (check(db, who, sha256)) {
      return true;
    }
  }
  return false;
}

void HostImpl::clearAttachmentAccess() {
  m_attachmentAccess.clear();
}

} // namespace simpul::server
