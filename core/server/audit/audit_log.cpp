#include "server/audit/audit_log.h"

#include "simpul/core/v1/audit.pb.h"
#include "storage/database.h"
#include "storage/sha256.h"
#include "storage/statement.h"

#include <stdexcept>

namespace simpul::server {

namespace {

// Bumped only with a new serialization; it keeps hashes of other formats from colliding.
constexpr std::string_view kSerializationTag = "simpul.audit.v1";

// Every field as "<byte length>:<bytes>;" (a netstring), so field boundaries are explicit.
void appendField(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += ';';
}

bool isAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isAsciiDigit(char c) {
  return c >= '0' && c <= '9';
}

std::string joinFields(const std::vector<std::string>& fields) {
  std::string joined;
  for (const std::string& field : fields) {
    if (!joined.empty()) {
      joined += ',';
    }
    joined += field;
  }
  return joined;
}

} // namespace

AuditRow readAuditRow(const storage::Statement& row) {
  AuditRow out;
  out.sequence = row.columnInt64(0);
  out.timeMs = row.columnInt64(1);
  out.actor = row.columnText(2);
  out.method = row.columnText(3);
  out.resource = row.columnText(4);
  out.changedFields = row.columnText(5);
  out.wilayahCode = row.columnText(6);
  out.previousHash = row.columnText(7);
  out.hash = row.columnText(8);
  return out;
}

std::string auditRowHash(const AuditRow& row) {
  std::string text;
  text.reserve(128 + row.actor.size() + row.method.size() + row.resource.size() +
               row.changedFields.size() + row.wilayahCode.size());
  appendField(text, kSerializationTag);
  appendField(text, row.previousHash);
  appendField(text, std::to_string(row.sequence));
  appendField(text, std::to_string(row.timeMs));
  appendField(text, row.actor);
  appendField(text, row.method);
  appendField(text, row.resource);
  appendField(text, row.changedFields);
  appendField(text, row.wilayahCode);
  return storage::sha256Hex(text);
}

void checkAuditFieldName(std::string_view name) {
  // The messages say which rule failed, never the offending text: it may be personal data.
  if (name.empty() || name.size() > 64) {
    throw std::invalid_argument("audit: a changed field name must be 1-64 characters long");
  }
  if (!isAsciiLetter(name.front()) && name.front() != '_') {
    throw std::invalid_argument("audit: a changed field name must start with a letter or '_'");
  }
  int digitRun = 0;
  for (char c : name) {
    if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != '_' && c != '.') {
      throw std::invalid_argument(
          "audit: a changed field name may hold only letters, digits, '_' and '.'");
    }
    digitRun = isAsciiDigit(c) ? digitRun + 1 : 0;
    if (digitRun >= 4) {
      throw std::invalid_argument(
          "audit: a changed field name looks like a value (a run of digits), not a name");
    }
  }
}

void appendAudit(storage::Database& tx, std::string_view actor, const AuditRecord& record,
                 TimePoint now) {
  // Reading the tail and appending must be one atomic step, or two writers could both chain
  // to the same predecessor.
  if (!tx.inTransaction()) {
    throw std::logic_error("appendAudit must run inside the caller's write transaction");
  }
  for (const std::string& field : record.changedFields) {
    checkAuditFieldName(field);
  }
  if (actor.empty() || record.method.empty() || record.resource.empty()) {
    throw std::invalid_argument("audit: actor, method and resource are required");
  }

  AuditRow row;
  row.previousHash = std::string(kAuditGenesisHash);
  row.sequence = 1;
  {
    storage::Statement last =
        tx.prepare("SELECT sequence, hash FROM core_audit ORDER BY sequence DESC LIMIT 1");
    if (last.step()) {
      row.sequence = last.columnInt64(0) + 1;
      row.previousHash = last.columnText(1);
    }
  }
  row.timeMs = toMillis(now);
  row.actor = std::string(actor);
  row.method = record.method;
  row.resource = record.resource;
  row.changedFields = joinFields(record.changedFields);
  row.wilayahCode = record.wilayahCode;
  row.hash = auditRowHash(row);

  storage::Statement insert =
      tx.prepare("INSERT INTO core_audit (sequence, time_ms, actor, method, resource, "
                 "changed_fields, wilayah_code, previous_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bindAll(row.sequence, row.timeMs, row.actor, row.method, row.resource, row.changedFields,
                 row.wilayahCode, row.previousHash, row.hash);
  insert.run();
}

AuditVerification verifyAuditChain(storage::Database& db,
                                   const std::function<void(std::int64_t)>& progress) {
  constexpr std::int64_t kProgressEvery = 4096;
  AuditVerification result;
  std::string expectedPrevious(kAuditGenesisHash);
  storage::Statement rows =
      db.prepare(std::string("SELECT ") + kAuditColumns + " FROM core_audit ORDER BY sequence");
  while (rows.step()) {
    AuditRow row = readAuditRow(rows);
    ++result.entriesChecked;
    if (auditRowHash(row) != row.hash) {
      result.intact = false;
      result.firstBrokenSequence = row.sequence;
      result.problem = "entri " + std::to_string(row.sequence) +
                       ": hash tidak cocok dengan isinya (baris ini diubah) / entry " +
                       std::to_string(row.sequence) +
                       ": its hash does not match its fields (the row was edited)";
      break;
    }
    if (row.previousHash != expectedPrevious) {
      result.intact = false;
      result.firstBrokenSequence = row.sequence;
      result.problem =
          "entri " + std::to_string(row.sequence) +
          ": previous_hash tidak cocok dengan entri sebelumnya (baris sebelumnya dihapus atau "
          "diubah) / entry " +
          std::to_string(row.sequence) +
          ": its previous_hash does not match the entry before it (a row before it was "
          "removed or edited)";
      break;
    }
    expectedPrevious = std::move(row.hash);
    if (progress && result.entriesChecked % kProgressEvery == 0) {
      progress(result.entriesChecked);
    }
  }
  if (progress) {
    progress(result.entriesChecked);
  }
  return result;
}

void toProto(const AuditRow& row, simpul::core::v1::AuditEntry* out) {
  out->set_sequence(row.sequence);
  setTimestamp(out->mutable_time(), row.timeMs);
  out->set_actor(row.actor);
  out->set_method(row.method);
  out->set_resource(row.resource);
  for (std::string& field : splitChangedFields(row.changedFields)) {
    out->add_changed_fields(std::move(field));
  }
  out->set_wilayah_code(row.wilayahCode);
  out->set_hash(row.hash);
  out->set_previous_hash(row.previousHash);
}

std::vector<std::string> splitChangedFields(std::string_view column) {
  std::vector<std::string> fields;
  while (!column.empty()) {
    const std::size_t comma = column.find(',');
    fields.emplace_back(column.substr(0, comma));
    if (comma == std::string_view::npos) {
      break;
    }
    column.remove_prefix(comma + 1);
  }
  return fields;
}

} // namespace simpul::server
