#include "status_summary.h"

#include "client/qt/client_session.h"
#include "record_rows.h"
#include "session_registry.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <QDate>
#include <QVariantMap>
#include <array>

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;

namespace {

constexpr std::array<v1::RecordStatus, 5> kStatuses{
    v1::RECORD_STATUS_DRAFT, v1::RECORD_STATUS_SUBMITTED, v1::RECORD_STATUS_VERIFIED,
    v1::RECORD_STATUS_VALIDATED, v1::RECORD_STATUS_RETURNED};

} // namespace

StatusSummary::StatusSummary(QObject* parent)
    : QObject(parent), m_period(QString::number(QDate::currentDate().year())) {}

StatusSummary::~StatusSummary() = default;

void StatusSummary::attach(simpul::client::ClientSession* session) {
  QObject::disconnect(m_signedInConnection);
  m_session = session;
  if (session != nullptr) {
    m_signedInConnection = connect(session, &simpul::client::ClientSession::signedInChanged, this,
                                   &StatusSummary::reload);
  }
  reload();
}

void StatusSummary::componentComplete() {
  m_complete = true;
  attach(simpul::components::sessionFor(this));
}

void StatusSummary::setPeriod(const QString& period) {
  if (period != m_period) {
    m_period = period;
    emit periodChanged();
    reload();
  }
}

void StatusSummary::reload() {
  if (!m_complete) {
    return;
  }
  const std::uint64_t generation = ++m_generation;
  m_sums = QList<qlonglong>(kStatuses.size(), 0);
  m_error.clear();
  m_codes = m_session != nullptr && m_session->signedIn()
                ? m_session->scopeOf(QStringLiteral("pmks.recap.read"))
                : QStringList();
  const bool wasLoading = loading();
  m_pending = static_cast<int>(m_codes.size() * kStatuses.size());
  m_ready = false;
  if (m_pending == 0) {
    finishOne(generation);
    return;
  }
  if (!wasLoading) {
    emit loadingChanged();
  }
  for (const QString& code : m_codes) {
    for (std::size_t i = 0; i < kStatuses.size(); ++i) {
      v1::GetRecapRequest request;
      request.set_wilayah_code(code.toStdString());
      request.set_period(m_period.toStdString());
      request.set_status(kStatuses[i]);
      m_session->call<v1::GetRecapResponse>(
          this,
          [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                    v1::GetRecapResponse* out) {
            return v1::PmksService::NewStub(channel)->GetRecap(&context, request, out);
          },
          [this, generation, i](const simpul::client::CallStatus& status,
                                const v1::GetRecapResponse& response) {
            if (generation != m_generation) {
              return;
            }
            if (status.ok()) {
              for (const v1::RecapRow& row : response.rows()) {
                m_sums[static_cast<qsizetype>(i)] += row.total();
              }
            } else if (m_error.isEmpty()) {
              m_error = status.message;
            }
            --m_pending;
            finishOne(generation);
          });
    }
  }
}

void StatusSummary::finishOne(std::uint64_t generation) {
  if (generation != m_generation || m_pending > 0) {
    return;
  }
  m_counts.clear();
  m_total = 0;
  for (std::size_t i = 0; i < kStatuses.size(); ++i) {
    const qlonglong n = i < static_cast<std::size_t>(m_sums.size()) ? m_sums.at(i) : 0;
    m_counts.append(QVariantMap{
        {QStringLiteral("status"), static_cast<int>(kStatuses[i])},
        {QStringLiteral("statusKey"), statusKey(kStatuses[i])},
        {QStringLiteral("statusText"), statusText(kStatuses[i])},
        {QStringLiteral("count"), n},
    });
    m_total += n;
  }
  m_ready = true;
  emit countsChanged();
  emit loadingChanged();
}

} // namespace simpul::pmks::ui
