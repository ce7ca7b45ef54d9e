#include "dasawisma_rows.h"

#include "domain/civil_date.h"
#include "domain/nik.h"
#include "record_rows.h"
#include "server/api_error.h"
#include "server/time_util.h"
#include "storage/database.h"

#include <charconv>
#include <cstdio>

namespace simpul::pmks {

using server::ApiError;

namespace {

std::int64_t parseName(std::string_view name, std::string_view prefix, std::string_view field,
                       const char* shapeId, const char* shapeEn) {
  std::int64_t id = 0;
  if (name.substr(0, prefix.size()) == prefix) {
    const std::string_view digits = name.substr(prefix.size());
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
    if (ec == std::errc() && end == digits.data() + digits.size() && id > 0) {
      return id;
    }
  }
  throw ApiError::invalidArgument(std::string(field), "BAD_NAME", shapeId, shapeEn);
}

} // namespace

std::string groupName(std::int64_t id) {
  return "pmks/dasawisma-groups/" + std::to_string(id);
}

std::string reportName(std::int64_t id) {
  return "pmks/dasawisma-reports/" + std::to_string(id);
}

std::int64_t parseGroupName(std::string_view name, std::string_view field) {
  return parseName(name, "pmks/dasawisma-groups/", field,
                   "Nama kelompok harus berbentuk pmks/dasawisma-groups/{id}.",
                   "The group's name must look like pmks/dasawisma-groups/{id}.");
}

std::int64_t parseReportName(std::string_view name, std::string_view field) {
  return parseName(name, "pmks/dasawisma-reports/", field,
                   "Nama laporan harus berbentuk pmks/dasawisma-reports/{id}.",
                   "The report's name must look like pmks/dasawisma-reports/{id}.");
}

const char* const kGroupSelect =
    "SELECT g.id, g.wilayah_code, g.dusun, g.rw, g.rt, g.display_name, g.ketua_person_id,"
    " g.households, ifnull(u.username, ''), g.etag, g.create_time_ms, g.update_time_ms,"
    // One (group_id, month) index lookup per group of the page.
    " (SELECT COUNT(*) FROM pmks_dasawisma_reports r WHERE r.group_id = g.id)"
    " FROM pmks_dasawisma_groups g LEFT JOIN core_users u ON u.id = g.created_by";

GroupRow readGroupRow(storage::Statement& stmt) {
  GroupRow row;
  row.id = stmt.columnInt64(0);
  row.wilayahCode = stmt.columnText(1);
  row.dusun = stmt.columnText(2);
  row.rw = stmt.columnText(3);
  row.rt = stmt.columnText(4);
  row.displayName = stmt.columnText(5);
  row.ketuaPersonId = stmt.columnInt64(6);
  row.households = stmt.columnInt(7);
  row.createdBy = stmt.columnText(8);
  row.etag = stmt.columnText(9);
  row.createTimeMs = stmt.columnInt64(10);
  row.updateTimeMs = stmt.columnInt64(11);
  row.reportCount = stmt.columnInt(12);
  return row;
}

const char* const kReportSelect =
    "SELECT d.id, d.group_id, g.wilayah_code, d.month, d.notes, ifnull(u.username, ''), d.etag,"
    " d.create_time_ms, d.update_time_ms FROM pmks_dasawisma_reports d"
    " JOIN pmks_dasawisma_groups g ON g.id = d.group_id"
    " LEFT JOIN core_users u ON u.id = d.created_by";

ReportRow readReportRow(storage::Statement& stmt) {
  ReportRow row;
  row.id = stmt.columnInt64(0);
  row.groupId = stmt.columnInt64(1);
  row.wilayahCode = stmt.columnText(2);
  row.month = stmt.columnText(3);
  row.notes = stmt.columnText(4);
  row.createdBy = stmt.columnText(5);
  row.etag = stmt.columnText(6);
  row.createTimeMs = stmt.columnInt64(7);
  row.updateTimeMs = stmt.columnInt64(8);
  return row;
}

std::optional<GroupRow> findGroup(storage::Database& db, std::int64_t id,
                                  const server::Scope& readable) {
  auto stmt = db.prepare(std::string(kGroupSelect) + " WHERE g.id = ? AND " +
                         readable.sqlCondition("g.wilayah_code"));
  stmt.bind(1, id);
  readable.bind(stmt, 2);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return readGroupRow(stmt);
}

std::optional<ReportRow> findReport(storage::Database& db, std::int64_t id,
                                    const server::Scope& readable) {
  auto stmt = db.prepare(std::string(kReportSelect) + " WHERE d.id = ? AND " +
                         readable.sqlCondition("g.wilayah_code"));
  stmt.bind(1, id);
  readable.bind(stmt, 2);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return readReportRow(stmt);
}

server::PersonInput personInput(const v1::Subject& subject) {
  server::PersonInput person;
  person.nik = subject.nik();
  person.noKk = subject.no_kk();
  person.fullName = subject.full_name();
  person.sex = static_cast<int>(subject.sex());
  if (subject.birth_date().year() != 0) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", subject.birth_date().year(),
                  subject.birth_date().month(), subject.birth_date().day());
    person.birthDate = text;
  }
  return person;
}

ApiError relabelPersonError(const ApiError& error, const std::string& prefix) {
  std::string field = error.field();
  if (field.rfind("person.", 0) == 0) {
    field = prefix + "." + field.substr(7);
  }
  return ApiError(error.code(), field, error.reason(), error.messageId(), error.messageEn());
}

void requireAt(const server::Principal& who, const char* permission, const std::string& wilayah) {
  if (!who.holdsAt(permission, wilayah)) {
    throw ApiError::permissionDenied(permission);
  }
}

void personToSubject(server::Host& host, storage::Database& db, std::int64_t personId, bool showNik,
                     v1::Subject* out) {
  out->set_person("persons/" + std::to_string(personId));
  const auto person = host.findPersonById(db, personId);
  if (!person) {
    return;
  }
  if (showNik) {
    out->set_nik(person->nik);
  } else {
    out->set_nik(domain::maskNik(person->nik));
    out->set_nik_masked(true);
  }
  out->set_full_name(person->fullName);
  out->set_sex(static_cast<simpul::core::v1::Sex>(person->sex));
  if (const auto birth = domain::CivilDate::parseIso(person->birthDate)) {
    out->mutable_birth_date()->set_year(birth->year);
    out->mutable_birth_date()->set_month(birth->month);
    out->mutable_birth_date()->set_day(birth->day);
  }
}

void groupToProto(server::Host& host, storage::Database& db, const server::Principal& who,
                  const GroupRow& row, v1::DasawismaGroup* out) {
  out->set_name(groupName(row.id));
  out->set_display_name(row.displayName);
  v1::Location* location = out->mutable_location();
  location->set_wilayah_code(row.wilayahCode);
  if (const auto wilayah = host.findWilayah(db, row.wilayahCode)) {
    location->set_wilayah_name(wilayah->name);
  }
  location->set_dusun(row.dusun);
  location->set_rw(row.rw);
  location->set_rt(row.rt);
  personToSubject(host, db, row.ketuaPersonId, who.holdsAt("core.person.read_nik", row.wilayahCode),
                  out->mutable_ketua());
  out->set_households(row.households);
  out->set_created_by(row.createdBy);
  out->set_etag(row.etag);
  server::setTimestamp(out->mutable_create_time(), row.createTimeMs);
  server::setTimestamp(out->mutable_update_time(), row.updateTimeMs);
  out->set_report_count(row.reportCount);
}

void reportToProto(server::Host& host, storage::Database& db, const server::Principal& who,
                   const ReportRow& row, v1::DasawismaReport* out) {
  out->set_name(reportName(row.id));
  out->set_group(groupName(row.groupId));
  out->set_month(row.month);
  out->set_notes(row.notes);
  out->set_created_by(row.createdBy);
  out->set_etag(row.etag);
  server::setTimestamp(out->mutable_create_time(), row.createTimeMs);
  server::setTimestamp(out->mutable_update_time(), row.updateTimeMs);
  const bool showNik = who.holdsAt("core.person.read_nik", row.wilayahCode);
  const bool showSensitive = who.holdsAt("pmks.sensitive.read", row.wilayahCode);
  auto stmt = db.prepare("SELECT id, pmks_type, person_id, no_kk, community_name,"
                         " disability_kinds, disaster_event, note, state, record_id,"
                         " already_recorded, reject_reason, sensitive"
                         " FROM pmks_dasawisma_candidates WHERE report_id = ? ORDER BY id");
  stmt.bind(1, row.id);
  int hidden = 0;
  while (stmt.step()) {
    if (stmt.columnInt(12) != 0 && !showSensitive) {
      ++hidden;
      continue;
    }
    v1::DasawismaCandidate* c = out->add_candidates();
    c->set_id(stmt.columnInt64(0));
    c->set_pmks_type(stmt.columnInt(1));
    v1::Subject* subject = c->mutable_subject();
    if (const auto personId = stmt.columnOptionalInt64(2)) {
      personToSubject(host, db, *personId, showNik, subject);
    }
    subject->set_no_kk(stmt.columnText(3));
    subject->set_community_name(stmt.columnText(4));
    for (const auto& kind : splitList(stmt.columnText(5), ',')) {
      c->add_disability_kinds(kind);
    }
    c->set_disaster_event(stmt.columnText(6));
    c->set_note(stmt.columnText(7));
    c->set_state(static_cast<v1::CandidateState>(stmt.columnInt(8)));
    if (const auto recordId = stmt.columnOptionalInt64(9)) {
      c->set_record(recordName(*recordId));
    }
    c->set_already_recorded(stmt.columnInt(10) != 0);
    c->set_reject_reason(stmt.columnText(11));
  }
  out->set_hidden_candidates(hidden);
}

} // namespace simpul::pmks
