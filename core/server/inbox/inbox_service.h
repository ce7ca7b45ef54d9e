#pragma once

#include "server/host.h"
#include "simpul/core/v1/inbox.grpc.pb.h"

namespace simpul::server {

// simpul.core.v1.InboxService: the open items the caller may act on.
class InboxServiceImpl final : public simpul::core::v1::InboxService::Service {
public:
  explicit InboxServiceImpl(Host& host);

  grpc::Status ListInboxItems(grpc::ServerContext* context,
                              const simpul::core::v1::ListInboxItemsRequest* request,
                              simpul::core::v1::ListInboxItemsResponse* response) override;

private:
  Host& m_host;
};

} // namespace simpul::server
