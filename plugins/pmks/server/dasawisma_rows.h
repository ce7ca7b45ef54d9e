#pragma once

// Reading Dasawisma groups and reports: names, the rows as stored, who sees them, and their
// API form. Shared by the group and report handlers (dasawisma_groups.cpp,
// dasawisma_reports.cpp).

#include "server/host.h"
#include "server/scope.h"
#include "simpul/pmks/v1/dasawisma.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::storage {
class Database;
class Statement;
} // namespace simpul::storage

namespace simpul::server {
class ApiError;
}

namespace simpul::pmks {

std::string groupName(std::int64_t id);  // "pmks/dasawisma-groups/12"
std::string reportName(std::int64_t id); // "pmks/dasawisma-reports/12"
// The id in the name; INVALID_ARGUMENT (BAD_NAME) on `field` otherwise.
std::int64_t parseGroupName(std::string_view name, std::string_view field);
std::int64_t parseReportName(std::string_view name, std::string_view field);

struct GroupRow {
  std::int64_t id = 0;
  std::string wilayahCode;
  std::string dusun;
  std::string rw;
  std::string rt;
  std::string displayName;
  std::int64_t ketuaPersonId = 0;
  int households = 0;
  std::string createdBy; // username
  std::string etag;
  std::int64_t createTimeMs = 0;
  std::int64_t updateTimeMs = 0;
  int reportCount = 0;
};

struct ReportRow {
  std::int64_t id = 0;
  std::int64_t groupId = 0;
  std::string wilayahCode; // the group's desa
  std::string month;
  std::string notes;
  std::string createdBy;
  std::string etag;
  std::int64_t createTimeMs = 0;
  std::int64_t updateTimeMs = 0;
};

// The group with this id when it is within `readable`; nullopt when missing or outside.
std::optional<GroupRow> findGroup(storage::Database& db, std::int64_t id,
                                  const server::Scope& readable);
std::optional<ReportRow> findReport(storage::Database& db, std::int64_t id,
                                    const server::Scope& readable);

// A group SELECT's columns, FROM pmks_dasawisma_groups g LEFT JOIN core_users u.
extern const char* const kGroupSelect;
GroupRow readGroupRow(storage::Statement& stmt);
extern const char* const kReportSelect;
ReportRow readReportRow(storage::Statement& stmt);

// The API forms; NIKs masked unless `who` holds core.person.read_nik in the group's desa,
// sensitive candidates left out (and counted) without pmks.sensitive.read there.
void groupToProto(server::Host& host, storage::Database& db, const server::Principal& who,
                  const GroupRow& row, v1::DasawismaGroup* out);
void reportToProto(server::Host& host, storage::Database& db, const server::Principal& who,
                   const ReportRow& row, v1::DasawismaReport* out);

// A subject's person fields as the registry takes them (Host::ensurePerson).
server::PersonInput personInput(const v1::Subject& subject);
// A registry refusal on "person.<path>" as one on "<prefix>.<path>" ("group.ketua").
server::ApiError relabelPersonError(const server::ApiError& error, const std::string& prefix);
// PERMISSION_DENIED unless `who` holds `permission` at the wilayah.
void requireAt(const server::Principal& who, const char* permission, const std::string& wilayah);

// The subject's person fields for the API (NIK masked unless `showNik`).
void personToSubject(server::Host& host, storage::Database& db, std::int64_t personId, bool showNik,
                     v1::Subject* out);

} // namespace simpul::pmks
