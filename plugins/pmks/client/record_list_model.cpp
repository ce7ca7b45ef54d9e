#include "record_list_model.h"

#include "client/qt/client_session.h"
#include "record_rows.h"
#include "session_registry.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::Page;
using simpul::client::PageRequest;

namespace {

struct Filters {
  std::string wilayahCode;
  int pmksType = 0;
  int status = 0;
  std::string period;
};

simpul::client::PagedListModel::Fetcher makeFetcher(const Filters& filters, bool live) {
  if (!live) {
    return [](grpc::ClientContext&, const std::shared_ptr<grpc::Channel>&, const PageRequest&,
              Page* page) {
      page->rows.clear();
      page->nextPageToken.clear();
      return grpc::Status::OK;
    };
  }
  return [filters](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                   const PageRequest& request, Page* page) {
    v1::ListRecordsRequest rpc;
    v1::RecordFilter* filter = rpc.mutable_filter();
    filter->set_wilayah_code(filters.wilayahCode);
    filter->set_pmks_type(filters.pmksType);
    filter->set_status(static_cast<v1::RecordStatus>(filters.status));
    filter->set_period(filters.period);
    filter->set_query(request.filter.trimmed().toStdString());
    rpc.set_page_size(request.pageSize);
    rpc.set_page_token(request.pageToken.toStdString());
    v1::ListRecordsResponse response;
    const grpc::Status status =
        v1::PmksService::NewStub(channel)->ListRecords(&context, rpc, &response);
    if (!status.ok()) {
      return status;
    }
    page->rows.clear();
    for (const v1::Record& record : response.records()) {
      page->rows.append(recordRow(record));
    }
    page->nextPageToken = QString::fromStdString(response.next_page_token());
    return grpc::Status::OK;
  };
}

} // namespace

RecordListModel::RecordListModel(QObject* parent) : simpul::client::PagedListModel(parent) {
  setRoleNames(recordRoleNames());
  setKeyRole(QStringLiteral("name"));
  setFetcher(makeFetcher({}, false));
}

RecordListModel::~RecordListModel() = default;

void RecordListModel::attach(simpul::client::ClientSession* session) {
  if (session == this->session() && m_signedInConnection) {
    return;
  }
  QObject::disconnect(m_signedInConnection);
  setSession(session);
  if (session != nullptr) {
    m_signedInConnection = connect(session, &simpul::client::ClientSession::signedInChanged, this,
                                   &RecordListModel::refresh);
  }
  refresh();
}

void RecordListModel::setWilayahCode(const QString& code) {
  if (code == m_wilayahCode) {
    return;
  }
  m_wilayahCode = code;
  emit filtersChanged();
  refresh();
}

void RecordListModel::setPmksType(int type) {
  if (type == m_pmksType) {
    return;
  }
  m_pmksType = type;
  emit filtersChanged();
  refresh();
}

void RecordListModel::setStatus(int status) {
  if (status == m_status) {
    return;
  }
  m_status = status;
  emit filtersChanged();
  refresh();
}

void RecordListModel::setPeriod(const QString& period) {
  if (period == m_period) {
    return;
  }
  m_period = period;
  emit filtersChanged();
  refresh();
}

void RecordListModel::setActive(bool active) {
  if (active == m_active) {
    return;
  }
  m_active = active;
  emit filtersChanged();
  refresh();
}

QStringList RecordListModel::names() const {
  QStringList result;
  for (int row = 0; row < count(); ++row) {
    result << get(row).value(QStringLiteral("name")).toString();
  }
  return result;
}

void RecordListModel::classBegin() {
  m_complete = false;
}

void RecordListModel::componentComplete() {
  m_complete = true;
  attach(simpul::components::sessionFor(this));
}

void RecordListModel::refresh() {
  if (!m_complete) {
    return;
  }
  const simpul::client::ClientSession* s = session();
  const bool live = m_active && s != nullptr && s->signedIn();
  Filters filters{m_wilayahCode.toStdString(), m_pmksType, m_status, m_period.toStdString()};
  setFetcher(makeFetcher(filters, live));
  reload();
}

} // namespace simpul::pmks::ui
