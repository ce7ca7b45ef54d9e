#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace simpul::pmks::v1 {
class Record;
class RecapRow;
} // namespace simpul::pmks::v1

namespace simpul::pmks::ui {

// Record statuses as QML sees them: the numbers of simpul.pmks.v1.RecordStatus (0 = any),
// with a key ("draft", "submitted", "verified", "validated", "returned") for command lines
// and tests, and a label in the UI language.
QString statusKey(int status);
int statusFromKey(const QString& key); // 0 when unknown
QString statusText(int status);

// Whether the UI speaks English (the default QLocale the app sets with the language).
bool englishUi();
// The official (Indonesian) name of PMKS type `order` from the domain catalogue; "" when
// there is none. Shown in both languages: the types are named by regulation.
QString officialTypeName(int order);

// The roles of a record row (RecordListModel, RecordActions.record): name, nik (as served:
// masked unless the caller may read it), nikMasked, fullName, typeOrder, typeName, period,
// wilayahCode, wilayahName, status, statusKey, statusText, etag, sensitive, collectedBy,
// returnReason, updateTime.
QStringList recordRoleNames();
QVariantMap recordRow(const simpul::pmks::v1::Record& record);
// recordRow plus noKk, communityName, dusun, rw, rt, notes, criteria, disabilityKinds,
// attachments ("attachments/<sha256>", the photos) and history ([{fromStatus, toStatus,
// fromText, toText, actor, time, reason}], oldest first).
QVariantMap recordDetail(const simpul::pmks::v1::Record& record);

// wilayahCode, wilayahName, typeOrder, typeName, male, female, total.
QVariantMap recapRow(const simpul::pmks::v1::RecapRow& row);

} // namespace simpul::pmks::ui
