#include "record_list_model.h"

#include "record_rows.h"
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

simpul::client::PagedListModel::Fetcher makeFetcher(const Filters& filters) {
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

RecordListModel::RecordListModel(QObject* parent) : SessionListModel(parent) {
  setRoleNames(recordRoleNames());
  setKeyRole(QStringLiteral("name"));
}

RecordListModel::~RecordListModel() = default;

QStringList RecordListModel::names() const {
  QStringList result;
  for (int row = 0; row < count(); ++row) {
    result << get(row).value(QStringLiteral("name")).toString();
  }
  return result;
}

simpul::client::PagedListModel::Fetcher RecordListModel::liveFetcher() const {
  return makeFetcher({m_wilayahCode.toStdString(), m_pmksType, m_status, m_period.toStdString()});
}

} // namespace simpul::pmks::ui
