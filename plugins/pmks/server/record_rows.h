#pragma once

// Reading PMKS records: the row as stored, who may see it, and its API form. Shared by the
// service's handlers and RecordStore.

#include "record_store.h"
#include "server/scope.h"
#include "simpul/pmks/v1/pmks.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::storage {
class Statement;
}

namespace simpul::pmks {

inline constexpr std::string_view kModule = "pmks";

std::string recordName(std::int64_t id); // "pmks/records/12"
// The id in "pmks/records/{id}"; INVALID_ARGUMENT on `field` otherwise.
std::int64_t parseRecordName(std::string_view name, std::string_view field = "name");

struct RecordRow {
  std::int64_t id = 0;
  int pmksType = 0;
  std::string period;
  std::string subjectKey;
  std::optional<std::int64_t> personId;
  std::string noKk;
  std::string communityName;
  std::string wilayahCode;
  std::string dusun;
  std::string rw;
  std::string rt;
  std::int64_t dasawismaGroupId = 0;
  std::string collectedBy; // username
  std::vector<std::string> criteria;
  std::vector<std::string> disabilityKinds;
  std::string disasterEvent;
  std::string notes;
  std::vector<std::string> attachments;
  Status status = Status::Draft;
  std::string returnReason;
  int sex = 0;
  bool sensitive = false;
  std::string etag;
  std::int64_t createTimeMs = 0;
  std::int64_t updateTimeMs = 0;
};

// Which records a principal sees: pmks.record.read's scope, and for sensitive types also
// pmks.sensitive.read's. Used in every query, so hidden records are never even read.
class Visibility {
public:
  explicit Visibility(const server::Principal& who);
  // A condition on the records table aliased `r` ("r.wilayah_code", "r.sensitive").
  // `wilayahColumn` "+r.wilayah_code" keeps SQLite from using the wilayah index for it.
  std::string sqlCondition(std::string_view wilayahColumn = "r.wilayah_code") const;
  const server::Scope& readScope() const { return m_read; }
  int bind(storage::Statement& stmt, int firstIndex) const;
  bool sees(const RecordRow& row) const;

private:
  server::Scope m_read;
  server::Scope m_sensitive;
};

// The record with this id when `who` may see it; nullopt when missing or hidden.
std::optional<RecordRow> findVisibleRecord(storage::Database& db, const server::Principal& who,
                                           std::int64_t id);
// The record with this id whoever asks (RecordStore's own use).
std::optional<RecordRow> findRecord(storage::Database& db, std::int64_t id);

// The columns readRecordRow expects, FROM pmks_records r LEFT JOIN core_users u.
extern const char* const kRecordSelect;
RecordRow readRecordRow(storage::Statement& stmt);

// The API form; the NIK masked unless `who` holds core.person.read_nik at the record's desa.
void toProto(server::Host& host, storage::Database& db, const server::Principal& who,
             const RecordRow& row, bool withHistory, v1::Record* out);

std::vector<std::string> splitList(std::string_view joined, char separator);
std::string joinList(const std::vector<std::string>& items, char separator);

} // namespace simpul::pmks
