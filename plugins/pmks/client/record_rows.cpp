#include "record_rows.h"

#include "domain/pmks_catalog.h"
#include "simpul/pmks/v1/pmks_service.pb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QVariantList>
#include <array>

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;

namespace {

struct StatusName {
  int status;
  const char* key;
  const char* text; // Indonesian source text, translated in the context "PmksStatus"
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; statusText translates them at run time.
constexpr std::array<StatusName, 6> kStatuses{{
    {v1::RECORD_STATUS_UNSPECIFIED, "", QT_TRANSLATE_NOOP("PmksStatus", "Semua status")},
    {v1::RECORD_STATUS_DRAFT, "draft", QT_TRANSLATE_NOOP("PmksStatus", "Draf")},
    {v1::RECORD_STATUS_SUBMITTED, "submitted", QT_TRANSLATE_NOOP("PmksStatus", "Diajukan")},
    {v1::RECORD_STATUS_VERIFIED, "verified", QT_TRANSLATE_NOOP("PmksStatus", "Terverifikasi")},
    {v1::RECORD_STATUS_VALIDATED, "validated", QT_TRANSLATE_NOOP("PmksStatus", "Tervalidasi")},
    {v1::RECORD_STATUS_RETURNED, "returned", QT_TRANSLATE_NOOP("PmksStatus", "Dikembalikan")},
}};

QString timeText(const google::protobuf::Timestamp& time) {
  if (time.seconds() == 0 && time.nanos() == 0) {
    return {};
  }
  return QDateTime::fromSecsSinceEpoch(time.seconds()).toLocalTime().toString(Qt::ISODate);
}

} // namespace

bool englishUi() {
  return QLocale().language() == QLocale::English;
}

QString officialTypeName(int order) {
  const domain::PmksType* type = domain::findPmksTypeByOrder(order);
  return type != nullptr ? QString::fromStdString(type->name.id) : QString();
}

QString statusKey(int status) {
  for (const StatusName& s : kStatuses) {
    if (s.status == status) {
      return QString::fromLatin1(s.key);
    }
  }
  return {};
}

int statusFromKey(const QString& key) {
  for (const StatusName& s : kStatuses) {
    if (!key.isEmpty() && key == QLatin1String(s.key)) {
      return s.status;
    }
  }
  return 0;
}

QString statusText(int status) {
  for (const StatusName& s : kStatuses) {
    if (s.status == status) {
      return QCoreApplication::translate("PmksStatus", s.text);
    }
  }
  return {};
}

QStringList recordRoleNames() {
  return {
      QStringLiteral("name"),         QStringLiteral("nik"),         QStringLiteral("nikMasked"),
      QStringLiteral("fullName"),     QStringLiteral("typeOrder"),   QStringLiteral("typeName"),
      QStringLiteral("period"),       QStringLiteral("wilayahCode"), QStringLiteral("wilayahName"),
      QStringLiteral("status"),       QStringLiteral("statusKey"),   QStringLiteral("statusText"),
      QStringLiteral("etag"),         QStringLiteral("sensitive"),   QStringLiteral("collectedBy"),
      QStringLiteral("returnReason"), QStringLiteral("updateTime")};
}

QVariantMap recordRow(const v1::Record& record) {
  const v1::Subject& subject = record.subject();
  const QString fullName = QString::fromStdString(
      record.pmks_type() == 26 ? subject.community_name() : subject.full_name());
  return {
      {QStringLiteral("name"), QString::fromStdString(record.name())},
      {QStringLiteral("nik"), QString::fromStdString(subject.nik())},
      {QStringLiteral("nikMasked"), subject.nik_masked()},
      {QStringLiteral("fullName"), fullName},
      {QStringLiteral("typeOrder"), record.pmks_type()},
      {QStringLiteral("typeName"), officialTypeName(record.pmks_type())},
      {QStringLiteral("period"), QString::fromStdString(record.period())},
      {QStringLiteral("wilayahCode"), QString::fromStdString(record.location().wilayah_code())},
      {QStringLiteral("wilayahName"), QString::fromStdString(record.location().wilayah_name())},
      {QStringLiteral("status"), static_cast<int>(record.status())},
      {QStringLiteral("statusKey"), statusKey(record.status())},
      {QStringLiteral("statusText"), statusText(record.status())},
      {QStringLiteral("etag"), QString::fromStdString(record.etag())},
      {QStringLiteral("sensitive"), record.sensitive()},
      {QStringLiteral("collectedBy"), QString::fromStdString(record.collected_by())},
      {QStringLiteral("returnReason"), QString::fromStdString(record.return_reason())},
      {QStringLiteral("updateTime"), timeText(record.update_time())},
  };
}

QVariantMap recordDetail(const v1::Record& record) {
  QVariantMap row = recordRow(record);
  const v1::Subject& subject = record.subject();
  row.insert(QStringLiteral("noKk"), QString::fromStdString(subject.no_kk()));
  row.insert(QStringLiteral("communityName"), QString::fromStdString(subject.community_name()));
  row.insert(QStringLiteral("dusun"), QString::fromStdString(record.location().dusun()));
  row.insert(QStringLiteral("rw"), QString::fromStdString(record.location().rw()));
  row.insert(QStringLiteral("rt"), QString::fromStdString(record.location().rt()));
  row.insert(QStringLiteral("notes"), QString::fromStdString(record.notes()));
  QStringList criteria;
  for (const std::string& c : record.criteria()) {
    criteria << QString::fromStdString(c);
  }
  row.insert(QStringLiteral("criteria"), criteria);
  QStringList kinds;
  for (const std::string& k : record.disability_kinds()) {
    kinds << QString::fromStdString(k);
  }
  row.insert(QStringLiteral("disabilityKinds"), kinds);
  QStringList attachments;
  for (const std::string& a : record.attachments()) {
    attachments << QString::fromStdString(a);
  }
  row.insert(QStringLiteral("attachments"), attachments);
  QVariantList history;
  for (const v1::StatusChange& change : record.history()) {
    history.append(QVariantMap{
        {QStringLiteral("fromStatus"), static_cast<int>(change.from_status())},
        {QStringLiteral("toStatus"), static_cast<int>(change.to_status())},
        {QStringLiteral("fromText"), statusText(change.from_status())},
        {QStringLiteral("toText"), statusText(change.to_status())},
        {QStringLiteral("actor"), QString::fromStdString(change.actor())},
        {QStringLiteral("time"), timeText(change.time())},
        {QStringLiteral("reason"), QString::fromStdString(change.reason())},
    });
  }
  row.insert(QStringLiteral("history"), history);
  return row;
}

QVariantMap recapRow(const v1::RecapRow& row) {
  QString name = QString::fromStdString(row.pmks_type_name());
  if (name.isEmpty()) {
    name = officialTypeName(row.pmks_type());
  }
  return {
      {QStringLiteral("wilayahCode"), QString::fromStdString(row.wilayah_code())},
      {QStringLiteral("wilayahName"), QString::fromStdString(row.wilayah_name())},
      {QStringLiteral("typeOrder"), row.pmks_type()},
      {QStringLiteral("typeName"), name},
      {QStringLiteral("male"), static_cast<qlonglong>(row.male())},
      {QStringLiteral("female"), static_cast<qlonglong>(row.female())},
      {QStringLiteral("total"), static_cast<qlonglong>(row.total())},
  };
}

} // namespace simpul::pmks::ui
