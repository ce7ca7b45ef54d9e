#include "record_rows.h"

#include "domain/civil_date.h"
#include "domain/nik.h"
#include "domain/pmks_catalog.h"
#include "server/api_error.h"
#include "server/time_util.h"
#include "storage/database.h"

#include <charconv>

namespace simpul::pmks {

using server::ApiError;

std::string recordName(std::int64_t id) {
  return "pmks/records/" + std::to_string(id);
}

std::int64_t parseRecordName(std::string_view name, std::string_view field) {
  constexpr std::string_view prefix = "pmks/records/";
  std::int64_t id = 0;
  if (name.substr(0, prefix.size()) == prefix) {
    const std::string_view digits = name.substr(prefix.size());
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
    if (ec == std::errc() && end == digits.data() + digits.size() && id > 0) {
      return id;
    }
  }
  throw ApiError::invalidArgument(std::string(field), "BAD_NAME",
                                  "Nama data harus berbentuk pmks/records/{id}.",
                                  "The name must look like pmks/records/{id}.");
}

std::vector<std::string> splitList(std::string_view joined, char separator) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start < joined.size()) {
    std::size_t end = joined.find(separator, start);
    if (end == std::string_view::npos) {
      end = joined.size();
    }
    if (end > start) {
      items.emplace_back(joined.substr(start, end - start));
    }
    start = end + 1;
  }
  return items;
}

std::string joinList(const std::vector<std::string>& items, char separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) {
      out += separator;
    }
    out += item;
  }
  return out;
}

Visibility::Visibility(const server::Principal& who)
    : m_read(who.scopeOf("pmks.record.read")), m_sensitive(who.scopeOf("pmks.sensitive.read")) {}

std::string Visibility::sqlCondition(std::string_view wilayahColumn) const {
  return "(" + m_read.sqlCondition(wilayahColumn) + " AND (r.sensitive = 0 OR " +
         m_sensitive.sqlCondition(wilayahColumn) + "))";
}

int Visibility::bind(storage::Statement& stmt, int firstIndex) const {
  return m_sensitive.bind(stmt, m_read.bind(stmt, firstIndex));
}

bool Visibility::sees(const RecordRow& row) const {
  return m_read.contains(row.wilayahCode) &&
         (!row.sensitive || m_sensitive.contains(row.wilayahCode));
}

const char* const kRecordSelect =
    "SELECT r.id, r.pmks_type, r.period, r.subject_key, r.person_id, r.no_kk, r.community_name,"
    " r.wilayah_code, r.dusun, r.rw, r.rt, r.dasawisma_group_id, ifnull(u.username, ''),"
    " r.criteria, r.disability_kinds, r.disaster_event, r.notes, r.attachments, r.status,"
    " r.return_reason, r.sex, r.sensitive, r.etag, r.create_time_ms, r.update_time_ms"
    " FROM pmks_records r LEFT JOIN core_users u ON u.id = r.collected_by";

RecordRow readRecordRow(storage::Statement& stmt) {
  RecordRow row;
  row.id = stmt.columnInt64(0);
  row.pmksType = stmt.columnInt(1);
  row.period = stmt.columnText(2);
  row.subjectKey = stmt.columnText(3);
  row.personId = stmt.columnOptionalInt64(4);
  row.noKk = stmt.columnText(5);
  row.communityName = stmt.columnText(6);
  row.wilayahCode = stmt.columnText(7);
  row.dusun = stmt.columnText(8);
  row.rw = stmt.columnText(9);
  row.rt = stmt.columnText(10);
  row.dasawismaGroupId = stmt.columnOptionalInt64(11).value_or(0);
  row.collectedBy = stmt.columnText(12);
  row.criteria = splitList(stmt.columnText(13), ',');
  row.disabilityKinds = splitList(stmt.columnText(14), ',');
  row.disasterEvent = stmt.columnText(15);
  row.notes = stmt.columnText(16);
  row.attachments = splitList(stmt.columnText(17), '\n');
  row.status = static_cast<Status>(stmt.columnInt(18));
  row.returnReason = stmt.columnText(19);
  row.sex = stmt.columnInt(20);
  row.sensitive = stmt.columnInt(21) != 0;
  row.etag = stmt.columnText(22);
  row.createTimeMs = stmt.columnInt64(23);
  row.updateTimeMs = stmt.columnInt64(24);
  return row;
}

std::optional<RecordRow> findRecord(storage::Database& db, std::int64_t id) {
  auto stmt = db.prepare(std::string(kRecordSelect) + " WHERE r.id = ?");
  stmt.bind(1, id);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return readRecordRow(stmt);
}

std::optional<RecordRow> findVisibleRecord(storage::Database& db, const server::Principal& who,
                                           std::int64_t id) {
  const Visibility visibility(who);
  auto stmt =
      db.prepare(std::string(kRecordSelect) + " WHERE r.id = ? AND " + visibility.sqlCondition());
  stmt.bind(1, id);
  visibility.bind(stmt, 2);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return readRecordRow(stmt);
}

void toProto(server::Host& host, storage::Database& db, const server::Principal& who,
             const RecordRow& row, bool withHistory, v1::Record* out) {
  out->set_name(recordName(row.id));
  out->set_pmks_type(row.pmksType);
  if (const auto* type = domain::findPmksTypeByOrder(row.pmksType)) {
    out->set_pmks_type_slug(type->slug);
  }
  out->set_period(row.period);
  v1::Subject* subject = out->mutable_subject();
  subject->set_no_kk(row.noKk);
  subject->set_community_name(row.communityName);
  if (row.personId) {
    subject->set_person("persons/" + std::to_string(*row.personId));
    if (const auto person = host.findPersonById(db, *row.personId)) {
      if (who.holdsAt("core.person.read_nik", row.wilayahCode)) {
        subject->set_nik(person->nik);
      } else {
        subject->set_nik(domain::maskNik(person->nik));
        subject->set_nik_masked(true);
      }
      subject->set_full_name(person->fullName);
      subject->set_sex(static_cast<simpul::core::v1::Sex>(person->sex));
      if (const auto birth = domain::CivilDate::parseIso(person->birthDate)) {
        subject->mutable_birth_date()->set_year(birth->year);
        subject->mutable_birth_date()->set_month(birth->month);
        subject->mutable_birth_date()->set_day(birth->day);
      }
    }
  }
  v1::Location* location = out->mutable_location();
  location->set_wilayah_code(row.wilayahCode);
  if (const auto wilayah = host.findWilayah(db, row.wilayahCode)) {
    location->set_wilayah_name(wilayah->name);
  }
  location->set_dusun(row.dusun);
  location->set_rw(row.rw);
  location->set_rt(row.rt);
  if (row.dasawismaGroupId != 0) {
    out->set_dasawisma_group("pmks/dasawisma-groups/" + std::to_string(row.dasawismaGroupId));
  }
  out->set_collected_by(row.collectedBy);
  for (const auto& c : row.criteria) {
    out->add_criteria(c);
  }
  for (const auto& k : row.disabilityKinds) {
    out->add_disability_kinds(k);
  }
  out->set_disaster_event(row.disasterEvent);
  out->set_notes(row.notes);
  for (const auto& a : row.attachments) {
    out->add_attachments(a);
  }
  out->set_status(static_cast<v1::RecordStatus>(row.status));
  out->set_return_reason(row.returnReason);
  out->set_sensitive(row.sensitive);
  out->set_etag(row.etag);
  server::setTimestamp(out->mutable_create_time(), row.createTimeMs);
  server::setTimestamp(out->mutable_update_time(), row.updateTimeMs);
  if (withHistory) {
    auto stmt = db.prepare("SELECT from_status, to_status, actor, time_ms, reason"
                           " FROM pmks_record_history WHERE record_id = ? ORDER BY id");
    stmt.bind(1, row.id);
    while (stmt.step()) {
      v1::StatusChange* change = out->add_history();
      change->set_from_status(static_cast<v1::RecordStatus>(stmt.columnInt(0)));
      change->set_to_status(static_cast<v1::RecordStatus>(stmt.columnInt(1)));
      change->set_actor(stmt.columnText(2));
      server::setTimestamp(change->mutable_time(), stmt.columnInt64(3));
      change->set_reason(stmt.columnText(4));
    }
  }
}

} // namespace simpul::pmks
