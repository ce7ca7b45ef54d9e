// DasawismaGroupListModel: ListGroups a page at a time (each group with its report count).

#include "dasawisma_group_list_model.h"

#include "dasawisma_fields.h"
#include "simpul/pmks/v1/dasawisma.grpc.pb.h"

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::Page;
using simpul::client::PageRequest;

namespace {

simpul::client::PagedListModel::Fetcher makeFetcher(const std::string& wilayahCode) {
  return [wilayahCode](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                       const PageRequest& request, Page* page) {
    v1::ListGroupsRequest rpc;
    rpc.set_wilayah_code(wilayahCode);
    rpc.set_page_size(request.pageSize);
    rpc.set_page_token(request.pageToken.toStdString());
    v1::ListGroupsResponse response;
    const grpc::Status status =
        v1::DasawismaService::NewStub(channel)->ListGroups(&context, rpc, &response);
    if (!status.ok()) {
      return status;
    }
    page->rows.clear();
    for (const v1::DasawismaGroup& group : response.groups()) {
      page->rows.append(groupRow(group));
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
  return makeFetcher(m_wilayahCode.toStdString());
}

} // namespace simpul::pmks::ui
