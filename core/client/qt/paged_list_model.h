#pragma once

#include "client/qt/call_status.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <cstdint>
#include <functional>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <memory>

namespace simpul::client {

class ClientSession;

// What a list RPC is asked for (AIP-158 paging plus the list's own filter and order).
struct PageRequest {
  QString pageToken; // "" for the first page
  int pageSize = 50;
  QString filter;  // the list's own filter syntax, passed through
  QString orderBy; // e.g. "display_name desc", passed through
};

// One page as the fetcher returns it: rows as maps (keys become roles) and the token of the
// next page ("" when this was the last).
struct Page {
  QList<QVariantMap> rows;
  QString nextPageToken;
};

// The list model every list of the desktop uses: rows come a page at a time from a list RPC
// (canFetchMore/fetchMore, so a ListView or TableView pulls pages as it scrolls), keyed by
// resource name so a row can be found and replaced after an edit and a row seen twice across
// pages is kept once. Calls run through the session, never on the GUI thread; a reply to a
// request made before reload() (a changed filter) is dropped.
//
//   auto* model = new PagedListModel(parent);
//   model->setSession(session);
//   model->setRoleNames({"name", "displayName", "code"});
//   model->setFetcher([](grpc::ClientContext& ctx, const std::shared_ptr<grpc::Channel>& ch,
//                        const PageRequest& request, Page* page) {
//     v1::ListChildrenRequest rpc; ...; v1::ListChildrenResponse response;
//     grpc::Status status = v1::WilayahService::NewStub(ch)->ListChildren(&ctx, rpc, &response);
//     for (const auto& w : response.wilayah()) page->rows.append({{"name", ...}, ...});
//     page->nextPageToken = QString::fromStdString(response.next_page_token());
//     return status;
//   });
//   model->reload();
class PagedListModel : public QAbstractListModel {
  Q_OBJECT
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  // A page request is in flight.
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  // Why the last page failed (errorText), "" when it did not; retry() asks again.
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  // Every page has arrived.
  Q_PROPERTY(bool complete READ complete NOTIFY completeChanged)
  Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
  // Changing either reloads from the first page.
  Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
  Q_PROPERTY(QString orderBy READ orderBy WRITE setOrderBy NOTIFY orderByChanged)

public:
  using Fetcher = std::function<grpc::Status(
      grpc::ClientContext&, const std::shared_ptr<grpc::Channel>&, const PageRequest&, Page*)>;

  explicit PagedListModel(QObject* parent = nullptr);
  ~PagedListModel() override;

  // A different session drops the rows and any request in flight; reload() fetches again.
  void setSession(ClientSession* session);
  ClientSession* session() const;
  // Row keys exposed as roles, in order (Qt::UserRole + i). The key role must be among them.
  void setRoleNames(const QStringList& roles);
  void setKeyRole(const QString& role); // default "name"
  // Runs on a pool thread.
  void setFetcher(Fetcher fetcher);

  // Drops the rows and fetches the first page.
  Q_INVOKABLE void reload();
  // Asks again for the page that failed.
  Q_INVOKABLE void retry();
  // The row as a map ({} when out of range).
  Q_INVOKABLE QVariantMap get(int row) const;
  // The row of the resource `key`, -1 when not loaded.
  Q_INVOKABLE int indexOfKey(const QString& key) const;
  // Replaces the row with the same key (after an edit); false when it is not loaded.
  Q_INVOKABLE bool updateRow(const QVariantMap& row);

  int count() const;
  bool loading() const;
  QString error() const;
  bool complete() const;
  int pageSize() const;
  void setPageSize(int pageSize);
  QString filter() const;
  void setFilter(const QString& filter);
  QString orderBy() const;
  void setOrderBy(const QString& orderBy);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

signals:
  void countChanged();
  void loadingChanged();
  void errorChanged();
  void completeChanged();
  void pageSizeChanged();
  void filterChanged();
  void orderByChanged();
  // A page arrived (the first one too); for tests and for screens that wait for data.
  void pageLoaded();

private:
  // Drops the rows and forgets every request in flight, without asking for anything.
  void reset();
  void requestPage(const QString& pageToken);
  void receivePage(std::uint64_t generation, const QString& pageToken, const CallStatus& status,
                   const Page& page);

  struct Impl;
  std::unique_ptr<Impl> d;
};

} // namespace simpul::client
