#include "record_store.h"

#include "domain/civil_date.h"
#include "domain/period.h"
#include "domain/pmks_catalog.h"
#include "recap_counts.h"
#include "record_attachments.h"
#include "record_limits.h"
#include "record_rows.h"
#include "server/api_error.h"
#include "server/time_util.h"
#include "storage/database.h"

#include <algorithm>
#include <cctype>

namespace simpul::pmks {

using server::ApiError;

namespace {

constexpr int kDesaLevel = 4;

bool isDigits(std::string_view text, std::size_t length) {
  return text.size() == length &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

ApiError invalid(const char* field, const char* reason, const domain::LocalizedText& text) {
  return ApiError::invalidArgument(field, reason, text.id, text.en);
}

// Everything insert and update decide before writing: the checked, canonical values.
struct Checked {
  const domain::PmksType* type = nullptr;
  std::string period;
  server::WilayahRow desa;
  std::string subjectKey;
  std::optional<std::int64_t> personId;
  bool personCreated = false;
  std::string noKk;
  std::string communityName;
  int sex = 0;
  std::vector<std::string> criteria;
  std::vector<std::string> disabilityKinds;
};

// The cheap checks and the duplicate key, before anything is written: an import of a row
// that already exists stops here.
Checked checkKey(server::Host& host, storage::Database& tx, const RecordInput& input) {
  checkRecordTextLimits(input);
  Checked c;
  c.type = domain::findPmksTypeByOrder(input.pmksType);
  if (c.type == nullptr) {
    throw ApiError::invalidArgument("record.pmks_type", "UNKNOWN_TYPE",
                                    "Jenis PMKS harus berupa nomor 1 sampai 26.",
                                    "The PMKS type must be a number from 1 to 26.");
  }
  const auto period = domain::Period::parse(input.period);
  if (!period || (period->kind() != domain::PeriodKind::Year &&
                  period->kind() != domain::PeriodKind::Semester)) {
    throw ApiError::invalidArgument("record.period", "BAD_PERIOD",
                                    "Periode harus berupa tahun (2025) atau semester (2025-S1).",
                                    "The period must be a year (2025) or a semester (2025-S1).");
  }
  c.period = period->toString();
  c.desa = host.requireWilayah(tx, input.wilayahCode, "record.location.wilayah_code", kDesaLevel);
  c.noKk = trimmed(input.subject.noKk);
  switch (c.type->subjectKind) {
  case domain::PmksSubjectKind::Community: {
    c.communityName = trimmed(input.communityName);
    if (c.communityName.empty()) {
      throw ApiError::invalidArgument("record.subject.community_name", "REQUIRED",
                                      "Nama komunitas wajib diisi.",
                                      "The community's name is required.");
    }
    c.subjectKey = "kat:" + c.desa.code + ":" + domain::foldCatalogName(c.communityName);
    return c;
  }
  case domain::PmksSubjectKind::Family:
    if (!isDigits(c.noKk, 16)) {
      throw ApiError::invalidArgument("record.subject.no_kk", "BAD_NO_KK",
                                      "No. KK wajib diisi, 16 angka.",
                                      "The family card number (No. KK) must be 16 digits.");
    }
    c.subjectKey = "kk:" + c.noKk;
    break;
  case domain::PmksSubjectKind::Person:
  case domain::PmksSubjectKind::Event:
    break;
  }
  const std::string nik = trimmed(input.subject.nik);
  if (!isDigits(nik, 16)) {
    throw ApiError::invalidArgument("record.subject.nik", "BAD_NIK", "NIK harus 16 angka.",
                                    "The NIK must be 16 digits.");
  }
  if (c.subjectKey.empty()) {
    c.subjectKey = nik;
  }
  return c;
}

// The person (found or created) and the type's rules on it, the criteria and the kinds.
void checkSubjectAndRules(server::Host& host, storage::Database& tx, const server::Principal& actor,
                          const RecordInput& input, const std::string& method, Checked& c) {
  if (c.type->subjectKind != domain::PmksSubjectKind::Community) {
    server::PersonInput person = input.subject;
    person.nik = trimmed(person.nik);
    person.noKk = c.noKk;
    if (person.wilayahCode.empty()) {
      person.wilayahCode = c.desa.code;
      person.dusun = input.dusun;
      person.rw = input.rw;
      person.rt = input.rt;
    }
    server::PersonFacts facts;
    try {
      facts = host.ensurePerson(tx, actor, person, method);
    } catch (const ApiError& e) {
      // The registry names its own fields ("person.birth_date"); say where they are here.
      std::string field = e.field();
      if (field.rfind("person.address.", 0) == 0) {
        field = "record.location." + field.substr(15);
      } else if (field.rfind("person.", 0) == 0) {
        field = "record.subject." + field.substr(7);
      }
      throw ApiError(e.code(), field, e.reason(), e.messageId(), e.messageEn());
    }
    c.personId = facts.id;
    c.personCreated = facts.created;
    c.sex = facts.sex;
    std::optional<domain::Sex> sex;
    if (facts.sex == 1) {
      sex = domain::Sex::Male;
    } else if (facts.sex == 2) {
      sex = domain::Sex::Female;
    }
    int age = 0;
    if (!c.type->ageRule.isUnbounded()) {
      const auto birth = domain::CivilDate::parseIso(facts.birthDate);
      if (!birth) {
        throw ApiError::invalidArgument(
            "record.subject.birth_date", "RULE_AGE",
            "Tanggal lahir wajib diketahui: jenis PMKS ini punya batas usia.",
            "The birth date must be known: this PMKS type has an age rule.");
      }
      age = domain::CivilDate::ageInYears(*birth, domain::Period::parse(c.period)->end());
    }
    if (const auto violation = domain::checkSubject(*c.type, age, sex)) {
      if (violation->code == domain::RuleViolationCode::SexNotAllowed) {
        throw invalid("record.subject.sex", "RULE_SEX", violation->reason);
      }
      throw invalid("record.subject.birth_date", "RULE_AGE", violation->reason);
    }
  }
  // Criteria are optional (an import carries none); when given they must fit the type.
  for (const auto& key : input.criteria) {
    c.criteria.push_back(trimmed(key));
  }
  if (!c.criteria.empty()) {
    if (const auto violation = domain::checkCriteria(*c.type, c.criteria)) {
      throw invalid("record.criteria", "RULE_CRITERIA", violation->reason);
    }
  }
  for (const auto& text : input.disabilityKinds) {
    const auto* kind = domain::parseDisabilityKind(trimmed(text));
    if (kind == nullptr) {
      throw ApiError::invalidArgument("record.disability_kinds", "RULE_DISABILITY",
                                      "Jenis disabilitas tidak dikenal.",
                                      "Unknown disability kind.");
    }
    if (std::find(c.disabilityKinds.begin(), c.disabilityKinds.end(), kind->slug) ==
        c.disabilityKinds.end()) {
      c.disabilityKinds.push_back(kind->slug);
    }
  }
  if (const auto violation = domain::checkDisabilityKinds(*c.type, c.disabilityKinds)) {
    throw invalid("record.disability_kinds", "RULE_DISABILITY", violation->reason);
  }
}

std::optional<std::pair<std::int64_t, std::string>>
findDuplicate(storage::Database& tx, const Checked& c, std::int64_t exceptId) {
  auto stmt = tx.prepare("SELECT id, wilayah_code FROM pmks_records WHERE subject_key = ? AND "
                         "pmks_type = ? AND period = ? AND id != ?");
  stmt.bindAll(c.subjectKey, c.type->order, c.period, exceptId);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return std::make_pair(stmt.columnInt64(0), stmt.columnText(1));
}

// ALREADY_EXISTS; names the desa only to a caller who may see records there.
// The Dasawisma group a record came through must exist and be in the record's desa: a
// group of another desa would carry the record into that desa's group reports. Not
// visible and not existing are the same answer.
std::optional<std::int64_t> checkGroup(storage::Database& tx, std::int64_t groupId,
                                       const std::string& desaCode) {
  if (groupId == 0) {
    return std::nullopt;
  }
  auto stmt = tx.prepare("SELECT wilayah_code FROM pmks_dasawisma_groups WHERE id = ?");
  stmt.bindAll(groupId);
  if (!stmt.step() || stmt.columnText(0) != desaCode) {
    throw ApiError::invalidArgument(
        "record.dasawisma_group", "GROUP_NOT_IN_DESA",
        "Kelompok Dasawisma tidak ditemukan di desa/kelurahan data ini.",
        "The Dasawisma group was not found in this record's desa/kelurahan.");
  }
  return groupId;
}

ApiError duplicateError(server::Host& host, storage::Database& tx, const server::Principal& actor,
                        const Checked& c, const std::string& desaCode) {
  RecordRow probe;
  probe.wilayahCode = desaCode;
  probe.sensitive = c.type->sensitive;
  if (Visibility(actor).sees(probe)) {
    const auto desa = host.findWilayah(tx, desaCode);
    const std::string name = desa ? desa->name : desaCode;
    return ApiError::alreadyExists(
        "record", "RECORD_EXISTS",
        "Data PMKS jenis dan periode ini untuk subjek yang sama sudah ada di " + name + ".",
        "A PMKS record of this type and period for the same subject already exists in " + name +
            ".");
  }
  return ApiError::alreadyExists(
      "record", "RECORD_EXISTS",
      "Data PMKS jenis dan periode ini untuk subjek yang sama sudah ada.",
      "A PMKS record of this type and period for the same subject already exists.");
}

void addHistory(storage::Database& tx, const server::Principal& actor, std::int64_t recordId,
                int from, int to, const std::string& reason, std::int64_t timeMs) {
  auto stmt = tx.prepare("INSERT INTO pmks_record_history (record_id, from_status, to_status, "
                         "actor_id, actor, time_ms, reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
  stmt.bindAll(recordId, from, to, actor.userId, actor.username, timeMs, reason);
  stmt.run();
}

// The inbox item of the step that now awaits someone; the previous step's item is closed
// (a record just created has none to close).
void updateInbox(server::Host& host, storage::Database& tx, std::int64_t recordId, int pmksType,
                 const std::string& desaCode, Status status, bool isNew = false) {
  const std::string resource = recordName(recordId);
  for (const char* kind : {"record.verify", "record.validate", "record.revise"}) {
    if (!isNew) {
      host.closeInbox(tx, kModule, kind, resource);
    }
  }
  const char* kind = nullptr;
  const char* permission = nullptr;
  std::string titleId;
  std::string titleEn;
  switch (status) {
  case Status::Submitted:
    kind = "record.verify";
    permission = "pmks.record.verify";
    titleId = "Verifikasi data PMKS: ";
    titleEn = "Verify a PMKS record: ";
    break;
  case Status::Verified:
    kind = "record.validate";
    permission = "pmks.record.validate";
    titleId = "Validasi data PMKS: ";
    titleEn = "Validate a PMKS record: ";
    break;
  case Status::Returned:
    kind = "record.revise";
    permission = "pmks.record.write";
    titleId = "Perbaiki data PMKS yang dikembalikan: ";
    titleEn = "Revise a returned PMKS record: ";
    break;
  case Status::Draft:
  case Status::Validated:
    return;
  }
  const auto* type = domain::findPmksTypeByOrder(pmksType);
  if (type->sensitive) {
    // The item names the type ("... Orang dengan HIV/AIDS di <desa>"): only those who may
    // read the record may learn it exists (tests/security/leak_test.cpp).
    permission = "pmks.sensitive.read";
  }
  const auto desa = host.findWilayah(tx, desaCode);
  const std::string desaName = desa ? desa->name : desaCode;
  server::InboxPost post;
  post.module = std::string(kModule);
  post.kind = kind;
  post.resource = resource;
  post.wilayahCode = desaCode;
  post.permission = permission;
  post.titleId = titleId + type->name.id + " di " + desaName;
  post.titleEn = titleEn + type->name.en + " in " + desaName;
  host.postInbox(tx, post);
}

} // namespace

RecordStore::RecordStore(server::Host& host) : m_host(host) {}

InsertOutcome RecordStore::insert(storage::Database& tx, const server::Principal& actor,
                                  const RecordInput& input, Status status, DuplicatePolicy policy,
                                  const std::string& method, RecapDeltas* recap) {
  Checked c = checkKey(m_host, tx, input);
  if (const auto existing = findDuplicate(tx, c, 0)) {
    if (policy == DuplicatePolicy::ReportExisting) {
      InsertOutcome outcome;
      outcome.recordId = existing->first;
      outcome.existed = true;
      return outcome;
    }
    throw duplicateError(m_host, tx, actor, c, existing->second);
  }
  checkSubjectAndRules(m_host, tx, actor, input, method, c);
  checkRecordAttachments(tx, input.attachments);

  const std::int64_t nowMs = server::toMillis(m_host.now());
  auto stmt = tx.prepare(
      "INSERT INTO pmks_records (pmks_type, period, subject_key, person_id, no_kk, "
      "community_name, wilayah_code, dusun, rw, rt, dasawisma_group_id, collected_by, criteria, "
      "disability_kinds, disaster_event, notes, attachments, status, sex, sensitive, etag, "
      "create_time_ms, update_time_ms, created_by) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const std::optional<std::int64_t> group = checkGroup(tx, input.dasawismaGroupId, c.desa.code);
  stmt.bindAll(c.type->order, c.period, c.subjectKey, c.personId, c.noKk, c.communityName,
               c.desa.code, trimmed(input.dusun), trimmed(input.rw), trimmed(input.rt), group,
               actor.userId, joinList(c.criteria, ','), joinList(c.disabilityKinds, ','),
               input.disasterEvent, input.notes, joinList(input.attachments, '\n'),
               static_cast<int>(status), c.sex, c.type->sensitive, server::newEtag(), nowMs, nowMs,
               actor.userId);
  stmt.run();
  const std::int64_t id = tx.lastInsertRowid();
  addHistory(tx, actor, id, 0, static_cast<int>(status), {}, nowMs);
  m_host.audit(tx, actor,
               server::AuditRecord{method,
                                   recordName(id),
                                   {"pmks_type", "period", "subject", "location", "status"},
                                   c.desa.code});
  updateInbox(m_host, tx, id, c.type->order, c.desa.code, status, true);
  if (recap != nullptr) {
    recap->add(c.period, c.desa.code, c.type->order, static_cast<int>(status), c.sex, +1);
  } else {
    adjustRecap(tx, c.period, c.desa.code, c.type->order, static_cast<int>(status), c.sex, +1);
  }
  InsertOutcome outcome;
  outcome.recordId = id;
  outcome.personCreated = c.personCreated;
  return outcome;
}

void RecordStore::transition(storage::Database& tx, const server::Principal& actor,
                             std::int64_t recordId, Status from, Status to,
                             const std::string& reason, const std::string& method) {
  const auto row = findRecord(tx, recordId);
  if (!row) {
    throw ApiError::notFound(recordName(recordId));
  }
  if (row->status != from) {
    throw ApiError::failedPrecondition("WRONG_STATUS",
                                       "Status data PMKS ini tidak memungkinkan langkah tersebut.",
                                       "This PMKS record's status does not allow that step.");
  }
  const std::int64_t nowMs = server::toMillis(m_host.now());
  auto stmt = tx.prepare("UPDATE pmks_records SET status = ?, return_reason = ?, etag = ?, "
                         "update_time_ms = ? WHERE id = ?");
  stmt.bindAll(static_cast<int>(to), to == Status::Returned ? reason : std::string(),
               server::newEtag(), nowMs, recordId);
  stmt.run();
  addHistory(tx, actor, recordId, static_cast<int>(from), static_cast<int>(to), reason, nowMs);
  adjustRecap(tx, row->period, row->wilayahCode, row->pmksType, static_cast<int>(from), row->sex,
              -1);
  adjustRecap(tx, row->period, row->wilayahCode, row->pmksType, static_cast<int>(to), row->sex, +1);
  m_host.audit(tx, actor,
               server::AuditRecord{method, recordName(recordId), {"status"}, row->wilayahCode});
  updateInbox(m_host, tx, recordId, row->pmksType, row->wilayahCode, to);
}

void RecordStore::update(storage::Database& tx, const server::Principal& actor,
                         std::int64_t recordId, const RecordInput& input,
                         const std::vector<std::string>& changedFields, const std::string& method) {
  const auto row = findRecord(tx, recordId);
  if (!row) {
    throw ApiError::notFound(recordName(recordId));
  }
  Checked c = checkKey(m_host, tx, input);
  if (const auto existing = findDuplicate(tx, c, recordId)) {
    throw duplicateError(m_host, tx, actor, c, existing->second);
  }
  checkSubjectAndRules(m_host, tx, actor, input, method, c);
  checkRecordAttachments(tx, input.attachments);
  const std::optional<std::int64_t> group = checkGroup(tx, input.dasawismaGroupId, c.desa.code);
  auto stmt = tx.prepare(
      "UPDATE pmks_records SET pmks_type = ?, period = ?, subject_key = ?, person_id = ?, "
      "no_kk = ?, community_name = ?, wilayah_code = ?, dusun = ?, rw = ?, rt = ?, "
      "dasawisma_group_id = ?, criteria = ?, disability_kinds = ?, disaster_event = ?, "
      "notes = ?, attachments = ?, sex = ?, sensitive = ?, etag = ?, update_time_ms = ? "
      "WHERE id = ?");
  stmt.bindAll(c.type->order, c.period, c.subjectKey, c.personId, c.noKk, c.communityName,
               c.desa.code, trimmed(input.dusun), trimmed(input.rw), trimmed(input.rt), group,
               joinList(c.criteria, ','), joinList(c.disabilityKinds, ','), input.disasterEvent,
               input.notes, joinList(input.attachments, '\n'), c.sex, c.type->sensitive,
               server::newEtag(), server::toMillis(m_host.now()), recordId);
  stmt.run();
  const int status = static_cast<int>(row->status);
  adjustRecap(tx, row->period, row->wilayahCode, row->pmksType, status, row->sex, -1);
  adjustRecap(tx, c.period, c.desa.code, c.type->order, status, c.sex, +1);
  m_host.audit(tx, actor,
               server::AuditRecord{method, recordName(recordId), changedFields, c.desa.code});
  if (c.desa.code != row->wilayahCode || c.type->order != row->pmksType) {
    updateInbox(m_host, tx, recordId, c.type->order, c.desa.code, row->status);
  }
}

} // namespace simpul::pmks
