#include "wilayah_search_model.h"

#include "client/qt/client_session.h"
#include "session_registry.h"
#include "simpul/core/v1/wilayah_service.grpc.pb.h"
#include "wilayah_rows.h"

#include <QSet>
#include <algorithm>
#include <memory>
#include <vector>

namespace simpul::components {

namespace v1 = simpul::core::v1;

namespace {

constexpr int kMinQueryChars = 2;
constexpr int kMaxPageSize = 200; // SearchWilayah's maximum

// What the replies of one search collect until the last one is in.
struct Pending {
  std::vector<QList<QVariantMap>> perScope;
  int outstanding = 0;
  QString error;
};

} // namespace

WilayahSearchModel::WilayahSearchModel(QObject* parent) : QAbstractListModel(parent) {
  m_timer.setSingleShot(true);
  connect(&m_timer, &QTimer::timeout, this, &WilayahSearchModel::search);
}

WilayahSearchModel::~WilayahSearchModel() = default;

void WilayahSearchModel::setQuery(const QString& query) {
  if (query == m_query) {
    return;
  }
  m_query = query;
  emit queryChanged();
  schedule();
}

void WilayahSearchModel::setWithinCodes(const QStringList& codes) {
  if (codes == m_withinCodes) {
    return;
  }
  m_withinCodes = codes;
  emit withinCodesChanged();
  schedule();
}

void WilayahSearchModel::setMinLevel(int level) {
  level = std::clamp(level, 1, 4);
  if (level == m_minLevel) {
    return;
  }
  m_minLevel = level;
  emit levelsChanged();
  schedule();
}

void WilayahSearchModel::setMaxLevel(int level) {
  level = std::clamp(level, 1, 4);
  if (level == m_maxLevel) {
    return;
  }
  m_maxLevel = level;
  emit levelsChanged();
  schedule();
}

void WilayahSearchModel::setLimit(int limit) {
  limit = std::clamp(limit, 1, kMaxPageSize);
  if (limit == m_limit) {
    return;
  }
  m_limit = limit;
  emit limitChanged();
  schedule();
}

void WilayahSearchModel::setDelay(int ms) {
  ms = std::max(0, ms);
  if (ms == m_delay) {
    return;
  }
  m_delay = ms;
  emit delayChanged();
}

void WilayahSearchModel::classBegin() {
  m_complete = false;
}

void WilayahSearchModel::componentComplete() {
  m_complete = true;
  schedule();
}

void WilayahSearchModel::schedule() {
  if (!m_complete) {
    return;
  }
  // A new question makes every answer in flight stale at once, even before the delay ends.
  ++m_generation;
  if (m_query.trimmed().size() < kMinQueryChars) {
    m_timer.stop();
    setRows({});
    setError(QString());
    setLoading(false);
    return;
  }
  setLoading(true);
  m_timer.start(m_delay);
}

void WilayahSearchModel::search() {
  m_timer.stop();
  const quint64 generation = ++m_generation;
  const QString query = m_query.trimmed();
  client::ClientSession* session = sessionFor(this);
  if (query.size() < kMinQueryChars || session == nullptr || !session->signedIn()) {
    setRows({});
    setLoading(false);
    emit finished();
    return;
  }

  QStringList scopes = m_withinCodes;
  if (scopes.isEmpty() || scopes.contains(QString())) {
    scopes = QStringList{QString()};
  }
  scopes.removeDuplicates();
  // One level asked of the server when only one is wanted; otherwise filtered here, so ask
  // for more rows than shown.
  const bool oneLevel = m_minLevel == m_maxLevel;
  const int pageSize = oneLevel || (m_minLevel == 1 && m_maxLevel == 4)
                           ? m_limit
                           : std::min(kMaxPageSize, m_limit * 4);

  auto pending = std::make_shared<Pending>();
  pending->perScope.resize(static_cast<std::size_t>(scopes.size()));
  pending->outstanding = static_cast<int>(scopes.size());
  setError(QString());
  setLoading(true);

  for (qsizetype i = 0; i < scopes.size(); ++i) {
    v1::SearchWilayahRequest request;
    request.set_name_prefix(query.toStdString());
    request.set_within_code(scopes.at(i).toStdString());
    request.set_level(oneLevel ? static_cast<v1::WilayahLevel>(m_minLevel)
                               : v1::WILAYAH_LEVEL_UNSPECIFIED);
    request.set_page_size(pageSize);
    const int minLevel = m_minLevel;
    const int maxLevel = m_maxLevel;
    const int limit = m_limit;
    session->call<v1::SearchWilayahResponse>(
        this,
        [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                  v1::SearchWilayahResponse* response) {
          return v1::WilayahService::NewStub(channel)->SearchWilayah(&context, request, response);
        },
        [this, pending, generation, i, minLevel, maxLevel,
         limit](const client::CallStatus& status, const v1::SearchWilayahResponse& response) {
          if (generation != m_generation) {
            return; // a newer query is under way
          }
          if (!status.ok() && pending->error.isEmpty()) {
            pending->error = status.message;
          }
          auto& rows = pending->perScope[static_cast<std::size_t>(i)];
          for (const v1::Wilayah& wilayah : response.wilayah()) {
            const int level = static_cast<int>(wilayah.level());
            if (level >= minLevel && level <= maxLevel && rows.size() < limit) {
              rows.append(wilayahRow(wilayah));
            }
          }
          if (--pending->outstanding > 0) {
            return;
          }
          QList<QVariantMap> merged;
          QSet<QString> seen;
          for (const auto& scopeRows : pending->perScope) {
            for (const QVariantMap& row : scopeRows) {
              const QString code = row.value(QStringLiteral("code")).toString();
              if (!seen.contains(code)) {
                seen.insert(code);
                merged.append(row);
              }
            }
          }
          setRows(std::move(merged));
          setError(pending->error);
          setLoading(false);
          emit finished();
        });
  }
}

QVariantMap WilayahSearchModel::get(int row) const {
  return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

int WilayahSearchModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant WilayahSearchModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= m_rows.size()) {
    return {};
  }
  const int column = role - Qt::UserRole;
  const QStringList& roles = wilayahRoleNames();
  if (role == Qt::DisplayRole) {
    return m_rows.at(index.row()).value(QStringLiteral("displayName"));
  }
  if (column < 0 || column >= roles.size()) {
    return {};
  }
  return m_rows.at(index.row()).value(roles.at(column));
}

QHash<int, QByteArray> WilayahSearchModel::roleNames() const {
  QHash<int, QByteArray> names;
  const QStringList& roles = wilayahRoleNames();
  for (qsizetype i = 0; i < roles.size(); ++i) {
    names.insert(Qt::UserRole + static_cast<int>(i), roles.at(i).toUtf8());
  }
  return names;
}

void WilayahSearchModel::setRows(QList<QVariantMap> rows) {
  if (rows.isEmpty() && m_rows.isEmpty()) {
    return;
  }
  const int before = count();
  beginResetModel();
  m_rows = std::move(rows);
  endResetModel();
  if (count() != before) {
    emit countChanged();
  }
}

void WilayahSearchModel::setLoading(bool loading) {
  if (loading != m_loading) {
    m_loading = loading;
    emit loadingChanged();
  }
}

void WilayahSearchModel::setError(const QString& error) {
  if (error != m_error) {
    m_error = error;
    emit errorChanged();
  }
}

} // namespace simpul::components
