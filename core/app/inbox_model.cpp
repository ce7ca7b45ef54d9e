#include "app/inbox_model.h"

#include "client/qt/client_session.h"
#include "client/qt/paged_list_model.h"
#include "simpul/core/v1/inbox.grpc.pb.h"

#include <QDateTime>

namespace simpul::app {

namespace v1 = simpul::core::v1;

namespace {

constexpr int kCountPageSize = 500;

QString isoTime(const google::protobuf::Timestamp& time, bool set) {
  if (!set) {
    return {};
  }
  const qint64 ms = time.seconds() * 1000 + time.nanos() / 1000000;
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

client::PagedListModel* makeInboxModel(client::ClientSession* session,
                                       std::shared_ptr<InboxShared> shared, QObject* parent) {
  auto* model = new client::PagedListModel(parent);
  model->setSession(session);
  model->setRoleNames({QStringLiteral("name"), QStringLiteral("module"), QStringLiteral("kind"),
                       QStringLiteral("title"), QStringLiteral("resource"),
                       QStringLiteral("wilayahCode"), QStringLiteral("createTime"),
                       QStringLiteral("dueTime")});
  model->setFetcher([shared](grpc::ClientContext& context,
                             const std::shared_ptr<grpc::Channel>& channel,
                             const client::PageRequest& request, client::Page* page) {
    if (!shared->signedIn.load() || !channel) {
      return grpc::Status::OK;
    }
    v1::ListInboxItemsRequest rpc;
    rpc.set_page_size(request.pageSize);
    rpc.set_page_token(request.pageToken.toStdString());
    v1::ListInboxItemsResponse response;
    const grpc::Status status =
        v1::InboxService::NewStub(channel)->ListInboxItems(&context, rpc, &response);
    const bool english = shared->english.load();
    for (const v1::InboxItem& item : response.items()) {
      page->rows.append(
          {{QStringLiteral("name"), QString::fromStdString(item.name())},
           {QStringLiteral("module"), QString::fromStdString(item.module())},
           {QStringLiteral("kind"), QString::fromStdString(item.kind())},
           {QStringLiteral("title"),
            QString::fromStdString(english && !item.title_en().empty() ? item.title_en()
                                                                       : item.title_id())},
           {QStringLiteral("resource"), QString::fromStdString(item.resource())},
           {QStringLiteral("wilayahCode"), QString::fromStdString(item.wilayah_code())},
           {QStringLiteral("createTime"), isoTime(item.create_time(), item.has_create_time())},
           {QStringLiteral("dueTime"), isoTime(item.due_time(), item.has_due_time())}});
    }
    page->nextPageToken = QString::fromStdString(response.next_page_token());
    return status;
  });
  return model;
}

void countInboxItems(client::ClientSession* session, const QObject* receiver,
                     std::function<void(int count)> done) {
  session->dispatch(receiver,
                    [session, done = std::move(done)](
                        grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                        client::CallStatus& status) -> client::ClientSession::Delivery {
                      auto stub = v1::InboxService::NewStub(channel);
                      v1::ListInboxItemsRequest request;
                      request.set_page_size(kCountPageSize);
                      v1::ListInboxItemsResponse response;
                      grpc::Status result = stub->ListInboxItems(&context, request, &response);
                      int count = response.items_size();
                      // A context serves one call: later pages get their own, with the same token.
                      while (result.ok() && !response.next_page_token().empty()) {
                        request.set_page_token(response.next_page_token());
                        response.Clear();
                        const auto next =
                            session->newContext(client::ClientSession::kDefaultDeadline);
                        result = stub->ListInboxItems(next.get(), request, &response);
                        count += response.items_size();
                        if (!result.ok()) {
                          status = client::callStatus(result, *next);
                        }
                      }
                      if (status.ok()) {
                        status = client::callStatus(result, context);
                      }
                      const int total = result.ok() ? count : -1;
                      return [done, total] {
                        done(total);
                      };
                    });
}

} // namespace simpul::app
