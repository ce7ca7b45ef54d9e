// DasawismaReportListModel: ListReports of one group a page at a time.

#include "dasawisma_report_list_model.h"

#include "dasawisma_fields.h"
#include "simpul/pmks/v1/dasawisma.grpc.pb.h"

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::Page;
using simpul::client::PageRequest;

namespace {

simpul::client::PagedListModel::Fetcher makeFetcher(const std::string& group) {
  return [group](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                 const PageRequest& request, Page* page) {
    v1::ListReportsRequest rpc;
    rpc.set_group(group);
    rpc.set_page_size(request.pageSize);
    rpc.set_page_token(request.pageToken.toStdString());
    v1::ListReportsResponse response;
    const grpc::Status status =
        v1::DasawismaService::NewStub(channel)->ListReports(&context, rpc, &response);
    if (!status.ok()) {
      return status;
    }
    page->rows.clear();
    for (const v1::DasawismaReport& report : response.reports()) {
      page->rows.append(reportRow(report));
    }
    page->nextPageToken = QString::fromStdString(response.next_page_token());
    return grpc::Status::OK;
  };
}

} // namespace

DasawismaReportListModel::DasawismaReportListModel(QObject* parent) : SessionListModel(parent) {
  setRoleNames(reportRoleNames());
  setKeyRole(QStringLiteral("name"));
}

DasawismaReportListModel::~DasawismaReportListModel() = default;

simpul::client::PagedListModel::Fetcher DasawismaReportListModel::liveFetcher() const {
  // An empty group would list every report in the scope: never that here.
  return m_group.isEmpty() ? emptyFetcher() : makeFetcher(m_group.toStdString());
}

} // namespace simpul::pmks::ui
