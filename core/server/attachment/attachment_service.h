#pragma once

#include "server/host.h"
#include "simpul/core/v1/attachment.grpc.pb.h"

#include <cstdint>

namespace simpul::server {

// simpul.core.v1.AttachmentService: content-addressed files (SHA-256) kept in the database in
// 1 MiB chunks, so a backup holds them too.
class AttachmentServiceImpl final : public simpul::core::v1::AttachmentService::Service {
public:
  // maxBytes: the largest attachment accepted (the server's --max-attachment-bytes).
  AttachmentServiceImpl(Host& host, std::int64_t maxBytes);

  grpc::Status
  UploadAttachment(grpc::ServerContext* context,
                   grpc::ServerReader<simpul::core::v1::UploadAttachmentRequest>* reader,
                   simpul::core::v1::Attachment* response) override;
  grpc::Status DownloadAttachment(
      grpc::ServerContext* context, const simpul::core::v1::DownloadAttachmentRequest* request,
      grpc::ServerWriter<simpul::core::v1::DownloadAttachmentResponse>* writer) override;

private:
  Host& m_host;
  std::int64_t m_maxBytes;
};

} // namespace simpul::server
