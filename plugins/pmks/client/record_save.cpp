// RecordActions::save: the record form's CreateRecord / UpdateRecord.
#include "client/qt/client_session.h"
#include "record_actions.h"
#include "record_rows.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <QDate>
#include <QUuid>

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::CallStatus;

namespace {

QString text(const QVariantMap& form, const char* key) {
  return form.value(QLatin1String(key)).toString().trimmed();
}

void fillRecord(const QVariantMap& form, v1::Record* record) {
  record->set_pmks_type(form.value(QStringLiteral("pmksType")).toInt());
  record->set_period(text(form, "period").toStdString());
  v1::Subject* subject = record->mutable_subject();
  subject->set_nik(text(form, "nik").toStdString());
  subject->set_full_name(text(form, "fullName").toStdString());
  const QString sex = text(form, "sex");
  subject->set_sex(sex == QLatin1String("L")   ? simpul::core::v1::SEX_MALE
                   : sex == QLatin1String("P") ? simpul::core::v1::SEX_FEMALE
                                               : simpul::core::v1::SEX_UNSPECIFIED);
  const QDate birth = QDate::fromString(text(form, "birthDate"), Qt::ISODate);
  if (birth.isValid()) {
    subject->mutable_birth_date()->set_year(birth.year());
    subject->mutable_birth_date()->set_month(birth.month());
    subject->mutable_birth_date()->set_day(birth.day());
  }
  subject->set_no_kk(text(form, "noKk").toStdString());
  subject->set_community_name(text(form, "communityName").toStdString());
  v1::Location* location = record->mutable_location();
  location->set_wilayah_code(text(form, "wilayahCode").toStdString());
  location->set_dusun(text(form, "dusun").toStdString());
  location->set_rw(text(form, "rw").toStdString());
  location->set_rt(text(form, "rt").toStdString());
  for (const QVariant& key : form.value(QStringLiteral("criteria")).toList()) {
    record->add_criteria(key.toString().toStdString());
  }
  for (const QVariant& kind : form.value(QStringLiteral("disabilityKinds")).toList()) {
    record->add_disability_kinds(kind.toString().toStdString());
  }
  record->set_disaster_event(text(form, "disasterEvent").toStdString());
  record->set_notes(text(form, "notes").toStdString());
}

} // namespace

void RecordActions::save(const QVariantMap& form, const QString& name, const QString& etag,
                         const QStringList& paths) {
  if (m_session == nullptr) {
    emit saveFinished(false, tr("Belum masuk."), {}, {});
    return;
  }
  const auto done = [this](const CallStatus& status, const v1::Record& record) {
    setError(status.ok() ? QString() : status.message);
    emit saveFinished(status.ok(), status.message, status.field,
                      status.ok() ? recordDetail(record) : QVariantMap());
    end();
  };
  begin();
  if (name.isEmpty()) {
    v1::CreateRecordRequest request;
    // One id per press: a retry of the same call is not a second record.
    request.set_request_id(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
    fillRecord(form, request.mutable_record());
    m_session->call<v1::Record>(
        this,
        [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                  v1::Record* out) {
          return v1::PmksService::NewStub(channel)->CreateRecord(&context, request, out);
        },
        done);
    return;
  }
  v1::UpdateRecordRequest request;
  fillRecord(form, request.mutable_record());
  request.mutable_record()->set_name(name.toStdString());
  request.mutable_record()->set_etag(etag.toStdString());
  for (const QString& path : paths) {
    request.mutable_update_mask()->add_paths(path.toStdString());
  }
  m_session->call<v1::Record>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::Record* out) {
        return v1::PmksService::NewStub(channel)->UpdateRecord(&context, request, out);
      },
      done);
}

} // namespace simpul::pmks::ui
