#pragma once

// simpul.pmks.v1.PmksService. Handlers are split by subject: records (record_service.cpp),
// the workflow (record_service_workflow.cpp), the recap (recap_service.cpp).

#include "record_store.h"
#include "server/host.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

namespace simpul::pmks {

class PmksServiceImpl final : public v1::PmksService::Service {
public:
  explicit PmksServiceImpl(server::Host& host);

  grpc::Status CreateRecord(grpc::ServerContext*, const v1::CreateRecordRequest*,
                            v1::Record*) override;
  grpc::Status GetRecord(grpc::ServerContext*, const v1::GetRecordRequest*, v1::Record*) override;
  grpc::Status UpdateRecord(grpc::ServerContext*, const v1::UpdateRecordRequest*,
                            v1::Record*) override;
  grpc::Status ListRecords(grpc::ServerContext*, const v1::ListRecordsRequest*,
                           v1::ListRecordsResponse*) override;
  grpc::Status SubmitRecord(grpc::ServerContext*, const v1::TransitionRequest*,
                            v1::Record*) override;
  grpc::Status VerifyRecord(grpc::ServerContext*, const v1::TransitionRequest*,
                            v1::Record*) override;
  grpc::Status ValidateRecord(grpc::ServerContext*, const v1::TransitionRequest*,
                              v1::Record*) override;
  grpc::Status ReturnRecord(grpc::ServerContext*, const v1::TransitionRequest*,
                            v1::Record*) override;
  grpc::Status BatchTransition(grpc::ServerContext*, const v1::BatchTransitionRequest*,
                               v1::BatchTransitionResponse*) override;
  grpc::Status ImportRecords(grpc::ServerContext*, grpc::ServerReader<v1::ImportRecordsRequest>*,
                             v1::ImportRecordsResponse*) override;
  grpc::Status GetRecap(grpc::ServerContext*, const v1::GetRecapRequest*,
                        v1::GetRecapResponse*) override;

private:
  grpc::Status transitionOne(grpc::ServerContext* ctx, const v1::TransitionRequest* request,
                             v1::TransitionAction action, const char* method, v1::Record* out);

  server::Host& m_host;
  RecordStore m_store;
};

// The record ids matching a filter within what `who` sees, newest first, after `afterId`
// (0: from the newest), at most `limit` (ListRecords and BatchTransition).
std::vector<std::int64_t> selectRecordIds(server::Host& host, storage::Database& db,
                                          const server::Principal& who,
                                          const v1::RecordFilter& filter, std::int64_t afterId,
                                          int limit);

} // namespace simpul::pmks
