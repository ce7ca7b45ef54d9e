// Dasawisma groups, reports and candidates as QML maps, and the pages' forms as requests.

#include "dasawisma_fields.h"

#include "domain/pmks_catalog.h"
#include "record_rows.h"
#include "simpul/pmks/v1/dasawisma.pb.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QVariantList>
#include <array>

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
namespace corev1 = simpul::core::v1;

namespace {

// Indonesian source texts, translated at run time in the context "DasawismaMonth".
constexpr std::array<const char*, 12> kMonths{
    QT_TRANSLATE_NOOP("DasawismaMonth", "Januari"),
    QT_TRANSLATE_NOOP("DasawismaMonth", "Februari"),
    QT_TRANSLATE_NOOP("DasawismaMonth", "Maret"),
    QT_TRANSLATE_NOOP("DasawismaMonth", "April"),
    QT_TRANSLATE_NOOP("DasawismaMonth", "Mei"),
    QT_TRANSLATE_NOOP("DasawismaMonth", "Juni"),
    QT_TRANSLATE_NOOP("DasawismaMonth", "Juli"),
    QT_TRANSLATE_NOOP("DasawismaMonth", "Agustus"),
    QT_TRANSLATE_NOOP("DasawismaMonth", "September"),
    QT_TRANSLATE_NOOP("DasawismaMonth", "Oktober"),
    QT_TRANSLATE_NOOP("DasawismaMonth", "November"),
    QT_TRANSLATE_NOOP("DasawismaMonth", "Desember"),
};

QString timeText(const google::protobuf::Timestamp& time) {
  if (time.seconds() == 0 && time.nanos() == 0) {
    return {};
  }
  return QDateTime::fromSecsSinceEpoch(time.seconds()).toLocalTime().toString(Qt::ISODate);
}

QString sexKey(corev1::Sex sex) {
  return sex == corev1::SEX_MALE     ? QStringLiteral("L")
         : sex == corev1::SEX_FEMALE ? QStringLiteral("P")
                                     : QString();
}

QString dateText(const corev1::Date& date) {
  if (date.year() == 0) {
    return {};
  }
  return QDate(date.year(), date.month(), date.day()).toString(Qt::ISODate);
}

QString text(const QVariantMap& form, const char* key) {
  return form.value(QLatin1String(key)).toString().trimmed();
}

// sex ("L"/"P"/"": the NIK decides) and birthDate ("YYYY-MM-DD"/"": the NIK decides).
void fillPerson(const QVariantMap& form, const char* sexKeyName, const char* birthKeyName,
                v1::Subject* subject) {
  const QString sex = text(form, sexKeyName);
  subject->set_sex(sex == QLatin1String("L")   ? corev1::SEX_MALE
                   : sex == QLatin1String("P") ? corev1::SEX_FEMALE
                                               : corev1::SEX_UNSPECIFIED);
  const QDate birth = QDate::fromString(text(form, birthKeyName), Qt::ISODate);
  if (birth.isValid()) {
    subject->mutable_birth_date()->set_year(birth.year());
    subject->mutable_birth_date()->set_month(birth.month());
    subject->mutable_birth_date()->set_day(birth.day());
  }
}

QString stateKeyOf(int state) {
  switch (state) {
  case v1::CANDIDATE_STATE_PROPOSED:
    return QStringLiteral("proposed");
  case v1::CANDIDATE_STATE_ACCEPTED:
    return QStringLiteral("accepted");
  case v1::CANDIDATE_STATE_REJECTED:
    return QStringLiteral("rejected");
  default:
    return {};
  }
}

} // namespace

QString monthText(const QString& month) {
  const QDate date = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
  if (!date.isValid() || month.size() != 7) {
    return month;
  }
  return QStringLiteral("%1 %2")
      .arg(QCoreApplication::translate("DasawismaMonth", kMonths.at(date.month() - 1)))
      .arg(date.year());
}

QString candidateStateText(int state) {
  switch (state) {
  case v1::CANDIDATE_STATE_PROPOSED:
    return QCoreApplication::translate("DasawismaCandidate", "Diusulkan");
  case v1::CANDIDATE_STATE_ACCEPTED:
    return QCoreApplication::translate("DasawismaCandidate", "Diterima");
  case v1::CANDIDATE_STATE_REJECTED:
    return QCoreApplication::translate("DasawismaCandidate", "Ditolak");
  default:
    return {};
  }
}

QStringList groupRoleNames() {
  return {QStringLiteral("name"),
          QStringLiteral("displayName"),
          QStringLiteral("wilayahCode"),
          QStringLiteral("wilayahName"),
          QStringLiteral("dusun"),
          QStringLiteral("rw"),
          QStringLiteral("rt"),
          QStringLiteral("place"),
          QStringLiteral("ketuaNik"),
          QStringLiteral("ketuaNikMasked"),
          QStringLiteral("ketuaName"),
          QStringLiteral("ketuaSex"),
          QStringLiteral("ketuaBirthDate"),
          QStringLiteral("households"),
          QStringLiteral("reportCount"),
          QStringLiteral("createdBy"),
          QStringLiteral("etag"),
          QStringLiteral("updateTime")};
}

QVariantMap groupRow(const v1::DasawismaGroup& group) {
  const v1::Location& location = group.location();
  QStringList place;
  if (!location.dusun().empty()) {
    place << QString::fromStdString(location.dusun());
  }
  place << QStringLiteral("RW %1").arg(QString::fromStdString(location.rw()))
        << QStringLiteral("RT %1").arg(QString::fromStdString(location.rt()));
  const v1::Subject& ketua = group.ketua();
  return {
      {QStringLiteral("name"), QString::fromStdString(group.name())},
      {QStringLiteral("displayName"), QString::fromStdString(group.display_name())},
      {QStringLiteral("wilayahCode"), QString::fromStdString(location.wilayah_code())},
      {QStringLiteral("wilayahName"), QString::fromStdString(location.wilayah_name())},
      {QStringLiteral("dusun"), QString::fromStdString(location.dusun())},
      {QStringLiteral("rw"), QString::fromStdString(location.rw())},
      {QStringLiteral("rt"), QString::fromStdString(location.rt())},
      {QStringLiteral("place"), place.join(QStringLiteral(" · "))},
      {QStringLiteral("ketuaNik"), QString::fromStdString(ketua.nik())},
      {QStringLiteral("ketuaNikMasked"), ketua.nik_masked()},
      {QStringLiteral("ketuaName"), QString::fromStdString(ketua.full_name())},
      {QStringLiteral("ketuaSex"), sexKey(ketua.sex())},
      {QStringLiteral("ketuaBirthDate"), dateText(ketua.birth_date())},
      {QStringLiteral("households"), group.households()},
      {QStringLiteral("reportCount"), group.report_count()},
      {QStringLiteral("createdBy"), QString::fromStdString(group.created_by())},
      {QStringLiteral("etag"), QString::fromStdString(group.etag())},
      {QStringLiteral("updateTime"), timeText(group.update_time())},
  };
}

QStringList reportRoleNames() {
  return {QStringLiteral("name"),       QStringLiteral("group"),
          QStringLiteral("month"),      QStringLiteral("monthText"),
          QStringLiteral("notes"),      QStringLiteral("candidateCount"),
          QStringLiteral("proposed"),   QStringLiteral("accepted"),
          QStringLiteral("rejected"),   QStringLiteral("hiddenCandidates"),
          QStringLiteral("createdBy"),  QStringLiteral("etag"),
          QStringLiteral("createTime"), QStringLiteral("updateTime")};
}

QVariantMap reportRow(const v1::DasawismaReport& report) {
  int proposed = 0;
  int accepted = 0;
  int rejected = 0;
  for (const v1::DasawismaCandidate& c : report.candidates()) {
    proposed += c.state() == v1::CANDIDATE_STATE_PROPOSED ? 1 : 0;
    accepted += c.state() == v1::CANDIDATE_STATE_ACCEPTED ? 1 : 0;
    rejected += c.state() == v1::CANDIDATE_STATE_REJECTED ? 1 : 0;
  }
  const QString month = QString::fromStdString(report.month());
  return {
      {QStringLiteral("name"), QString::fromStdString(report.name())},
      {QStringLiteral("group"), QString::fromStdString(report.group())},
      {QStringLiteral("month"), month},
      {QStringLiteral("monthText"), monthText(month)},
      {QStringLiteral("notes"), QString::fromStdString(report.notes())},
      {QStringLiteral("candidateCount"), report.candidates_size() + report.hidden_candidates()},
      {QStringLiteral("proposed"), proposed},
      {QStringLiteral("accepted"), accepted},
      {QStringLiteral("rejected"), rejected},
      {QStringLiteral("hiddenCandidates"), report.hidden_candidates()},
      {QStringLiteral("createdBy"), QString::fromStdString(report.created_by())},
      {QStringLiteral("etag"), QString::fromStdString(report.etag())},
      {QStringLiteral("createTime"), timeText(report.create_time())},
      {QStringLiteral("updateTime"), timeText(report.update_time())},
  };
}

QVariantMap reportDetail(const v1::DasawismaReport& report) {
  QVariantMap row = reportRow(report);
  QVariantList candidates;
  for (const v1::DasawismaCandidate& c : report.candidates()) {
    candidates.append(candidateRow(c));
  }
  row.insert(QStringLiteral("candidates"), candidates);
  return row;
}

QVariantMap candidateRow(const v1::DasawismaCandidate& candidate) {
  const v1::Subject& subject = candidate.subject();
  QStringList kinds;
  for (const std::string& kind : candidate.disability_kinds()) {
    kinds << QString::fromStdString(kind);
  }
  const QString community = QString::fromStdString(subject.community_name());
  return {
      {QStringLiteral("id"), static_cast<qlonglong>(candidate.id())},
      {QStringLiteral("pmksType"), candidate.pmks_type()},
      {QStringLiteral("typeName"), officialTypeName(candidate.pmks_type())},
      {QStringLiteral("nik"), QString::fromStdString(subject.nik())},
      {QStringLiteral("nikMasked"), subject.nik_masked()},
      {QStringLiteral("fullName"),
       candidate.pmks_type() == 26 ? community : QString::fromStdString(subject.full_name())},
      {QStringLiteral("sex"), sexKey(subject.sex())},
      {QStringLiteral("birthDate"), dateText(subject.birth_date())},
      {QStringLiteral("noKk"), QString::fromStdString(subject.no_kk())},
      {QStringLiteral("communityName"), community},
      {QStringLiteral("disabilityKinds"), kinds},
      {QStringLiteral("disasterEvent"), QString::fromStdString(candidate.disaster_event())},
      {QStringLiteral("note"), QString::fromStdString(candidate.note())},
      {QStringLiteral("state"), static_cast<int>(candidate.state())},
      {QStringLiteral("stateKey"), stateKeyOf(candidate.state())},
      {QStringLiteral("stateText"), candidateStateText(candidate.state())},
      {QStringLiteral("record"), QString::fromStdString(candidate.record())},
      {QStringLiteral("alreadyRecorded"), candidate.already_recorded()},
      {QStringLiteral("rejectReason"), QString::fromStdString(candidate.reject_reason())},
  };
}

void fillGroup(const QVariantMap& form, v1::DasawismaGroup* group) {
  group->set_display_name(text(form, "displayName").toStdString());
  group->set_households(form.value(QStringLiteral("households")).toInt());
  v1::Location* location = group->mutable_location();
  location->set_wilayah_code(text(form, "wilayahCode").toStdString());
  location->set_dusun(text(form, "dusun").toStdString());
  location->set_rw(text(form, "rw").toStdString());
  location->set_rt(text(form, "rt").toStdString());
  const QString nik = text(form, "ketuaNik");
  if (!nik.isEmpty()) {
    v1::Subject* ketua = group->mutable_ketua();
    ketua->set_nik(nik.toStdString());
    ketua->set_full_name(text(form, "ketuaName").toStdString());
    fillPerson(form, "ketuaSex", "ketuaBirthDate", ketua);
  }
}

void fillCandidate(const QVariantMap& form, v1::DasawismaCandidate* candidate) {
  const int type = form.value(QStringLiteral("pmksType")).toInt();
  candidate->set_pmks_type(type);
  v1::Subject* subject = candidate->mutable_subject();
  if (type == 26) {
    subject->set_community_name(text(form, "communityName").toStdString());
  } else {
    subject->set_nik(text(form, "nik").toStdString());
    subject->set_full_name(text(form, "fullName").toStdString());
    subject->set_no_kk(text(form, "noKk").toStdString());
    fillPerson(form, "sex", "birthDate", subject);
  }
  for (const QVariant& kind : form.value(QStringLiteral("disabilityKinds")).toList()) {
    candidate->add_disability_kinds(kind.toString().toStdString());
  }
  candidate->set_disaster_event(text(form, "disasterEvent").toStdString());
  candidate->set_note(text(form, "note").toStdString());
}

CandidateField parseCandidateField(const QString& field) {
  static const QRegularExpression pattern(
      QStringLiteral("^(?:report\\.)?candidates\\[(\\d+)\\](?:\\.(.*))?$"));
  const QRegularExpressionMatch match = pattern.match(field);
  if (!match.hasMatch()) {
    return {};
  }
  return {match.captured(1).toLongLong(), match.captured(2)};
}

} // namespace simpul::pmks::ui
