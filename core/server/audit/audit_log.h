#pragma once

#include "server/host.h"
#include "server/time_util.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::core::v1 {
class AuditEntry;
}

namespace simpul::storage {
class Database;
class Statement;
} // namespace simpul::storage

namespace simpul::server {

// The previous_hash of the first entry.
inline constexpr std::string_view kAuditGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// One row of core_audit as stored.
struct AuditRow {
  std::int64_t sequence = 0;
  std::int64_t timeMs = 0;
  std::string actor;
  std::string method;
  std::string resource;
  std::string changedFields; // comma-separated names, as in the column
  std::string wilayahCode;
  std::string previousHash;
  std::string hash;
};

// The columns readAuditRow() expects, in order, for "SELECT <kAuditColumns> FROM core_audit".
inline constexpr const char* kAuditColumns =
    "sequence, time_ms, actor, method, resource, changed_fields, wilayah_code, previous_hash, "
    "hash";
AuditRow readAuditRow(const storage::Statement& row);

// The hash a row must carry: hex SHA-256 over a canonical serialization of every field but
// the hash itself. Each field is length-prefixed, so no two different rows serialize alike
// (moving a character from one field to the next changes the serialization).
std::string auditRowHash(const AuditRow& row);

// Throws std::invalid_argument unless `name` looks like a field name ("display_name",
// "address.rt"): 1-64 characters of [A-Za-z0-9_.], starting with a letter or '_', with no run
// of four or more digits. Defensive: a value (a NIK, a phone number, a name with a space)
// passed by mistake is refused before it reaches the append-only log. The message never
// repeats the name.
void checkAuditFieldName(std::string_view name);

// Appends one entry chained to the last one (or to kAuditGenesisHash), inside the caller's
// write transaction: there is one writer, so reading the tail and inserting after it cannot
// fork the chain. Throws std::logic_error outside a transaction and std::invalid_argument for
// a changed field that is not a name (checkAuditFieldName).
void appendAudit(storage::Database& tx, std::string_view actor, const AuditRecord& record,
                 TimePoint now);

struct AuditVerification {
  bool intact = true;
  std::int64_t entriesChecked = 0;
  std::int64_t firstBrokenSequence = 0; // 0 when intact
  std::string problem;                  // Indonesian " / " English; empty when intact
};

// Walks the chain in sequence order and stops at the first broken entry: its own hash does not
// match its fields ("row was edited") or its previous_hash is not the hash of the row before it
// ("a row before it was removed or edited"). Run it in one read snapshot. progress (optional)
// is told the number of entries checked so far, every few thousand entries and at the end.
//
// A hash chain alone cannot show that entries were cut off the end; comparing the last
// sequence with one recorded elsewhere (a backup, a report) can.
AuditVerification verifyAuditChain(storage::Database& db,
                                   const std::function<void(std::int64_t)>& progress = {});

void toProto(const AuditRow& row, simpul::core::v1::AuditEntry* out);

// The comma-separated column value split into names ("" → none).
std::vector<std::string> splitChangedFields(std::string_view column);

} // namespace simpul::server
