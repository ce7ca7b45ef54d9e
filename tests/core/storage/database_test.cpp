#include "storage/database.h"
#include "storage/error.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "temp_dir.h"

#include <cstdint>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace simpul::storage {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::queryInt;
using testing::queryText;

class DatabaseTest : public testing::TempDirTest {
protected:
  Database openDb() { return Database::open(path("test.db")); }
};

// Runs f and returns the StorageError it throws; fails the test when it throws none.
template <class F> StorageError errorOf(F&& f) {
  try {
    f();
  } catch (const StorageError& e) {
    return e;
  }
  ADD_FAILURE() << "no StorageError thrown";
  return StorageError(ErrorCode::NotFound, "none");
}

TEST_F(DatabaseTest, OpenSetsWalForeignKeysAndSynchronousNormal) {
  Database db = openDb();
  EXPECT_TRUE(db.isOpen());
  EXPECT_EQ(db.path(), path("test.db"));
  EXPECT_EQ(queryText(db, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(queryInt(db, "PRAGMA foreign_keys"), 1);
  EXPECT_EQ(queryInt(db, "PRAGMA synchronous"), 1); // NORMAL
  EXPECT_EQ(queryInt(db, "PRAGMA busy_timeout"), 5000);
}

TEST_F(DatabaseTest, ANewDatabaseAndItsWalAreReadableByTheOwnerOnly) {
  Database db = openDb();
  db.exec("CREATE TABLE t (x)");
  for (const char* suffix : {"", "-wal", "-shm"}) {
    struct stat st {};
    ASSERT_EQ(::stat((path("test.db") + suffix).c_str(), &st), 0) << suffix;
    EXPECT_EQ(st.st_mode & 0777, 0600u) << suffix;
  }
}

TEST_F(DatabaseTest, OpenWithoutWalKeepsRollbackJournal) {
  OpenOptions options;
  options.wal = false;
  options.busyTimeout = std::chrono::milliseconds(250);
  Database db = Database::open(path("plain.db"), options);
  EXPECT_EQ(queryText(db, "PRAGMA journal_mode"), "delete");
  EXPECT_EQ(queryInt(db, "PRAGMA foreign_keys"), 1);
  EXPECT_EQ(queryInt(db, "PRAGMA busy_timeout"), 250);
}

TEST_F(DatabaseTest, OpenMissingFileWithoutCreateIsIo) {
  OpenOptions options;
  options.create = false;
  const StorageError e = errorOf([&] { Database::open(path("missing.db"), options); });
  EXPECT_EQ(e.code(), ErrorCode::Io);
  EXPECT_EQ(e.sqliteCode() & 0xff, SQLITE_CANTOPEN);
  EXPECT_THAT(e.what(), HasSubstr("missing.db"));
  EXPECT_FALSE(std::filesystem::exists(path("missing.db")));
}

TEST_F(DatabaseTest, ReadOnlyConnectionRefusesWrites) {
  openDb().exec("CREATE TABLE t(x)");
  OpenOptions options;
  options.readOnly = true;
  Database db = Database::open(path("test.db"), options);
  EXPECT_EQ(queryInt(db, "SELECT count(*) FROM t"), 0);
  EXPECT_EQ(errorOf([&] { db.exec("INSERT INTO t VALUES (1)"); }).code(), ErrorCode::Io);
}

TEST_F(DatabaseTest, BindsAndReadsEveryType) {
  Database db = openDb();
  db.exec("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB, n, oi INTEGER, os TEXT, f INTEGER)");
  const std::vector<std::uint8_t> bytes{0x00, 0x01, 0xfe, 0xff, 0x00};
  const std::int64_t big = 9'007'199'254'740'993; // not representable as a double
  db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(1, big)
      .bind(2, 2.5)
      .bind(3, std::string("Siti Nurhaliza, Jl. Melati 3\n\xc3\xa9")) // with UTF-8
      .bindBlob(4, bytes)
      .bindNull(5)
      .bind(6, std::optional<std::int64_t>{})
      .bind(7, std::optional<std::string>{"ada"})
      .bind(8, true)
      .run();
  EXPECT_EQ(db.changes(), 1);
  EXPECT_EQ(db.lastInsertRowid(), 1);

  Statement stmt = db.prepare("SELECT i, r, s, b, n, oi, os, f FROM t");
  ASSERT_TRUE(stmt.step());
  EXPECT_EQ(stmt.columnCount(), 8);
  EXPECT_EQ(stmt.columnInt64(0), big);
  EXPECT_DOUBLE_EQ(stmt.columnDouble(1), 2.5);
  EXPECT_EQ(stmt.columnText(2), "Siti Nurhaliza, Jl. Melati 3\n\xc3\xa9");
  EXPECT_EQ(stmt.columnBlob(3), bytes);
  EXPECT_TRUE(stmt.isNull(4));
  EXPECT_EQ(stmt.columnText(4), "");
  EXPECT_EQ(stmt.columnOptionalText(4), std::nullopt);
  EXPECT_EQ(stmt.columnOptionalInt64(5), std::nullopt);
  EXPECT_TRUE(stmt.columnBlob(4).empty());
  EXPECT_EQ(stmt.columnOptionalText(6), std::optional<std::string>("ada"));
  EXPECT_FALSE(stmt.isNull(6));
  EXPECT_EQ(stmt.columnInt(7), 1);
  EXPECT_EQ(stmt.columnOptionalInt64(0), std::optional<std::int64_t>(big));
  EXPECT_FALSE(stmt.step());
}

TEST_F(DatabaseTest, EmptyTextAndBlobAreNotNull) {
  Database db = openDb();
  Statement stmt = db.prepare("SELECT ?, ?, typeof(?1), typeof(?2)");
  stmt.bind(1, std::string_view()).bindBlob(2, {});
  ASSERT_TRUE(stmt.step());
  EXPECT_FALSE(stmt.isNull(0));
  EXPECT_FALSE(stmt.isNull(1));
  EXPECT_EQ(stmt.columnText(2), "text");
  EXPECT_EQ(stmt.columnText(3), "blob");
}

TEST_F(DatabaseTest, BindAllAndResetAllowReuse) {
  Database db = openDb();
  db.exec("CREATE TABLE t(a INTEGER, b TEXT)");
  Statement insert = db.prepare("INSERT INTO t VALUES (?, ?)");
  insert.bindAll(1, "one").run();
  insert.reset();
  insert.bindAll(2, std::string("two")).run();
  insert.reset();
  insert.bind(1, 3).run(); // reset cleared parameter 2: NULL
  EXPECT_EQ(queryInt(db, "SELECT count(*) FROM t"), 3);
  EXPECT_EQ(queryText(db, "SELECT group_concat(b, ',') FROM t ORDER BY a"), "one,two");
  EXPECT_EQ(queryInt(db, "SELECT count(*) FROM t WHERE b IS NULL"), 1);
}

TEST_F(DatabaseTest, StatementsMove) {
  Database db = openDb();
  Statement a = db.prepare("SELECT 42");
  Statement b = std::move(a);
  EXPECT_EQ(a.handle(), nullptr);
  EXPECT_EQ(errorOf([&] { a.step(); }).code(), ErrorCode::Misuse);
  EXPECT_EQ(errorOf([&] { a.bind(1, 1); }).code(), ErrorCode::Misuse);
  EXPECT_EQ(errorOf([&] { a.columnInt(0); }).code(), ErrorCode::Misuse);
  EXPECT_EQ(a.sql(), "");
  ASSERT_TRUE(b.step());
  EXPECT_EQ(b.columnInt(0), 42);
  Database moved = std::move(db);
  EXPECT_FALSE(db.isOpen());
  EXPECT_TRUE(moved.isOpen());
  EXPECT_EQ(b.sql(), "SELECT 42");
}

TEST_F(DatabaseTest, UniqueViolationIsConstraintWithoutTheValue) {
  Database db = openDb();
  db.exec("CREATE TABLE person(nik TEXT NOT NULL UNIQUE)");
  const std::string nik = "3201014107900001"; // synthetic, stands for personal data
  db.prepare("INSERT INTO person VALUES (?)").bind(1, nik).run();
  const StorageError e =
      errorOf([&] { db.prepare("INSERT INTO person VALUES (?)").bind(1, nik).run(); });
  EXPECT_EQ(e.code(), ErrorCode::Constraint);
  EXPECT_EQ(e.sqliteCode(), SQLITE_CONSTRAINT_UNIQUE);
  EXPECT_THAT(e.what(), HasSubstr("person.nik"));
  EXPECT_THAT(e.what(), Not(HasSubstr(nik)));
}

TEST_F(DatabaseTest, ForeignKeyAndNotNullViolationsAreConstraint) {
  Database db = openDb();
  db.exec("CREATE TABLE parent(id INTEGER PRIMARY KEY);"
          "CREATE TABLE child(parent_id INTEGER NOT NULL REFERENCES parent(id))");
  const StorageError fk =
      errorOf([&] { db.prepare("INSERT INTO child VALUES (?)").bind(1, 7).run(); });
  EXPECT_EQ(fk.code(), ErrorCode::Constraint);
  EXPECT_EQ(fk.sqliteCode(), SQLITE_CONSTRAINT_FOREIGNKEY);
  const StorageError notNull =
      errorOf([&] { db.prepare("INSERT INTO child VALUES (?)").bindNull(1).run(); });
  EXPECT_EQ(notNull.code(), ErrorCode::Constraint);
  EXPECT_EQ(notNull.sqliteCode(), SQLITE_CONSTRAINT_NOTNULL);
}

TEST_F(DatabaseTest, BadSqlIsMisuse) {
  Database db = openDb();
  const StorageError syntax = errorOf([&] { db.prepare("SELEC 1"); });
  EXPECT_EQ(syntax.code(), ErrorCode::Misuse);
  EXPECT_THAT(syntax.what(), HasSubstr("SELEC 1"));
  EXPECT_EQ(errorOf([&] { db.prepare("SELECT * FROM nowhere"); }).code(), ErrorCode::Misuse);
  EXPECT_EQ(errorOf([&] { db.exec("CREATE TABLE"); }).code(), ErrorCode::Misuse);
  EXPECT_EQ(errorOf([&] { db.prepare(""); }).code(), ErrorCode::Misuse);
  EXPECT_EQ(errorOf([&] { db.prepare("SELECT 1; SELECT 2"); }).code(), ErrorCode::Misuse);
  // A trailing semicolon or comment is not a second statement.
  EXPECT_NO_THROW(db.prepare("SELECT 1; -- done"));
  Statement stmt = db.prepare("SELECT ?");
  const StorageError range = errorOf([&] { stmt.bind(2, 1); });
  EXPECT_EQ(range.code(), ErrorCode::Misuse);
  EXPECT_EQ(range.sqliteCode(), SQLITE_RANGE);
  ASSERT_TRUE(stmt.step());
  EXPECT_EQ(errorOf([&] { stmt.columnInt(1); }).code(), ErrorCode::Misuse);
}

TEST_F(DatabaseTest, NotADatabaseIsCorrupt) {
  {
    std::ofstream junk(path("junk.db"));
    junk << std::string(4096, 'x');
  }
  Database db = Database::open(path("junk.db"), OpenOptions{.wal = false});
  EXPECT_EQ(errorOf([&] { queryInt(db, "SELECT count(*) FROM sqlite_schema"); }).code(),
            ErrorCode::Corrupt);
}

TEST_F(DatabaseTest, ErrorCodesHaveNames) {
  EXPECT_STREQ(toString(ErrorCode::Busy), "busy");
  EXPECT_STREQ(toString(ErrorCode::Schema), "schema");
  const StorageError e(ErrorCode::NotFound, "no person 7");
  EXPECT_EQ(e.sqliteCode(), 0);
  EXPECT_STREQ(e.what(), "no person 7");
}

TEST_F(DatabaseTest, TransactionRollsBackUnlessCommitted) {
  Database db = openDb();
  db.exec("CREATE TABLE t(x)");
  {
    Transaction tx(db);
    db.exec("INSERT INTO t VALUES (1)");
    EXPECT_TRUE(db.inTransaction());
    EXPECT_FALSE(tx.committed());
  }
  EXPECT_FALSE(db.inTransaction());
  EXPECT_EQ(queryInt(db, "SELECT count(*) FROM t"), 0);
  {
    Transaction tx(db, Transaction::Mode::Immediate);
    db.exec("INSERT INTO t VALUES (2)");
    tx.commit();
    EXPECT_TRUE(tx.committed());
    EXPECT_THROW(tx.commit(), StorageError);
  }
  EXPECT_FALSE(db.inTransaction());
  EXPECT_EQ(queryInt(db, "SELECT count(*) FROM t"), 1);
  // The commit is durable: another connection sees it.
  Database other = openDb();
  EXPECT_EQ(queryInt(other, "SELECT x FROM t"), 2);
}

TEST_F(DatabaseTest, ImmediateTransactionTakesTheWriteLock) {
  Database db = openDb();
  db.exec("CREATE TABLE t(x)");
  OpenOptions quick;
  quick.busyTimeout = std::chrono::milliseconds(50);
  Database other = Database::open(path("test.db"), quick);
  Transaction tx(db, Transaction::Mode::Immediate);
  const StorageError e = errorOf([&] { Transaction second(other); });
  EXPECT_EQ(e.code(), ErrorCode::Busy);
  // A deferred (read) transaction still works beside it in WAL mode.
  Transaction read(other, Transaction::Mode::Deferred);
  EXPECT_EQ(queryInt(other, "SELECT count(*) FROM t"), 0);
}

TEST_F(DatabaseTest, NestedBeginIsMisuse) {
  Database db = openDb();
  Transaction tx(db);
  EXPECT_EQ(errorOf([&] { Transaction inner(db); }).code(), ErrorCode::Misuse);
  EXPECT_TRUE(db.inTransaction()); // the outer one is untouched
}

} // namespace
} // namespace simpul::storage
