#pragma once

#include "storage/database.h"

#include <functional>
#include <string>
#include <vector>

namespace simpul::storage {

// One numbered step of a module's schema.
struct MigrationStep {
  int version = 0; // 1, 2, 3... without gaps
  std::string name;
  std::string sql;
};

// The schema of one module: "core" or a plugin id. Its tables carry its prefix.
struct ModuleSchema {
  std::string module;
  std::vector<MigrationStep> steps;
};

struct MigrationReport {
  std::string module;
  int fromVersion = 0;
  int toVersion = 0;
};

// The hex SHA-256 of a step's SQL, as recorded in core_schema_migrations.
std::string migrationChecksum(const MigrationStep& step);

// Brings each module's schema up to date, in the order given: every step not yet applied
// runs in its own IMMEDIATE transaction together with its record (module, version, name,
// checksum, applied_at) in core_schema_migrations, which is created when missing.
//
// Before applying anything it checks every module and throws StorageError(Schema) naming the
// module and version when
//   - an applied step's checksum differs from the step given (it was edited after it ran),
//   - the database has a step the binary does not know (written by a newer version),
//   - the steps given are not numbered 1, 2, 3... (a bug in the module).
// A database refused this way is left untouched. Returns one report per module given, with
// fromVersion == toVersion when it was up to date. Must not be called inside a transaction.
std::vector<MigrationReport> migrate(Database& db, const std::vector<ModuleSchema>& modules);

// The highest applied version per module, for reports ("core 3, pmks 2"), in both fromVersion
// and toVersion; ordered by module. Empty when no migration ever ran.
std::vector<MigrationReport> appliedVersions(Database& db);

} // namespace simpul::storage
