#pragma once

#include "server/host.h"
#include "simpul/core/v1/audit.grpc.pb.h"

namespace simpul::server {

// simpul.core.v1.AuditService: reading the audit log within the caller's scope and checking
// the hash chain.
class AuditServiceImpl final : public simpul::core::v1::AuditService::Service {
public:
  explicit AuditServiceImpl(Host& host);

  grpc::Status ListAuditEntries(grpc::ServerContext* context,
                                const simpul::core::v1::ListAuditEntriesRequest* request,
                                simpul::core::v1::ListAuditEntriesResponse* response) override;
  grpc::Status VerifyAuditChain(grpc::ServerContext* context,
                                const simpul::core::v1::VerifyAuditChainRequest* request,
                                simpul::core::v1::VerifyAuditChainResponse* response) override;

private:
  Host& m_host;
};

} // namespace simpul::server
