#pragma once

#include "server/host.h"
#include "server/time_util.h"

#include <functional>
#include <memory>
#include <vector>

namespace simpul::server {

class CallRegistry;

// The Host every service is given: the store, the clock, token authentication (which also
// names the principal in the request log), the audit chain, the inbox and wilayah checks.
class HostImpl final : public Host {
public:
  HostImpl(storage::Store& store, std::function<TimePoint()> clock,
           std::shared_ptr<CallRegistry> registry);

  storage::Store& store() override { return m_store; }
  TimePoint now() const override { return m_clock(); }
  Principal authenticate(const grpc::ServerContextBase& context) override;
  void audit(storage::Database& tx, const Principal& actor, const AuditRecord& record) override;
  void postInbox(storage::Database& tx, const InboxPost& item) override;
  void closeInbox(storage::Database& tx, std::string_view module, std::string_view kind,
                  std::string_view resource) override;
  std::optional<WilayahRow> findWilayah(storage::Database& db, std::string_view code) override;
  WilayahRow requireWilayah(storage::Database& db, std::string_view code, std::string_view field,
                            std::optional<int> requiredLevel) override;
  PersonFacts ensurePerson(storage::Database& tx, const Principal& actor, const PersonInput& person,
                           std::string_view method) override;
  std::optional<PersonFacts> findPersonById(storage::Database& db, std::int64_t id) override;
  void addAttachmentAccess(AttachmentAccess check) override;
  bool attachmentReferencedFor(storage::Database& db, const Principal& who,
                               std::string_view sha256) override;
  // Drops the plugins' checks: their code goes away when the plugins shut down.
  void clearAttachmentAccess();

private:
  storage::Store& m_store;
  std::function<TimePoint()> m_clock;
  std::shared_ptr<CallRegistry> m_registry;
  // Added while services are registered, before the server serves; read-only afterwards.
  std::vector<AttachmentAccess> m_attachmentAccess;
};

// The token of "authorization: Bearer <token>", or "" when the metadata is missing or has
// another scheme.
std::string bearerToken(const grpc::ServerContextBase& context);

} // namespace simpul::server
