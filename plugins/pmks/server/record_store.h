#pragma once

// The one place PMKS records are written: CreateRecord, UpdateRecord, the workflow steps and
// ImportRecords all go through RecordStore, so the type rules, the duplicate rule, the
// history, the audit, the inbox and the recap counts cannot drift apart.

#include "server/host.h"
#include "server/principal.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace simpul::storage {
class Database;
}

namespace simpul::pmks {

class RecapDeltas;

// As simpul.pmks.v1.RecordStatus (same numbers, stored in pmks_records.status).
enum class Status { Draft = 1, Submitted = 2, Verified = 3, Validated = 4, Returned = 5 };

// What a form or an import row says about a record. Personal data: never log it.
struct RecordInput {
  int pmksType = 0;            // 1-26
  std::string period;          // "2025", "2025-S1"
  server::PersonInput subject; // person and family types (family: noKk required, the head)
  std::string communityName;   // type 26
  std::string wilayahCode;     // desa/kelurahan, dotted or plain
  std::string dusun;
  std::string rw;
  std::string rt;
  std::int64_t dasawismaGroupId = 0; // 0: none
  std::vector<std::string> criteria;
  std::vector<std::string> disabilityKinds;
  std::string disasterEvent;
  std::string notes;
  std::vector<std::string> attachments; // "attachments/<sha256>"
};

struct InsertOutcome {
  std::int64_t recordId = 0;
  bool existed = false;             // DuplicatePolicy::ReportExisting found the same record
  bool personCreated = false;       // the registry got a new person for it
  bool legacyReviewAdvised = false; // reserved for the importer; false here
};

enum class DuplicatePolicy {
  Refuse,         // ALREADY_EXISTS (CreateRecord)
  ReportExisting, // InsertOutcome::existed, nothing written (ImportRecords)
};

class RecordStore {
public:
  explicit RecordStore(server::Host& host);

  // Inside the caller's write transaction: checks the input (type, period, wilayah is a
  // desa/kelurahan, subject fields per subject kind, the type's age/sex rules on the age at
  // the end of the period, criteria, disability kinds, attachments as in
  // record_attachments.h), finds or creates the person by NIK
  // (Host::ensurePerson), applies the duplicate rule (same NIK, type and period, anywhere),
  // inserts the record in `status` with its first history entry, keeps the recap counts,
  // audits under `method` and posts the inbox item of the next step. Permission checks are
  // the caller's. Throws server::ApiError: INVALID_ARGUMENT on a "record.<path>" field
  // ("record.subject.nik", "record.period", "record.pmks_type", "record.location.wilayah_code",
  // "record.subject.birth_date", "record.criteria"...) with a stable reason ("RULE_AGE",
  // "RULE_SEX", "RULE_CRITERIA", "RULE_DISABILITY", "BAD_PERIOD", "UNKNOWN_TYPE",
  // "NOT_A_DESA", ...); ALREADY_EXISTS (reason "RECORD_EXISTS") on "record".
  // With `recap`, the record's count goes there (as the last step, so a row that throws adds
  // nothing) and the caller applies it before its transaction commits (ImportRecords, once
  // per batch); without, the counts are written at once.
  InsertOutcome insert(storage::Database& tx, const server::Principal& actor,
                       const RecordInput& input, Status status, DuplicatePolicy policy,
                       const std::string& method, RecapDeltas* recap = nullptr);

  // Moves a record from one status to the next (history, audit, recap counts, inbox).
  // Throws FAILED_PRECONDITION (reason "WRONG_STATUS") when the record is not in `from`.
  void transition(storage::Database& tx, const server::Principal& actor, std::int64_t recordId,
                  Status from, Status to, const std::string& reason, const std::string& method);

  // Replaces what a record says with `input` (the service merges the update mask into the
  // current values first), with the same checks as insert; the duplicate rule ignores the
  // record itself. Keeps the recap counts, a new etag, audits `changedFields`. The status
  // and the permission checks are the caller's.
  void update(storage::Database& tx, const server::Principal& actor, std::int64_t recordId,
              const RecordInput& input, const std::vector<std::string>& changedFields,
              const std::string& method);

private:
  server::Host& m_host;
};

} // namespace simpul::pmks
