#pragma once

// PmksService.ImportRecords: the body of the client-streaming call, called by the service
// (record_service.cpp) and implemented in import_records.cpp.

#include "server/host.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <grpcpp/server_context.h>
#include <grpcpp/support/sync_stream.h>

namespace simpul::pmks {

class RecordStore;

grpc::Status importRecords(server::Host& host, RecordStore& store, grpc::ServerContext* context,
                           grpc::ServerReader<v1::ImportRecordsRequest>* reader,
                           v1::ImportRecordsResponse* response);

} // namespace simpul::pmks
