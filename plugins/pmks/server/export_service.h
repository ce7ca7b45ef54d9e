#pragma once

// simpul.pmks.v1.PmksExportService: the records of a filter streamed out for a spreadsheet
// (simpulctl pmks export records). Reads through the same visibility as ListRecords, narrowed
// to where the caller holds pmks.record.export.

#include "server/host.h"
#include "simpul/pmks/v1/export.grpc.pb.h"

namespace simpul::pmks {

class PmksExportServiceImpl final : public simpul::pmks::v1::PmksExportService::Service {
public:
  explicit PmksExportServiceImpl(server::Host& host) : m_host(host) {}

  grpc::Status ExportRecords(grpc::ServerContext* ctx,
                             const simpul::pmks::v1::ExportRecordsRequest* request,
                             grpc::ServerWriter<simpul::pmks::v1::Record>* writer) override;

private:
  server::Host& m_host;
};

} // namespace simpul::pmks
