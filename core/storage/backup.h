#pragma once

#include "storage/database.h"

#include <functional>
#include <string>

namespace simpul::storage {

// Progress of a copy: pages done and pages in all (SQLite's backup counters).
using BackupProgress = std::function<void(int done, int total)>;

// Copies the whole of `source` into a new database file at targetPath with the SQLite backup
// API, in steps, so other connections keep working meanwhile. Writes to "<target>.partial"
// and renames it when complete; an existing target is replaced only then.
void backupDatabase(Database& source, const std::string& targetPath,
                    const BackupProgress& progress = {});

// Replaces the database at dbPath with the backup at backupPath. The backup is checked first
// (it opens, passes PRAGMA integrity_check and has a core_schema_migrations table); a bad
// backup throws StorageError and leaves dbPath as it was. No simpul-data may be running on
// dbPath. The old -wal/-shm files are removed with the old database.
void restoreDatabase(const std::string& backupPath, const std::string& dbPath,
                     const BackupProgress& progress = {});

} // namespace simpul::storage
