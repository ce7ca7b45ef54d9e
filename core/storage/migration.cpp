#include "storage/migration.h"

#include "storage/error.h"
#include "storage/sha256.h"
#include "storage/transaction.h"

#include <chrono>
#include <map>
#include <set>

namespace simpul::storage {

namespace {

constexpr const char* kCreateTable = R"sql(
CREATE TABLE IF NOT EXISTS core_schema_migrations (
  module TEXT NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  checksum TEXT NOT NULL,
  applied_at_ms INTEGER NOT NULL,
  PRIMARY KEY (module, version)
))sql";

struct Applied {
  std::string name;
  std::string checksum;
};

// module → version → what was applied.
using AppliedMap = std::map<std::string, std::map<int, Applied>>;

bool hasMigrationTable(Database& db) {
  Statement stmt = db.prepare(
      "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'core_schema_migrations'");
  return stmt.step();
}

AppliedMap readApplied(Database& db) {
  AppliedMap applied;
  if (!hasMigrationTable(db)) {
    return applied;
  }
  Statement stmt = db.prepare("SELECT module, version, name, checksum FROM core_schema_migrations");
  while (stmt.step()) {
    applied[stmt.columnText(0)][stmt.columnInt(1)] = {stmt.columnText(2), stmt.columnText(3)};
  }
  return applied;
}

std::string describe(const std::string& module, int version, const std::string& name) {
  return "migration " + module + " " + std::to_string(version) + " (\"" + name + "\")";
}

std::string shortChecksum(const std::string& checksum) {
  return checksum.size() > 12 ? checksum.substr(0, 12) + "\u2026" : checksum;
}

[[noreturn]] void refuse(const std::string& message) {
  throw StorageError(ErrorCode::Schema, message);
}

// Everything migrate() refuses, checked before it changes anything.
void checkModule(const ModuleSchema& schema, const AppliedMap& appliedMap,
                 const std::string& path) {
  if (schema.module.empty()) {
    refuse("a module schema without a module name; this is a bug in the caller");
  }
  for (std::size_t i = 0; i < schema.steps.size(); ++i) {
    const MigrationStep& step = schema.steps[i];
    if (step.version != static_cast<int>(i) + 1) {
      refuse("the migration steps of module " + schema.module +
             " are not numbered 1, 2, 3...: step " + std::to_string(i + 1) + " (\"" + step.name +
             "\") has version " + std::to_string(step.version) + "; this is a bug in the module");
    }
  }
  const auto found = appliedMap.find(schema.module);
  if (found == appliedMap.end()) {
    return;
  }
  const int known = static_cast<int>(schema.steps.size());
  int expected = 1;
  for (const auto& [version, applied] : found->second) {
    if (version > known) {
      refuse(describe(schema.module, version, applied.name) + " is applied to " + path +
             " but this program knows module " + schema.module + " only up to version " +
             std::to_string(known) +
             ": the database was written by a newer version of Simpul; use that version or "
             "restore a backup");
    }
    if (version != expected) {
      refuse("the migrations of module " + schema.module + " applied to " + path +
             " have a gap: version " + std::to_string(expected) + " is missing below " +
             std::to_string(version) + "; the migration table was edited by hand");
    }
    ++expected;
    const MigrationStep& step = schema.steps[static_cast<std::size_t>(version) - 1];
    const std::string checksum = migrationChecksum(step);
    if (checksum != applied.checksum) {
      refuse(describe(schema.module, version, step.name) + " was changed after it was applied to " +
             path + " (checksum " + shortChecksum(applied.checksum) +
             " != " + shortChecksum(checksum) +
             "); an applied migration is never edited: add a new step instead");
    }
  }
}

std::int64_t nowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// Runs one step with its record in one transaction, so a step is either wholly applied and
// recorded or not at all.
void applyStep(Database& db, const std::string& module, const MigrationStep& step) {
  try {
    Transaction tx(db, Transaction::Mode::Immediate);
    db.exec(step.sql); // sqlite3_exec: a step is usually several statements
    db.prepare("INSERT INTO core_schema_migrations (module, version, name, checksum, "
               "applied_at_ms) VALUES (?, ?, ?, ?, ?)")
        .bindAll(module, step.version, step.name, migrationChecksum(step), nowMs())
        .run();
    tx.commit();
  } catch (const StorageError& e) {
    throw StorageError(e.code(),
                       describe(module, step.version, step.name) + " failed on " + db.path() +
                           " and was rolled back: " + e.what(),
                       e.sqliteCode());
  }
}

} // namespace

std::string migrationChecksum(const MigrationStep& step) {
  return sha256Hex(step.sql);
}

std::vector<MigrationReport> migrate(Database& db, const std::vector<ModuleSchema>& modules) {
  if (db.inTransaction()) {
    throw StorageError(ErrorCode::Misuse, "migrate " + db.path() +
                                              ": called inside a transaction; every step "
                                              "runs in its own");
  }
  const AppliedMap applied = readApplied(db);
  std::set<std::string> seen;
  for (const ModuleSchema& schema : modules) {
    if (!seen.insert(schema.module).second) {
      refuse("module " + schema.module + " is given twice to migrate; this is a bug in the caller");
    }
    checkModule(schema, applied, db.path());
  }

  // Every module is sound: now the database may change.
  db.exec(kCreateTable);
  std::vector<MigrationReport> reports;
  for (const ModuleSchema& schema : modules) {
    const auto found = applied.find(schema.module);
    const int from = found == applied.end() ? 0 : static_cast<int>(found->second.size());
    for (const MigrationStep& step : schema.steps) {
      if (step.version > from) {
        applyStep(db, schema.module, step);
      }
    }
    reports.push_back({schema.module, from, static_cast<int>(schema.steps.size())});
  }
  return reports;
}

std::vector<MigrationReport> appliedVersions(Database& db) {
  std::vector<MigrationReport> reports;
  if (!hasMigrationTable(db)) {
    return reports;
  }
  Statement stmt = db.prepare("SELECT module, MAX(version) FROM core_schema_migrations "
                              "GROUP BY module ORDER BY module");
  while (stmt.step()) {
    const int version = stmt.columnInt(1);
    reports.push_back({stmt.columnText(0), version, version});
  }
  return reports;
}

} // namespace simpul::storage
