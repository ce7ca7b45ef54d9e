// Database::prepare() keeps prepared statements for reuse (storage/statement_cache.h): a
// reused statement must behave as a fresh one, and nothing may be shared between two live
// statements.
#include "storage/database.h"
#include "storage/error.h"
#include "storage/statement.h"
#include "temp_dir.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>

namespace simpul::storage {
namespace {

class StatementCacheTest : public testing::TempDirTest {
protected:
  Database openDb(std::size_t capacity = 64) {
    OpenOptions options;
    options.statementCache = capacity;
    Database db = Database::open(path("cache.db"), options);
    db.exec("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)");
    return db;
  }
};

TEST_F(StatementCacheTest, TheSameSqlIsPreparedOnceAndComesBackResetWithoutBindings) {
  Database db = openDb();
  const std::size_t misses = db.preparedMisses();
  for (int i = 1; i <= 3; ++i) {
    auto insert = db.prepare("INSERT INTO t (id, v) VALUES (?, ?)");
    insert.bindAll(i, "v" + std::to_string(i)).run();
  }
  EXPECT_EQ(db.preparedMisses(), misses + 1);
  EXPECT_EQ(db.preparedHits(), 2u);
  {
    auto select = db.prepare("SELECT v FROM t WHERE id = ?");
    select.bind(1, 2);
    ASSERT_TRUE(select.step()); // left in the middle of its rows on purpose
  }
  // The kept statement was reset and its binding cleared: NULL matches nothing.
  auto again = db.prepare("SELECT v FROM t WHERE id = ?");
  EXPECT_FALSE(again.step());
  again.reset();
  again.bind(1, 3);
  ASSERT_TRUE(again.step());
  EXPECT_EQ(again.columnText(0), "v3");
}

TEST_F(StatementCacheTest, TwoLiveStatementsOfTheSameTextAreIndependent) {
  Database db = openDb();
  db.exec("INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'b')");
  auto outer = db.prepare("SELECT id FROM t ORDER BY id");
  ASSERT_TRUE(outer.step());
  {
    auto inner = db.prepare("SELECT id FROM t ORDER BY id");
    ASSERT_TRUE(inner.step());
    ASSERT_TRUE(inner.step());
    EXPECT_EQ(inner.columnInt(0), 2);
  }
  EXPECT_EQ(outer.columnInt(0), 1); // untouched by the inner one
  ASSERT_TRUE(outer.step());
  EXPECT_EQ(outer.columnInt(0), 2);
}

TEST_F(StatementCacheTest, ALiveStatementDoesNotHoldItsTransactionOpenOnceDestroyed) {
  Database db = openDb();
  db.exec("INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'b')");
  {
    auto select = db.prepare("SELECT id FROM t");
    ASSERT_TRUE(select.step());
  }
  // A statement kept half-stepped would keep a read transaction open on the connection.
  EXPECT_FALSE(db.inTransaction());
  db.exec("DROP TABLE t"); // would fail with SQLITE_LOCKED while a statement still reads t
}

TEST_F(StatementCacheTest, CapacityBoundsTheKeptStatementsAndZeroKeepsNone) {
  Database db = openDb(2);
  for (int round = 0; round < 2; ++round) {
    for (const char* sql : {"SELECT 1", "SELECT 2", "SELECT 3"}) {
      auto stmt = db.prepare(sql);
      ASSERT_TRUE(stmt.step());
    }
  }
  // Least recently used first out: each of the three evicts the one needed next.
  EXPECT_EQ(db.preparedHits(), 0u);
  Database none = openDb(0);
  for (int i = 0; i < 3; ++i) {
    auto stmt = none.prepare("SELECT 1");
    ASSERT_TRUE(stmt.step());
  }
  EXPECT_EQ(none.preparedHits(), 0u);
}

TEST_F(StatementCacheTest, AStatementMayOutliveItsConnection) {
  std::optional<Statement> survivor;
  {
    Database db = openDb();
    survivor.emplace(db.prepare("SELECT 1"));
  }
  // Finalized on its own (close_v2 keeps the connection until then); nothing to crash on.
  survivor.reset();
  SUCCEED();
}

TEST_F(StatementCacheTest, MoreThanOneStatementIsStillRefused) {
  Database db = openDb();
  EXPECT_THROW(db.prepare("SELECT 1; SELECT 2"), StorageError);
}

} // namespace
} // namespace simpul::storage
