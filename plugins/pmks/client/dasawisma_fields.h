#pragma once

// The Dasawisma API forms as the pages see them: groups, reports and candidates as QVariant
// maps (the roles of the list models and the maps of DasawismaActions), and the forms of the
// pages back into requests. Shared by dasawisma_group_list_model, dasawisma_report_list_model
// and dasawisma_actions.

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace simpul::pmks::v1 {
class DasawismaGroup;
class DasawismaReport;
class DasawismaCandidate;
} // namespace simpul::pmks::v1

namespace simpul::pmks::ui {

// A group row: name, displayName, wilayahCode, wilayahName, dusun, rw, rt, place ("Dusun 1 ·
// RW 002 · RT 003"), ketuaNik (as served: masked unless the user holds core.person.read_nik
// there), ketuaNikMasked, ketuaName, ketuaSex ("L"/"P"/""), ketuaBirthDate, households,
// reportCount, createdBy, etag, updateTime.
QStringList groupRoleNames();
QVariantMap groupRow(const simpul::pmks::v1::DasawismaGroup& group);

// A report row: name, group, month ("2025-07"), monthText ("Juli 2025"), notes,
// candidateCount (hidden ones included), proposed, accepted, rejected, hiddenCandidates,
// createdBy, etag, createTime, updateTime.
QStringList reportRoleNames();
QVariantMap reportRow(const simpul::pmks::v1::DasawismaReport& report);
// reportRow plus candidates: [candidateRow...] in the server's order.
QVariantMap reportDetail(const simpul::pmks::v1::DasawismaReport& report);

// id, pmksType, typeName, nik, nikMasked, fullName (the community's name for type 26), sex,
// birthDate, noKk, communityName, disabilityKinds, disasterEvent, note, state (as
// simpul.pmks.v1.CandidateState), stateKey ("proposed", "accepted", "rejected"), stateText,
// record, alreadyRecorded, rejectReason.
QVariantMap candidateRow(const simpul::pmks::v1::DasawismaCandidate& candidate);

// "Juli 2025" for "2025-07" in the UI language; the text itself when it is no month.
QString monthText(const QString& month);
QString candidateStateText(int state);

// A group form (displayName, wilayahCode, dusun, rw, rt, ketuaNik, ketuaName, ketuaSex,
// ketuaBirthDate, households) into `group`. The ketua is left out when ketuaNik is empty (an
// edit that keeps the ketua: a masked NIK is never sent back).
void fillGroup(const QVariantMap& form, simpul::pmks::v1::DasawismaGroup* group);
// A candidate row of the report form (pmksType, nik, fullName, sex, birthDate, noKk,
// communityName, disabilityKinds, disasterEvent, note) into `candidate`.
void fillCandidate(const QVariantMap& form, simpul::pmks::v1::DasawismaCandidate* candidate);

// "report.candidates[2].subject.nik" -> 2 and "subject.nik"; "candidates[17].pmks_type" -> 17
// and "pmks_type". -1 and "" when `field` names no candidate.
struct CandidateField {
  qint64 index = -1;
  QString rest;
};
CandidateField parseCandidateField(const QString& field);

} // namespace simpul::pmks::ui
