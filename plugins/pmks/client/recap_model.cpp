#include "recap_model.h"

#include "client/qt/client_session.h"
#include "record_rows.h"
#include "session_registry.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <QMap>
#include <algorithm>

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;

namespace {

const QStringList& recapRoles() {
  static const QStringList roles{QStringLiteral("wilayahCode"), QStringLiteral("wilayahName"),
                                 QStringLiteral("typeOrder"),   QStringLiteral("typeName"),
                                 QStringLiteral("male"),        QStringLiteral("female"),
                                 QStringLiteral("total")};
  return roles;
}

} // namespace

RecapModel::RecapModel(QObject* parent) : QAbstractListModel(parent) {}

RecapModel::~RecapModel() = default;

void RecapModel::attach(simpul::client::ClientSession* session) {
  QObject::disconnect(m_signedInConnection);
  m_session = session;
  if (session != nullptr) {
    m_signedInConnection = connect(session, &simpul::client::ClientSession::signedInChanged, this,
                                   &RecapModel::reload);
  }
  reload();
}

void RecapModel::setWilayahCode(const QString& code) {
  if (code != m_wilayahCode) {
    m_wilayahCode = code;
    emit queryChanged();
    reload();
  }
}

void RecapModel::setPeriod(const QString& period) {
  if (period != m_period) {
    m_period = period;
    emit queryChanged();
    reload();
  }
}

void RecapModel::setLevel(int level) {
  if (level != m_level) {
    m_level = level;
    emit queryChanged();
    reload();
  }
}

void RecapModel::setStatus(int status) {
  if (status != m_status) {
    m_status = status;
    emit queryChanged();
    reload();
  }
}

void RecapModel::setActive(bool active) {
  if (active != m_active) {
    m_active = active;
    emit queryChanged();
    reload();
  }
}

int RecapModel::levelBelow(const QString& code) const {
  const int depth = code.isEmpty() ? 0 : static_cast<int>(code.count(QLatin1Char('.'))) + 1;
  return depth < 4 ? depth + 1 : 0;
}

void RecapModel::reload() {
  if (!m_complete) {
    return;
  }
  const std::uint64_t generation = ++m_generation;
  const bool live =
      m_active && m_session != nullptr && m_session->signedIn() && !m_period.isEmpty();
  if (!live) {
    // Nothing to ask (signed out, no period yet): an empty answer, at once.
    receive(generation, QString(), {});
    return;
  }
  v1::GetRecapRequest request;
  request.set_wilayah_code(m_wilayahCode.toStdString());
  request.set_period(m_period.toStdString());
  request.set_level(static_cast<v1::RecapLevel>(m_level));
  if (m_status < 0) {
    request.set_all_statuses(true);
  } else {
    request.set_status(static_cast<v1::RecordStatus>(m_status));
  }
  setLoading(true);
  m_session->call<v1::GetRecapResponse>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::GetRecapResponse* out) {
        return v1::PmksService::NewStub(channel)->GetRecap(&context, request, out);
      },
      [this, generation](const simpul::client::CallStatus& status,
                         const v1::GetRecapResponse& response) {
        QList<QVariantMap> rows;
        if (status.ok()) {
          for (const v1::RecapRow& row : response.rows()) {
            rows.append(recapRow(row));
          }
        }
        receive(generation, status.ok() ? QString() : status.message, rows);
      });
}

void RecapModel::receive(std::uint64_t generation, const QString& error,
                         const QList<QVariantMap>& rows) {
  if (generation != m_generation) {
    return; // an answer to a query that has changed since
  }
  beginResetModel();
  m_rows = rows;
  endResetModel();

  QMap<int, QVariantMap> byType;
  m_grandTotal = 0;
  for (const QVariantMap& row : m_rows) {
    const int order = row.value(QStringLiteral("typeOrder")).toInt();
    QVariantMap& sum = byType[order];
    sum.insert(QStringLiteral("typeOrder"), order);
    sum.insert(QStringLiteral("typeName"), row.value(QStringLiteral("typeName")));
    for (const char* key : {"male", "female", "total"}) {
      const QString k = QString::fromLatin1(key);
      sum.insert(k, sum.value(k).toLongLong() + row.value(k).toLongLong());
    }
    m_grandTotal += row.value(QStringLiteral("total")).toLongLong();
  }
  QList<QVariantMap> totals = byType.values();
  std::stable_sort(totals.begin(), totals.end(), [](const QVariantMap& a, const QVariantMap& b) {
    return a.value(QStringLiteral("total")).toLongLong() >
           b.value(QStringLiteral("total")).toLongLong();
  });
  m_typeTotals.clear();
  for (const QVariantMap& t : totals) {
    m_typeTotals.append(t);
  }
  emit rowsChanged();

  if (error != m_error) {
    m_error = error;
    emit errorChanged();
  }
  m_ready = true;
  setLoading(false);
  emit loaded();
}

void RecapModel::setLoading(bool loading) {
  if (loading) {
    m_ready = false;
  }
  if (loading != m_loading || loading) {
    m_loading = loading;
    emit loadingChanged();
  }
}

QVariantMap RecapModel::get(int row) const {
  return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

int RecapModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QVariant RecapModel::data(const QModelIndex& index, int role) const {
  const int i = role - Qt::UserRole;
  if (!index.isValid() || index.row() >= m_rows.size() || i < 0 || i >= recapRoles().size()) {
    return {};
  }
  return m_rows.at(index.row()).value(recapRoles().at(i));
}

QHash<int, QByteArray> RecapModel::roleNames() const {
  QHash<int, QByteArray> names;
  for (int i = 0; i < recapRoles().size(); ++i) {
    names.insert(Qt::UserRole + i, recapRoles().at(i).toUtf8());
  }
  return names;
}

void RecapModel::classBegin() {
  m_complete = false;
}

void RecapModel::componentComplete() {
  m_complete = true;
  attach(simpul::components::sessionFor(this));
}

} // namespace simpul::pmks::ui
