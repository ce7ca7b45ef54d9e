#pragma once

#include "server/host.h"
#include "simpul/core/v1/backup.grpc.pb.h"

namespace simpul::server {

// simpul.core.v1.BackupService: an online backup of the whole database, streamed to the
// caller. The copy holds every wilayah's personal data, so it needs core.backup.create
// everywhere.
class BackupServiceImpl final : public simpul::core::v1::BackupService::Service {
public:
  explicit BackupServiceImpl(Host& host);

  grpc::Status
  CreateBackup(grpc::ServerContext* context, const simpul::core::v1::CreateBackupRequest* request,
               grpc::ServerWriter<simpul::core::v1::CreateBackupResponse>* writer) override;

private:
  Host& m_host;
};

} // namespace simpul::server
