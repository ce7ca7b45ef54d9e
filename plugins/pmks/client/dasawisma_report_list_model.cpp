// DasawismaReportListModel: ListReports of one group a page at a time.

#include "dasawisma_report_list_model.h"

#include "client/qt/client_session.h"
#include "dasawisma_fields.h"
#include "session_registry.h"
#include "simpul/pmks/v1/dasawisma.grpc.pb.h"

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::Page;
using simpul::client::PageRequest;

namespace {

simpul::client::PagedListModel::Fetcher makeFetcher(const std::string& group, bool live) {
  if (!live) {
    return [](grpc::ClientContext&, const std::shared_ptr<grpc::Channel>&, const PageRequest&,
              Page* page) {
      page->rows.clear();
      page->nextPageToken.clear();
      return grpc::Status::OK;
    };
  }
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

DasawismaReportListModel::DasawismaReportListModel(QObject* parent)
    : simpul::client::PagedListModel(parent) {
  setRoleNames(reportRoleNames());
  setKeyRole(QStringLiteral("name"));
  setFetcher(makeFetcher({}, false));
}

DasawismaReportListModel::~DasawismaReportListModel() = default;

void DasawismaReportListModel::attach(simpul::client::ClientSession* session) {
  if (session == this->session() && m_signedInConnection) {
    return;
  }
  QObject::disconnect(m_signedInConnection);
  setSession(session);
  if (session != nullptr) {
    m_signedInConnection = connect(session, &simpul::client::ClientSession::signedInChanged, this,
                                   &DasawismaReportListModel::refresh);
  }
  refresh();
}

void DasawismaReportListModel::setGroup(const QString& group) {
  if (group == m_group) {
    return;
  }
  m_group = group;
  emit filtersChanged();
  refresh();
}

void DasawismaReportListModel::setActive(bool active) {
  if (active == m_active) {
    return;
  }
  m_active = active;
  emit filtersChanged();
  refresh();
}

void DasawismaReportListModel::classBegin() {
  m_complete = false;
}

void DasawismaReportListModel::componentComplete() {
  m_complete = true;
  attach(simpul::components::sessionFor(this));
}

void DasawismaReportListModel::refresh() {
  if (!m_complete) {
    return;
  }
  const simpul::client::ClientSession* s = session();
  // An empty group would list every report in the scope: never that here.
  const bool live = m_active && !m_group.isEmpty() && s != nullptr && s->signedIn();
  setFetcher(makeFetcher(m_group.toStdString(), live));
  reload();
}

} // namespace simpul::pmks::ui
