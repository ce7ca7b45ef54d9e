#pragma once

// simpul.pmks.v1.DasawismaService: groups (dasawisma_groups.cpp) and monthly reports with
// their candidates (dasawisma_reports.cpp).

#include "record_store.h"
#include "server/host.h"
#include "simpul/pmks/v1/dasawisma.grpc.pb.h"

namespace simpul::pmks {

class DasawismaServiceImpl final : public v1::DasawismaService::Service {
public:
  explicit DasawismaServiceImpl(server::Host& host);

  grpc::Status CreateGroup(grpc::ServerContext*, const v1::CreateGroupRequest*,
                           v1::DasawismaGroup*) override;
  grpc::Status GetGroup(grpc::ServerContext*, const v1::GetGroupRequest*,
                        v1::DasawismaGroup*) override;
  grpc::Status UpdateGroup(grpc::ServerContext*, const v1::UpdateGroupRequest*,
                           v1::DasawismaGroup*) override;
  grpc::Status DeleteGroup(grpc::ServerContext*, const v1::DeleteGroupRequest*,
                           google::protobuf::Empty*) override;
  grpc::Status ListGroups(grpc::ServerContext*, const v1::ListGroupsRequest*,
                          v1::ListGroupsResponse*) override;

  grpc::Status CreateReport(grpc::ServerContext*, const v1::CreateReportRequest*,
                            v1::DasawismaReport*) override;
  grpc::Status GetReport(grpc::ServerContext*, const v1::GetReportRequest*,
                         v1::DasawismaReport*) override;
  grpc::Status ListReports(grpc::ServerContext*, const v1::ListReportsRequest*,
                           v1::ListReportsResponse*) override;
  grpc::Status AcceptCandidates(grpc::ServerContext*, const v1::AcceptCandidatesRequest*,
                                v1::AcceptCandidatesResponse*) override;
  grpc::Status RejectCandidates(grpc::ServerContext*, const v1::RejectCandidatesRequest*,
                                v1::DasawismaReport*) override;

private:
  server::Host& m_host;
  RecordStore m_store;
};

} // namespace simpul::pmks
