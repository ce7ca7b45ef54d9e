#include "record_actions.h"

#include "client/qt/client_session.h"
#include "record_rows.h"
#include "session_registry.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::CallStatus;

namespace {

v1::TransitionAction actionOf(const QString& action) {
  if (action == QLatin1String("submit")) {
    return v1::TRANSITION_ACTION_SUBMIT;
  }
  if (action == QLatin1String("verify")) {
    return v1::TRANSITION_ACTION_VERIFY;
  }
  if (action == QLatin1String("validate")) {
    return v1::TRANSITION_ACTION_VALIDATE;
  }
  if (action == QLatin1String("return")) {
    return v1::TRANSITION_ACTION_RETURN;
  }
  return v1::TRANSITION_ACTION_UNSPECIFIED;
}

} // namespace

RecordActions::RecordActions(QObject* parent) : QObject(parent) {}

RecordActions::~RecordActions() = default;

void RecordActions::attach(simpul::client::ClientSession* session) {
  m_session = session;
}

void RecordActions::componentComplete() {
  attach(simpul::components::sessionFor(this));
}

void RecordActions::load(const QString& name) {
  if (m_session == nullptr) {
    return;
  }
  v1::GetRecordRequest request;
  request.set_name(name.toStdString());
  begin();
  m_session->call<v1::Record>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::Record* out) {
        return v1::PmksService::NewStub(channel)->GetRecord(&context, request, out);
      },
      [this](const CallStatus& status, const v1::Record& record) {
        if (status.ok()) {
          m_record = recordDetail(record);
          emit recordChanged();
          setError({});
          emit loaded(m_record);
        } else {
          setError(status.message);
          emit loadFailed(status.message);
        }
        end();
      });
}

void RecordActions::step(const QString& action, const QString& name, const QString& etag,
                         const QString& reason) {
  const v1::TransitionAction which = actionOf(action);
  if (m_session == nullptr || which == v1::TRANSITION_ACTION_UNSPECIFIED) {
    emit stepFinished(action, false, tr("Langkah tidak dikenal."), {});
    return;
  }
  v1::TransitionRequest request;
  request.set_name(name.toStdString());
  request.set_etag(etag.toStdString());
  request.set_reason(reason.toStdString());
  begin();
  m_session->call<v1::Record>(
      this,
      [request, which](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                       v1::Record* out) {
        auto stub = v1::PmksService::NewStub(channel);
        switch (which) {
        case v1::TRANSITION_ACTION_SUBMIT:
          return stub->SubmitRecord(&context, request, out);
        case v1::TRANSITION_ACTION_VERIFY:
          return stub->VerifyRecord(&context, request, out);
        case v1::TRANSITION_ACTION_VALIDATE:
          return stub->ValidateRecord(&context, request, out);
        default:
          return stub->ReturnRecord(&context, request, out);
        }
      },
      [this, action](const CallStatus& status, const v1::Record& record) {
        const QVariantMap row = status.ok() ? recordRow(record) : QVariantMap();
        setError(status.ok() ? QString() : status.message);
        emit stepFinished(action, status.ok(), status.message, row);
        end();
      });
}

void RecordActions::batch(const QString& action, const QStringList& names, const QString& reason) {
  const v1::TransitionAction which = actionOf(action);
  // An empty list would mean "every record matching the filter" to the server: never that
  // from a button meant for what is shown.
  if (m_session == nullptr || which == v1::TRANSITION_ACTION_UNSPECIFIED || names.isEmpty()) {
    emit batchFinished(action, 0, {},
                       names.isEmpty() ? tr("Tidak ada data yang dipilih.")
                                       : tr("Langkah tidak dikenal."));
    return;
  }
  v1::BatchTransitionRequest request;
  request.set_action(which);
  for (const QString& name : names) {
    request.add_names(name.toStdString());
  }
  request.set_reason(reason.toStdString());
  begin();
  m_session->call<v1::BatchTransitionResponse>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::BatchTransitionResponse* out) {
        return v1::PmksService::NewStub(channel)->BatchTransition(&context, request, out);
      },
      [this, action](const CallStatus& status, const v1::BatchTransitionResponse& response) {
        QVariantList failures;
        const bool en = englishUi();
        for (const v1::BatchFailure& failure : response.failures()) {
          failures.append(QVariantMap{
              {QStringLiteral("name"), QString::fromStdString(failure.name())},
              {QStringLiteral("reason"), QString::fromStdString(failure.reason())},
              {QStringLiteral("message"),
               QString::fromStdString(en ? failure.message_en() : failure.message_id())},
          });
        }
        setError(status.ok() ? QString() : status.message);
        emit batchFinished(action, response.changed(), failures,
                           status.ok() ? QString() : status.message);
        end();
      });
}

bool RecordActions::canStep(const QString& action, const QVariantMap& record) const {
  if (m_session == nullptr || record.isEmpty()) {
    return false;
  }
  const int status = record.value(QStringLiteral("status")).toInt();
  const QString wilayah = record.value(QStringLiteral("wilayahCode")).toString();
  const auto holds = [&](const char* permission) {
    return m_session->hasPermission(QString::fromLatin1(permission), wilayah);
  };
  if (action == QLatin1String("submit")) {
    return (status == v1::RECORD_STATUS_DRAFT || status == v1::RECORD_STATUS_RETURNED) &&
           holds("pmks.record.write");
  }
  if (action == QLatin1String("verify")) {
    return status == v1::RECORD_STATUS_SUBMITTED && holds("pmks.record.verify");
  }
  if (action == QLatin1String("validate")) {
    return status == v1::RECORD_STATUS_VERIFIED && holds("pmks.record.validate");
  }
  if (action == QLatin1String("return")) {
    return (status == v1::RECORD_STATUS_SUBMITTED && holds("pmks.record.verify")) ||
           (status == v1::RECORD_STATUS_VERIFIED && holds("pmks.record.validate"));
  }
  return false;
}

void RecordActions::begin() {
  if (++m_busy == 1) {
    emit busyChanged();
  }
}

void RecordActions::end() {
  if (--m_busy == 0) {
    emit busyChanged();
  }
}

void RecordActions::setError(const QString& error) {
  if (error != m_error) {
    m_error = error;
    emit errorChanged();
  }
}

} // namespace simpul::pmks::ui
