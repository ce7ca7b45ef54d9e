#include "storage/backup.h"

#include "storage/error.h"
#include "storage/transaction.h"

#include <filesystem>
#include <optional>
#include <sqlite3.h>
#include <system_error>

namespace simpul::storage {

namespace fs = std::filesystem;

namespace {

constexpr int kPagesPerStep = 256;
// How often a step that found the target locked is retried, and how long it sleeps between.
constexpr int kBusyRetries = 100;
constexpr int kBusySleepMs = 50;

// Removes a database file and its companions; for clean-up, so errors are ignored.
void removeDatabaseFiles(const std::string& path) {
  std::error_code ignored;
  for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
    fs::remove(path + suffix, ignored);
  }
}

void renameOrThrow(const std::string& from, const std::string& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec) {
    throw StorageError(ErrorCode::Io, "rename " + from + " to " + to + ": " + ec.message());
  }
}

// Copies every page of `source` into `target` (an open, otherwise unused connection).
void copyPages(Database& source, Database& target, const BackupProgress& progress) {
  sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
  if (backup == nullptr) {
    throwSqliteError(sqlite3_extended_errcode(target.handle()),
                     "backup " + source.path() + " to " + target.path(),
                     sqlite3_errmsg(target.handle()));
  }
  int rc = SQLITE_OK;
  int busyRetries = 0;
  while (true) {
    rc = sqlite3_backup_step(backup, kPagesPerStep);
    if (rc == SQLITE_OK || rc == SQLITE_DONE) {
      if (progress) {
        const int total = sqlite3_backup_pagecount(backup);
        progress(total - sqlite3_backup_remaining(backup), total);
      }
      if (rc == SQLITE_DONE) {
        break;
      }
      busyRetries = 0;
    } else if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busyRetries++ < kBusyRetries) {
      sqlite3_sleep(kBusySleepMs);
    } else {
      break;
    }
  }
  // finish releases everything; its result repeats the step's error, if there was one.
  const int finishRc = sqlite3_backup_finish(backup);
  const int error = rc != SQLITE_DONE ? rc : finishRc;
  if (error != SQLITE_OK && error != SQLITE_DONE) {
    throwSqliteError(error, "backup " + source.path() + " to " + target.path(),
                     sqlite3_errmsg(target.handle()));
  }
}

} // namespace

void backupDatabase(Database& source, const std::string& targetPath,
                    const BackupProgress& progress) {
  const std::string partial = targetPath + ".partial";
  removeDatabaseFiles(partial); // left over from a backup that crashed
  try {
    // A read transaction on the source pins one WAL snapshot for the whole copy: without it
    // every write by another connection between two steps would restart the backup. BEGIN
    // alone takes no snapshot, so read once, also inside a transaction the caller began.
    std::optional<Transaction> snapshot;
    if (!source.inTransaction()) {
      snapshot.emplace(source, Transaction::Mode::Deferred);
    }
    source.prepare("SELECT count(*) FROM sqlite_schema").step();
    {
      OpenOptions options;
      options.wal = false;
      Database target = Database::open(partial, options);
      copyPages(source, target, progress);
      // The copied header says WAL when the source is; a backup is one self-contained file,
      // so switch it back to a rollback journal (this also leaves no -wal beside it).
      target.exec("PRAGMA journal_mode=DELETE");
    }
    snapshot.reset();
    renameOrThrow(partial, targetPath);
  } catch (...) {
    removeDatabaseFiles(partial);
    throw;
  }
}

namespace {

// Throws when the backup is not a sound Simpul database.
void checkBackup(Database& backup) {
  Statement check = backup.prepare("PRAGMA integrity_check");
  const std::string verdict = check.step() ? check.columnText(0) : std::string("no answer");
  if (verdict != "ok") {
    throw StorageError(ErrorCode::Corrupt,
                       "it fails the integrity check (" + abbreviateSql(verdict) + ")");
  }
  Statement table = backup.prepare(
      "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'core_schema_migrations'");
  if (!table.step()) {
    throw StorageError(ErrorCode::Schema,
                       "it has no core_schema_migrations table, so it is not a Simpul database");
  }
}

} // namespace

void restoreDatabase(const std::string& backupPath, const std::string& dbPath,
                     const BackupProgress& progress) {
  // Check the backup before anything touches dbPath.
  OpenOptions readOnly;
  readOnly.readOnly = true;
  readOnly.create = false;
  readOnly.wal = false;
  Database backup;
  try {
    backup = Database::open(backupPath, readOnly);
    checkBackup(backup);
  } catch (const StorageError& e) {
    throw StorageError(e.code(),
                       "restore from " + backupPath + " refused, " + dbPath +
                           " is unchanged: " + e.what(),
                       e.sqliteCode());
  }

  // Copy next to dbPath (same file system, so the rename is atomic), then swap it in.
  const std::string incoming = dbPath + ".restoring";
  backupDatabase(backup, incoming, progress);
  try {
    // The old -wal must go before the new file arrives: SQLite would otherwise replay the
    // old database's frames into the restored one. A -journal likewise would be rolled back.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
      std::error_code ec;
      fs::remove(dbPath + suffix, ec);
      if (ec) {
        throw StorageError(ErrorCode::Io,
                           "restore: cannot remove " + dbPath + suffix + ": " + ec.message());
      }
    }
    renameOrThrow(incoming, dbPath);
  } catch (...) {
    removeDatabaseFiles(incoming);
    throw;
  }
}

} // namespace simpul::storage
