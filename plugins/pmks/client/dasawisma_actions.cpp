// DasawismaActions: the group calls (load, create, update, delete), permissions, and the
// bookkeeping shared with the report calls of dasawisma_report_actions.cpp.

#include "dasawisma_actions.h"

#include "client/qt/client_session.h"
#include "dasawisma_fields.h"
#include "session_registry.h"
#include "simpul/pmks/v1/dasawisma.grpc.pb.h"

#include <QUuid>
#include <google/protobuf/empty.pb.h>

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::CallStatus;

DasawismaActions::DasawismaActions(QObject* parent) : QObject(parent) {}

DasawismaActions::~DasawismaActions() = default;

void DasawismaActions::attach(simpul::client::ClientSession* session) {
  m_session = session;
}

void DasawismaActions::componentComplete() {
  attach(simpul::components::sessionFor(this));
}

void DasawismaActions::loadGroup(const QString& name) {
  if (m_session == nullptr) {
    return;
  }
  v1::GetGroupRequest request;
  request.set_name(name.toStdString());
  begin();
  m_session->call<v1::DasawismaGroup>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::DasawismaGroup* out) {
        return v1::DasawismaService::NewStub(channel)->GetGroup(&context, request, out);
      },
      [this](const CallStatus& status, const v1::DasawismaGroup& group) {
        if (status.ok()) {
          m_group = groupRow(group);
          emit groupChanged();
          setError({});
          emit groupLoaded(m_group);
        } else {
          setError(status.message);
          emit loadFailed(status.message);
        }
        end();
      });
}

void DasawismaActions::saveGroup(const QVariantMap& form, const QString& name,
                                 const QString& etag) {
  if (m_session == nullptr) {
    emit groupSaved(false, tr("Belum masuk."), {}, {});
    return;
  }
  const auto done = [this](const CallStatus& status, const v1::DasawismaGroup& group) {
    if (status.ok()) {
      m_group = groupRow(group);
      emit groupChanged();
    }
    setError(status.ok() ? QString() : status.message);
    emit groupSaved(status.ok(), status.message, status.field,
                    status.ok() ? m_group : QVariantMap());
    end();
  };
  begin();
  if (name.isEmpty()) {
    v1::CreateGroupRequest request;
    // One id per press: a retry of the same call is not a second group.
    request.set_request_id(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
    fillGroup(form, request.mutable_group());
    m_session->call<v1::DasawismaGroup>(
        this,
        [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                  v1::DasawismaGroup* out) {
          return v1::DasawismaService::NewStub(channel)->CreateGroup(&context, request, out);
        },
        done);
    return;
  }
  v1::UpdateGroupRequest request;
  fillGroup(form, request.mutable_group());
  request.mutable_group()->set_name(name.toStdString());
  request.mutable_group()->set_etag(etag.toStdString());
  for (const char* path : {"display_name", "location", "households"}) {
    request.mutable_update_mask()->add_paths(path);
  }
  if (request.group().has_ketua()) {
    request.mutable_update_mask()->add_paths("ketua");
  }
  m_session->call<v1::DasawismaGroup>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::DasawismaGroup* out) {
        return v1::DasawismaService::NewStub(channel)->UpdateGroup(&context, request, out);
      },
      done);
}

void DasawismaActions::deleteGroup(const QString& name) {
  if (m_session == nullptr) {
    emit groupDeleted(false, tr("Belum masuk."));
    return;
  }
  v1::DeleteGroupRequest request;
  request.set_name(name.toStdString());
  begin();
  m_session->call<google::protobuf::Empty>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                google::protobuf::Empty* out) {
        return v1::DasawismaService::NewStub(channel)->DeleteGroup(&context, request, out);
      },
      [this](const CallStatus& status, const google::protobuf::Empty&) {
        setError(status.ok() ? QString() : status.message);
        emit groupDeleted(status.ok(), status.message);
        end();
      });
}

bool DasawismaActions::canWrite(const QString& wilayahCode) const {
  return m_session != nullptr && m_session->signedIn() && !wilayahCode.isEmpty() &&
         m_session->hasPermission(QStringLiteral("pmks.dasawisma.write"), wilayahCode);
}

bool DasawismaActions::canAccept(const QString& wilayahCode) const {
  return canWrite(wilayahCode) &&
         m_session->hasPermission(QStringLiteral("pmks.record.write"), wilayahCode);
}

void DasawismaActions::begin() {
  if (++m_busy == 1) {
    emit busyChanged();
  }
}

void DasawismaActions::end() {
  if (--m_busy == 0) {
    emit busyChanged();
  }
}

void DasawismaActions::setError(const QString& error) {
  if (error != m_error) {
    m_error = error;
    emit errorChanged();
  }
}

void DasawismaActions::setReport(const v1::DasawismaReport& report) {
  m_report = reportDetail(report);
  emit reportChanged();
}

QString DasawismaActions::candidateName(qlonglong id) const {
  for (const QVariant& c : m_report.value(QStringLiteral("candidates")).toList()) {
    const QVariantMap candidate = c.toMap();
    if (candidate.value(QStringLiteral("id")).toLongLong() == id) {
      return candidate.value(QStringLiteral("fullName")).toString();
    }
  }
  return {};
}

} // namespace simpul::pmks::ui
