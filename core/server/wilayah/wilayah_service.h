#pragma once

#include "simpul/core/v1/wilayah_service.grpc.pb.h"

namespace simpul::server {

class Host;

// The official region list over gRPC. Reference data: any authenticated caller may read all
// of it (scope limits the records that point at a wilayah, not the list itself).
class WilayahServiceImpl final : public simpul::core::v1::WilayahService::Service {
public:
  explicit WilayahServiceImpl(Host& host);

  grpc::Status GetWilayah(grpc::ServerContext* context,
                          const simpul::core::v1::GetWilayahRequest* request,
                          simpul::core::v1::Wilayah* response) override;
  grpc::Status ListChildren(grpc::ServerContext* context,
                            const simpul::core::v1::ListChildrenRequest* request,
                            simpul::core::v1::ListChildrenResponse* response) override;
  grpc::Status SearchWilayah(grpc::ServerContext* context,
                             const simpul::core::v1::SearchWilayahRequest* request,
                             simpul::core::v1::SearchWilayahResponse* response) override;

private:
  Host& m_host;
};

} // namespace simpul::server
