// DasawismaGroupListModel: ListGroups a page at a time, each group with its report count.

#include "dasawisma_group_list_model.h"

#include "client/qt/client_session.h"
#include "dasawisma_fields.h"
#include "simpul/pmks/v1/dasawisma.grpc.pb.h"

#include <chrono>

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::Page;
using simpul::client::PageRequest;

namespace {

// The largest page ListReports gives: a group's reports fit in one page for decades.
constexpr int kReportPage = 500;

// How many reports `group` has, with calls of their own (a context serves one call only),
// carrying the session's token and `deadline`.
grpc::Status countReports(v1::DasawismaService::Stub& stub, const std::string& token,
                          std::chrono::system_clock::time_point deadline, const std::string& group,
                          int* count) {
  *count = 0;
  std::string pageToken;
  do {
    grpc::ClientContext context;
    if (!token.empty()) {
      context.AddMetadata("authorization", "Bearer " + token);
    }
    context.set_deadline(deadline);
    v1::ListReportsRequest request;
    request.set_group(group);
    request.set_page_size(kReportPage);
    request.set_page_token(pageToken);
    v1::ListReportsResponse response;
    const grpc::Status status = stub.ListReports(&context, request, &response);
    if (!status.ok()) {
      return status;
    }
    *count += response.reports_size();
    pageToken = response.next_page_token();
  } while (!pageToken.empty());
  return grpc::Status::OK;
}

simpul::client::PagedListModel::Fetcher makeFetcher(const std::string& wilayahCode,
                                                    const std::string& token) {
  return [wilayahCode, token](grpc::ClientContext& context,
                              const std::shared_ptr<grpc::Channel>& channel,
                              const PageRequest& request, Page* page) {
    v1::ListGroupsRequest rpc;
    rpc.set_wilayah_code(wilayahCode);
    rpc.set_page_size(request.pageSize);
    rpc.set_page_token(request.pageToken.toStdString());
    v1::ListGroupsResponse response;
    auto stub = v1::DasawismaService::NewStub(channel);
    const grpc::Status status = stub->ListGroups(&context, rpc, &response);
    if (!status.ok()) {
      return status;
    }
    page->rows.clear();
    for (const v1::DasawismaGroup& group : response.groups()) {
      int reports = 0;
      const grpc::Status counted =
          countReports(*stub, token, context.deadline(), group.name(), &reports);
      if (!counted.ok()) {
        return counted;
      }
      page->rows.append(groupRow(group, reports));
    }
    page->nextPageToken = QString::fromStdString(response.next_page_token());
    return grpc::Status::OK;
  };
}

} // namespace

DasawismaGroupListModel::DasawismaGroupListModel(QObject* parent) : SessionListModel(parent) {
  setRoleNames(groupRoleNames());
  setKeyRole(QStringLiteral("name"));
}

DasawismaGroupListModel::~DasawismaGroupListModel() = default;

simpul::client::PagedListModel::Fetcher DasawismaGroupListModel::liveFetcher() const {
  return makeFetcher(m_wilayahCode.toStdString(), session()->token());
}

} // namespace simpul::pmks::ui
