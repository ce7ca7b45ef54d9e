// DasawismaActions: the report calls (create with candidates, load) and the PSM's decision on
// candidates (accept into DRAFT records, reject with a reason).

#include "client/qt/client_session.h"
#include "dasawisma_actions.h"
#include "dasawisma_fields.h"
#include "simpul/pmks/v1/dasawisma.grpc.pb.h"

#include <QSet>
#include <QUuid>

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::CallStatus;

void DasawismaActions::createReport(const QVariantMap& form) {
  if (m_session == nullptr) {
    emit reportCreated(false, tr("Belum masuk."), {}, -1, {}, {});
    return;
  }
  v1::CreateReportRequest request;
  request.set_request_id(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
  v1::DasawismaReport* report = request.mutable_report();
  report->set_group(form.value(QStringLiteral("group")).toString().toStdString());
  report->set_month(form.value(QStringLiteral("month")).toString().trimmed().toStdString());
  report->set_notes(form.value(QStringLiteral("notes")).toString().trimmed().toStdString());
  for (const QVariant& candidate : form.value(QStringLiteral("candidates")).toList()) {
    fillCandidate(candidate.toMap(), report->add_candidates());
  }
  begin();
  m_session->call<v1::DasawismaReport>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::DasawismaReport* out) {
        return v1::DasawismaService::NewStub(channel)->CreateReport(&context, request, out);
      },
      [this](const CallStatus& status, const v1::DasawismaReport& created) {
        if (status.ok()) {
          setReport(created);
        }
        setError(status.ok() ? QString() : status.message);
        const CandidateField at = parseCandidateField(status.field);
        emit reportCreated(status.ok(), status.message, status.field, static_cast<int>(at.index),
                           at.rest, status.ok() ? m_report : QVariantMap());
        end();
      });
}

void DasawismaActions::loadReport(const QString& name) {
  if (m_session == nullptr) {
    return;
  }
  v1::GetReportRequest request;
  request.set_name(name.toStdString());
  begin();
  m_session->call<v1::DasawismaReport>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::DasawismaReport* out) {
        return v1::DasawismaService::NewStub(channel)->GetReport(&context, request, out);
      },
      [this](const CallStatus& status, const v1::DasawismaReport& report) {
        if (status.ok()) {
          setReport(report);
          setError({});
          emit reportLoaded(m_report);
        } else {
          setError(status.message);
          emit loadFailed(status.message);
        }
        end();
      });
}

void DasawismaActions::acceptCandidates(const QString& report, const QVariantList& ids,
                                        const QString& period) {
  if (m_session == nullptr || ids.isEmpty()) {
    emit acceptFinished(false, 0, 0, {},
                        ids.isEmpty() ? tr("Pilih minimal satu calon.") : tr("Belum masuk."), -1);
    return;
  }
  v1::AcceptCandidatesRequest request;
  request.set_report(report.toStdString());
  for (const QVariant& id : ids) {
    request.add_candidate_ids(id.toLongLong());
  }
  request.set_period(period.trimmed().toStdString());
  begin();
  m_session->call<v1::AcceptCandidatesResponse>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::AcceptCandidatesResponse* out) {
        return v1::DasawismaService::NewStub(channel)->AcceptCandidates(&context, request, out);
      },
      [this, request](const CallStatus& status, const v1::AcceptCandidatesResponse& response) {
        if (!status.ok()) {
          // All or nothing: the server names the candidate that stopped the call by its id.
          const CandidateField at = parseCandidateField(status.field);
          const QString who = at.index >= 0 ? candidateName(at.index) : QString();
          const QString message =
              who.isEmpty() ? status.message : tr("Calon %1: %2").arg(who, status.message);
          setError(message);
          emit acceptFinished(false, 0, 0, {}, message, at.index);
          end();
          return;
        }
        setReport(response.report());
        const QSet<qint64> asked(request.candidate_ids().begin(), request.candidate_ids().end());
        QVariantList duplicates;
        for (const v1::DasawismaCandidate& c : response.report().candidates()) {
          if (c.already_recorded() && asked.contains(c.id())) {
            duplicates.append(candidateRow(c));
          }
        }
        setError({});
        emit acceptFinished(true, response.records_created(), response.already_recorded(),
                            duplicates, {}, -1);
        end();
      });
}

void DasawismaActions::rejectCandidates(const QString& report, const QVariantList& ids,
                                        const QString& reason) {
  if (m_session == nullptr || ids.isEmpty()) {
    emit rejectFinished(false, 0,
                        ids.isEmpty() ? tr("Pilih minimal satu calon.") : tr("Belum masuk."));
    return;
  }
  v1::RejectCandidatesRequest request;
  request.set_report(report.toStdString());
  for (const QVariant& id : ids) {
    request.add_candidate_ids(id.toLongLong());
  }
  request.set_reason(reason.trimmed().toStdString());
  const int count = static_cast<int>(ids.size());
  begin();
  m_session->call<v1::DasawismaReport>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::DasawismaReport* out) {
        return v1::DasawismaService::NewStub(channel)->RejectCandidates(&context, request, out);
      },
      [this, count](const CallStatus& status, const v1::DasawismaReport& updated) {
        if (status.ok()) {
          setReport(updated);
        }
        setError(status.ok() ? QString() : status.message);
        emit rejectFinished(status.ok(), status.ok() ? count : 0, status.message);
        end();
      });
}

} // namespace simpul::pmks::ui
