#include "storage/backup.h"
#include "storage/error.h"
#include "storage/migration.h"
#include "storage/store.h"
#include "temp_dir.h"

#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <iterator>
#include <string>
#include <vector>

namespace simpul::storage {
namespace {

using ::testing::HasSubstr;
using testing::queryInt;
using testing::queryText;

ModuleSchema schema() {
  return {"core",
          {{1, "create people",
            "CREATE TABLE core_people(id INTEGER PRIMARY KEY, "
            "name TEXT NOT NULL)"}}};
}

std::string readFile(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::string& file, const std::string& content) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << content;
}

class BackupTest : public testing::TempDirTest {
protected:
  std::string dbPath() const { return path("live.db"); }
  std::string backupPath() const { return path("backup.db"); }

  // A migrated database with `rows` people.
  void createDatabase(int rows) {
    Database db = Database::open(dbPath());
    migrate(db, {schema()});
    Transaction tx(db);
    Statement insert = db.prepare("INSERT INTO core_people(name) VALUES (?)");
    for (int i = 0; i < rows; ++i) {
      insert.bind(1, "person " + std::to_string(i)).run();
    }
    tx.commit();
  }

  std::vector<std::string> names(const std::string& file) {
    Database db = Database::open(file);
    std::vector<std::string> all;
    Statement stmt = db.prepare("SELECT name FROM core_people ORDER BY id");
    while (stmt.step()) {
      all.push_back(stmt.columnText(0));
    }
    return all;
  }

  // restoreDatabase must refuse; returns its error.
  StorageError refusedRestore(const std::string& from) {
    try {
      restoreDatabase(from, dbPath());
    } catch (const StorageError& e) {
      return e;
    }
    ADD_FAILURE() << "restore from " << from << " was not refused";
    return StorageError(ErrorCode::NotFound, "none");
  }
};

TEST_F(BackupTest, RoundTripRestoresTheRowsAsAtBackup) {
  createDatabase(3);
  const std::vector<std::string> atBackup = names(dbPath());
  {
    auto store = Store::open(dbPath());
    store->backupTo(backupPath());
    store->write([](Database& db) {
      db.exec("DELETE FROM core_people WHERE id = 1");
      db.exec("UPDATE core_people SET name = 'changed' WHERE id = 2");
      db.exec("INSERT INTO core_people(name) VALUES ('after backup')");
    });
  }
  EXPECT_NE(names(dbPath()), atBackup);
  EXPECT_FALSE(std::filesystem::exists(backupPath() + ".partial"));
  // The backup is one self-contained file in rollback-journal mode.
  EXPECT_FALSE(std::filesystem::exists(backupPath() + "-wal"));
  {
    Database backup = Database::open(backupPath(), OpenOptions{.readOnly = true, .wal = false});
    EXPECT_EQ(queryText(backup, "PRAGMA journal_mode"), "delete");
  }

  restoreDatabase(backupPath(), dbPath());
  EXPECT_EQ(names(dbPath()), atBackup);
  EXPECT_EQ(atBackup, (std::vector<std::string>{"person 0", "person 1", "person 2"}));
  // The restored database works as a store again, in WAL mode, with its migrations.
  auto store = Store::open(dbPath());
  store->read([](Database& db) {
    EXPECT_EQ(queryText(db, "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(appliedVersions(db).at(0).toVersion, 1);
  });
}

TEST_F(BackupTest, BackupWhileAnotherConnectionWritesIsAConsistentSnapshot) {
  createDatabase(10);
  {
    // About 600 pages of 4 KiB, so the copy takes several steps of 256 pages.
    Database db = Database::open(dbPath());
    db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
            "INSERT INTO core_people(name) SELECT hex(randomblob(1500)) FROM n");
  }
  const std::size_t rowsAtBackup = 610;
  Database writer = Database::open(dbPath());
  // A write by another connection between two steps of the copy must not show in it (nor
  // restart the copy for ever).
  const auto backupWithWriteInTheMiddle = [&](Database& source, const std::string& target) {
    int calls = 0;
    int lastDone = -1;
    int lastTotal = -1;
    backupDatabase(source, target, [&](int done, int total) {
      ++calls;
      EXPECT_LE(done, total);
      EXPECT_GT(done, lastDone);
      lastDone = done;
      lastTotal = total;
      if (calls == 1) {
        writer.exec("INSERT INTO core_people(name) VALUES ('written during the backup')");
      }
    });
    EXPECT_GE(calls, 3);
    EXPECT_EQ(lastDone, lastTotal);
  };

  Database source = Database::open(dbPath());
  backupWithWriteInTheMiddle(source, backupPath());
  EXPECT_EQ(names(backupPath()).size(), rowsAtBackup);
  EXPECT_FALSE(source.inTransaction()); // the snapshot it took is released

  // Inside the caller's (not yet reading) transaction, as Store::read gives it.
  auto store = Store::open(dbPath());
  store->read([&](Database& db) { backupWithWriteInTheMiddle(db, path("second.db")); });
  EXPECT_EQ(names(path("second.db")).size(), rowsAtBackup + 1);
  EXPECT_EQ(names(dbPath()).size(), rowsAtBackup + 2);
}

TEST_F(BackupTest, ReplacesAnExistingTargetOnlyWhenComplete) {
  createDatabase(1);
  writeFile(backupPath(), "an older backup");
  writeFile(backupPath() + ".partial", "left over from a crash");
  Database db = Database::open(dbPath());
  backupDatabase(db, backupPath());
  EXPECT_EQ(names(backupPath()), std::vector<std::string>{"person 0"});
  EXPECT_FALSE(std::filesystem::exists(backupPath() + ".partial"));
}

TEST_F(BackupTest, FailedBackupRemovesThePartialFile) {
  createDatabase(1);
  // A directory under the target name: the copy succeeds, the final rename cannot.
  std::filesystem::create_directories(path("target.db"));
  writeFile(path("target.db/keep"), "x");
  Database db = Database::open(dbPath());
  try {
    backupDatabase(db, path("target.db"));
    ADD_FAILURE() << "backup over a directory succeeded";
  } catch (const StorageError& e) {
    EXPECT_EQ(e.code(), ErrorCode::Io);
    EXPECT_THAT(e.what(), HasSubstr("target.db"));
  }
  EXPECT_FALSE(std::filesystem::exists(path("target.db.partial")));
  EXPECT_TRUE(std::filesystem::is_directory(path("target.db")));
  // Nor is anything left when the partial file cannot even be created.
  EXPECT_THROW(backupDatabase(db, path("no/such/dir/b.db")), StorageError);
  EXPECT_FALSE(std::filesystem::exists(path("no")));
}

TEST_F(BackupTest, RestoreFromANonDatabaseFileRefusesAndKeepsTheDatabase) {
  createDatabase(2);
  const std::string before = readFile(dbPath());
  writeFile(backupPath(), std::string(8192, 'x'));
  const StorageError e = refusedRestore(backupPath());
  EXPECT_EQ(e.code(), ErrorCode::Corrupt);
  EXPECT_THAT(e.what(), HasSubstr("unchanged"));
  EXPECT_EQ(readFile(dbPath()), before);
  EXPECT_EQ(names(dbPath()).size(), 2u);
}

TEST_F(BackupTest, RestoreFromACorruptBackupRefusesAndKeepsTheDatabase) {
  createDatabase(500);
  {
    Database db = Database::open(dbPath());
    backupDatabase(db, backupPath());
  }
  // Damage the b-tree pages after the first: the header still reads, the tree does not.
  std::string bytes = readFile(backupPath());
  const std::size_t pageSize = 4096;
  ASSERT_GT(bytes.size(), 4 * pageSize);
  for (std::size_t page = 1; page * pageSize < bytes.size(); ++page) {
    bytes.replace(page * pageSize, 16, std::string(16, '\xee'));
  }
  writeFile(backupPath(), bytes);
  const std::string before = readFile(dbPath());
  const StorageError e = refusedRestore(backupPath());
  EXPECT_EQ(e.code(), ErrorCode::Corrupt);
  EXPECT_EQ(readFile(dbPath()), before);
  EXPECT_EQ(names(dbPath()).size(), 500u);
  EXPECT_FALSE(std::filesystem::exists(dbPath() + ".restoring"));
}

TEST_F(BackupTest, RestoreFromAForeignDatabaseOrMissingFileRefuses) {
  createDatabase(1);
  {
    Database other = Database::open(path("other.db"));
    other.exec("CREATE TABLE something(x)");
  }
  const StorageError foreign = refusedRestore(path("other.db"));
  EXPECT_EQ(foreign.code(), ErrorCode::Schema);
  EXPECT_THAT(foreign.what(), HasSubstr("core_schema_migrations"));
  const StorageError missing = refusedRestore(path("missing.db"));
  EXPECT_EQ(missing.code(), ErrorCode::Io);
  EXPECT_FALSE(std::filesystem::exists(path("missing.db")));
  EXPECT_EQ(names(dbPath()), std::vector<std::string>{"person 0"});
}

TEST_F(BackupTest, RestoreRemovesTheOldWalAndReportsProgress) {
  createDatabase(3);
  {
    Database db = Database::open(dbPath());
    backupDatabase(db, backupPath());
    db.exec("DELETE FROM core_people");
  }
  writeFile(dbPath() + "-wal", "stale");
  writeFile(dbPath() + "-shm", "stale");
  int lastDone = 0;
  int lastTotal = -1;
  restoreDatabase(backupPath(), dbPath(), [&](int done, int total) {
    lastDone = done;
    lastTotal = total;
  });
  EXPECT_GT(lastTotal, 0);
  EXPECT_EQ(lastDone, lastTotal);
  EXPECT_FALSE(std::filesystem::exists(dbPath() + "-wal"));
  EXPECT_FALSE(std::filesystem::exists(dbPath() + "-shm"));
  EXPECT_EQ(names(dbPath()).size(), 3u);
}

TEST_F(BackupTest, RestoreToAPathWithoutADatabaseCreatesIt) {
  createDatabase(2);
  {
    Database db = Database::open(dbPath());
    backupDatabase(db, backupPath());
  }
  restoreDatabase(backupPath(), path("fresh.db"));
  EXPECT_EQ(names(path("fresh.db")).size(), 2u);
}

} // namespace
} // namespace simpul::storage
