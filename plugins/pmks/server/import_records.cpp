#include "import_records.h"

namespace simpul::pmks {

// Placeholder until the importer lands (issue 5, part B).
grpc::Status importRecords(server::Host&, RecordStore&, grpc::ServerContext*,
                           grpc::ServerReader<v1::ImportRecordsRequest>*,
                           v1::ImportRecordsResponse*) {
  return {grpc::StatusCode::UNIMPLEMENTED, "ImportRecords is not implemented yet"};
}

} // namespace simpul::pmks
