#include "client/qt/paged_list_model.h"

#include "client/qt/client_session.h"

#include <QSet>
#include <cstdint>

namespace simpul::client {

struct PagedListModel::Impl {
  QPointer<ClientSession> session;
  QStringList roles;
  QString keyRole = QStringLiteral("name");
  Fetcher fetcher;

  QList<QVariantMap> rows;
  QHash<QString, int> rowOfKey;

  // The token of the page to ask for next ("" before the first), and of the one that failed.
  QString nextPageToken;
  QString failedPageToken;
  bool loading = false;
  bool complete = false;
  QString error;

  int pageSize = 50;
  QString filter;
  QString orderBy;

  // Bumped by every reset: a reply carrying an older value answers a question nobody asks
  // any more.
  std::uint64_t generation = 0;
};

PagedListModel::PagedListModel(QObject* parent)
    : QAbstractListModel(parent), d(std::make_unique<Impl>()) {}

PagedListModel::~PagedListModel() = default;

void PagedListModel::setSession(ClientSession* session) {
  if (d->session == session) {
    return;
  }
  // Rows from another server or user must not stay on the screen.
  d->session = session;
  reset();
}

ClientSession* PagedListModel::session() const {
  return d->session;
}

void PagedListModel::setRoleNames(const QStringList& roles) {
  beginResetModel();
  d->roles = roles;
  endResetModel();
}

void PagedListModel::setKeyRole(const QString& role) {
  d->keyRole = role;
  d->rowOfKey.clear();
  for (int row = 0; row < d->rows.size(); ++row) {
    const QString key = d->rows.at(row).value(role).toString();
    if (!key.isEmpty()) {
      d->rowOfKey.insert(key, row);
    }
  }
}

void PagedListModel::setFetcher(Fetcher fetcher) {
  d->fetcher = std::move(fetcher);
}

void PagedListModel::reset() {
  ++d->generation;
  const int oldCount = d->rows.size();
  const bool wasLoading = d->loading;
  const bool wasComplete = d->complete;
  const bool hadError = !d->error.isEmpty();
  beginResetModel();
  d->rows.clear();
  d->rowOfKey.clear();
  endResetModel();
  d->nextPageToken.clear();
  d->failedPageToken.clear();
  d->loading = false;
  d->complete = false;
  d->error.clear();
  if (oldCount != 0) {
    emit countChanged();
  }
  if (wasLoading) {
    emit loadingChanged();
  }
  if (wasComplete) {
    emit completeChanged();
  }
  if (hadError) {
    emit errorChanged();
  }
}

void PagedListModel::reload() {
  reset();
  if (d->session && d->fetcher) {
    requestPage(QString());
  }
}

void PagedListModel::retry() {
  if (d->error.isEmpty() || d->loading || !d->session || !d->fetcher) {
    return;
  }
  d->error.clear();
  emit errorChanged();
  requestPage(d->failedPageToken);
}

void PagedListModel::requestPage(const QString& pageToken) {
  PageRequest request;
  request.pageToken = pageToken;
  request.pageSize = d->pageSize;
  request.filter = d->filter;
  request.orderBy = d->orderBy;
  const std::uint64_t generation = d->generation;
  d->loading = true;
  emit loadingChanged();
  d->session->dispatch(this,
                       [this, fetcher = d->fetcher, request,
                        generation](grpc::ClientContext& context,
                                    const std::shared_ptr<grpc::Channel>& channel,
                                    CallStatus& status) -> ClientSession::Delivery {
                         auto page = std::make_shared<Page>();
                         grpc::Status result;
                         try {
                           result = fetcher(context, channel, request, page.get());
                         } catch (const std::exception&) {
                           // A fetcher that cannot read a reply is a bug, but the list must not
                           // stay loading.
                           result = grpc::Status(grpc::StatusCode::INTERNAL, "fetcher failed");
                           *page = Page();
                         }
                         status = callStatus(result, context);
                         // The model is alive whenever this runs: dispatch drops it once `this` is
                         // gone.
                         return [this, generation, pageToken = request.pageToken, status, page] {
                           receivePage(generation, pageToken, status, *page);
                         };
                       });
}

void PagedListModel::receivePage(std::uint64_t generation, const QString& pageToken,
                                 const CallStatus& status, const Page& page) {
  if (generation != d->generation) {
    return;
  }
  d->loading = false;
  if (!status.ok()) {
    d->failedPageToken = pageToken;
    d->error = status.message;
    emit loadingChanged();
    emit errorChanged();
    return;
  }

  // Settled before the rows go in: a view that asks for more as rows arrive (inside
  // endInsertRows) must see this page finished and know the next token.
  d->nextPageToken = page.nextPageToken;
  const bool complete = page.nextPageToken.isEmpty();
  const bool completeFlipped = complete != d->complete;
  d->complete = complete;

  // A row seen again on a later page (it moved while paging) is kept once, where it was
  // first seen, with the newer content.
  QList<QVariantMap> added;
  QHash<QString, int> addedIndex;
  for (const QVariantMap& row : page.rows) {
    const QString key = row.value(d->keyRole).toString();
    if (!key.isEmpty()) {
      if (const auto existing = d->rowOfKey.constFind(key); existing != d->rowOfKey.constEnd()) {
        d->rows[*existing] = row;
        const QModelIndex changed = index(*existing);
        emit dataChanged(changed, changed);
        continue;
      }
      if (const auto pending = addedIndex.constFind(key); pending != addedIndex.constEnd()) {
        added[*pending] = row;
        continue;
      }
      addedIndex.insert(key, static_cast<int>(added.size()));
    }
    added.append(row);
  }
  if (!added.isEmpty()) {
    const int first = static_cast<int>(d->rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
    for (auto it = addedIndex.constBegin(); it != addedIndex.constEnd(); ++it) {
      d->rowOfKey.insert(it.key(), first + it.value());
    }
    d->rows.append(added);
    endInsertRows();
    emit countChanged();
  }
  if (generation != d->generation) {
    return; // a slot reset the model meanwhile
  }
  emit loadingChanged();
  if (completeFlipped) {
    emit completeChanged();
  }
  emit pageLoaded();
}

QVariantMap PagedListModel::get(int row) const {
  if (row < 0 || row >= d->rows.size()) {
    return {};
  }
  return d->rows.at(row);
}

int PagedListModel::indexOfKey(const QString& key) const {
  return d->rowOfKey.value(key, -1);
}

bool PagedListModel::updateRow(const QVariantMap& row) {
  const int at = indexOfKey(row.value(d->keyRole).toString());
  if (at < 0) {
    return false;
  }
  d->rows[at] = row;
  const QModelIndex changed = index(at);
  emit dataChanged(changed, changed);
  return true;
}

int PagedListModel::count() const {
  return static_cast<int>(d->rows.size());
}

bool PagedListModel::loading() const {
  return d->loading;
}

QString PagedListModel::error() const {
  return d->error;
}

bool PagedListModel::complete() const {
  return d->complete;
}

int PagedListModel::pageSize() const {
  return d->pageSize;
}

void PagedListModel::setPageSize(int pageSize) {
  if (pageSize > 0 && pageSize != d->pageSize) {
    d->pageSize = pageSize;
    emit pageSizeChanged();
  }
}

QString PagedListModel::filter() const {
  return d->filter;
}

void PagedListModel::setFilter(const QString& filter) {
  if (filter != d->filter) {
    d->filter = filter;
    emit filterChanged();
    reload();
  }
}

QString PagedListModel::orderBy() const {
  return d->orderBy;
}

void PagedListModel::setOrderBy(const QString& orderBy) {
  if (orderBy != d->orderBy) {
    d->orderBy = orderBy;
    emit orderByChanged();
    reload();
  }
}

int PagedListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(d->rows.size());
}

QVariant PagedListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= d->rows.size() || d->roles.isEmpty()) {
    return {};
  }
  const QVariantMap& row = d->rows.at(index.row());
  if (role == Qt::DisplayRole) {
    return row.value(d->roles.first());
  }
  const int column = role - Qt::UserRole;
  if (column < 0 || column >= d->roles.size()) {
    return {};
  }
  return row.value(d->roles.at(column));
}

QHash<int, QByteArray> PagedListModel::roleNames() const {
  QHash<int, QByteArray> names;
  for (int i = 0; i < d->roles.size(); ++i) {
    names.insert(Qt::UserRole + i, d->roles.at(i).toUtf8());
  }
  return names;
}

bool PagedListModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && d->session && d->fetcher && !d->loading && !d->complete &&
         d->error.isEmpty();
}

void PagedListModel::fetchMore(const QModelIndex& parent) {
  if (canFetchMore(parent)) {
    requestPage(d->nextPageToken);
  }
}

} // namespace simpul::client
