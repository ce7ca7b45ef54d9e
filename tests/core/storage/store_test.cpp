#include "storage/error.h"
#include "storage/store.h"
#include "temp_dir.h"

#include <chrono>
#include <future>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <latch>
#include <stdexcept>
#include <thread>
#include <vector>

namespace simpul::storage {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using testing::queryInt;

class StoreTest : public testing::TempDirTest {
protected:
  std::unique_ptr<Store> openStore(StoreOptions options = {}) {
    auto store = Store::open(path("store.db"), options);
    store->write([](Database& db) { db.exec("CREATE TABLE t(x INTEGER NOT NULL)"); });
    return store;
  }

  static std::int64_t count(Store& store) {
    return store.read([](Database& db) { return queryInt(db, "SELECT count(*) FROM t"); });
  }
};

TEST_F(StoreTest, OpenCreatesAWalDatabase) {
  auto store = openStore();
  EXPECT_TRUE(std::filesystem::exists(path("store.db")));
  EXPECT_EQ(store->path(), path("store.db"));
  store->read([](Database& db) {
    EXPECT_EQ(testing::queryText(db, "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(queryInt(db, "PRAGMA foreign_keys"), 1);
  });
}

TEST_F(StoreTest, TheWriterHasALargePageCacheAndTemporaryFilesInMemory) {
  StoreOptions options;
  options.writerCacheKiB = 8192;
  auto store = openStore(options);
  const auto cacheSize = [](Database& db) {
    auto stmt = db.prepare("PRAGMA cache_size");
    return stmt.step() ? stmt.columnInt64(0) : 0;
  };
  EXPECT_EQ(store->write(cacheSize), -8192);
  EXPECT_EQ(store->read(cacheSize), -2000); // SQLite's default, 2,000 KiB
  // 2 = MEMORY: a savepoint's statement journal stays off the disk.
  EXPECT_EQ(store->write([](Database& db) { return queryInt(db, "PRAGMA temp_store"); }), 2);
}

TEST_F(StoreTest, WriteCommitsAndReturnsItsResult) {
  auto store = openStore();
  const std::int64_t id = store->write([](Database& db) {
    db.prepare("INSERT INTO t VALUES (?)").bind(1, 5).run();
    return db.lastInsertRowid();
  });
  EXPECT_EQ(id, 1);
  EXPECT_EQ(count(*store), 1);
}

TEST_F(StoreTest, WriteRollsBackOnExceptionAndRethrows) {
  auto store = openStore();
  store->write([](Database& db) { db.exec("INSERT INTO t VALUES (1)"); });
  EXPECT_THROW(store->write([](Database& db) {
    db.exec("INSERT INTO t VALUES (2)");
    throw std::runtime_error("refused by a rule");
  }),
               std::runtime_error);
  EXPECT_EQ(count(*store), 1);
  // A storage error inside is rethrown as it was, and the writer is usable afterwards.
  try {
    store->write([](Database& db) {
      db.exec("INSERT INTO t VALUES (3)");
      db.exec("INSERT INTO t VALUES (NULL)");
    });
    ADD_FAILURE() << "no exception";
  } catch (const StorageError& e) {
    EXPECT_EQ(e.code(), ErrorCode::Constraint);
  }
  EXPECT_EQ(count(*store), 1);
  store->write([](Database& db) { db.exec("INSERT INTO t VALUES (4)"); });
  EXPECT_EQ(count(*store), 2);
}

TEST_F(StoreTest, ReadersCannotWrite) {
  auto store = openStore();
  EXPECT_THROW(store->read([](Database& db) { db.exec("INSERT INTO t VALUES (1)"); }),
               StorageError);
  EXPECT_EQ(count(*store), 0);
}

TEST_F(StoreTest, ReadersRunWhileTheWriterWritesAndSeeOnlyCommittedData) {
  auto store = openStore();
  std::promise<void> inserted;
  std::promise<void> release;
  std::thread writer([&] {
    store->write([&](Database& db) {
      db.exec("INSERT INTO t VALUES (1)");
      inserted.set_value();
      release.get_future().wait();
    });
  });
  inserted.get_future().wait();
  // The writer holds its transaction open: a reader neither waits for it nor sees its row.
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(count(*store), 0);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 1s);
  release.set_value();
  writer.join();
  EXPECT_EQ(count(*store), 1);
}

TEST_F(StoreTest, ReadersRunConcurrently) {
  StoreOptions options;
  options.readers = 3;
  options.readerWait = 5s;
  auto store = openStore(options);
  store->write([](Database& db) { db.exec("INSERT INTO t VALUES (1), (2)"); });
  // Each reader waits inside read() until all three are inside: only possible when the pool
  // hands out three connections at once.
  std::latch allInside(3);
  std::vector<std::future<std::int64_t>> results;
  for (int i = 0; i < 3; ++i) {
    results.push_back(std::async(std::launch::async, [&] {
      return store->read([&](Database& db) {
        allInside.arrive_and_wait();
        return queryInt(db, "SELECT sum(x) FROM t");
      });
    }));
  }
  for (auto& result : results) {
    ASSERT_EQ(result.wait_for(10s), std::future_status::ready);
    EXPECT_EQ(result.get(), 3);
  }
}

TEST_F(StoreTest, WriterWaitTimeoutIsBusy) {
  StoreOptions options;
  options.writerWait = 100ms;
  auto store = openStore(options);
  std::promise<void> entered;
  std::promise<void> release;
  std::thread holder([&] {
    store->write([&](Database&) {
      entered.set_value();
      release.get_future().wait();
    });
  });
  entered.get_future().wait();
  const auto start = std::chrono::steady_clock::now();
  try {
    store->write([](Database& db) { db.exec("INSERT INTO t VALUES (1)"); });
    ADD_FAILURE() << "the second writer did not time out";
  } catch (const StorageError& e) {
    EXPECT_EQ(e.code(), ErrorCode::Busy);
    EXPECT_THAT(e.what(), HasSubstr("writer"));
    EXPECT_THAT(e.what(), HasSubstr("100 ms"));
  }
  EXPECT_GE(std::chrono::steady_clock::now() - start, 100ms);
  release.set_value();
  holder.join();
  EXPECT_EQ(count(*store), 0);
  store->write([](Database& db) { db.exec("INSERT INTO t VALUES (1)"); });
  EXPECT_EQ(count(*store), 1);
}

TEST_F(StoreTest, ReaderWaitTimeoutIsBusy) {
  StoreOptions options;
  options.readers = 1;
  options.readerWait = 100ms;
  auto store = openStore(options);
  std::promise<void> entered;
  std::promise<void> release;
  std::thread holder([&] {
    store->read([&](Database&) {
      entered.set_value();
      release.get_future().wait();
    });
  });
  entered.get_future().wait();
  try {
    count(*store);
    ADD_FAILURE() << "the second reader did not time out";
  } catch (const StorageError& e) {
    EXPECT_EQ(e.code(), ErrorCode::Busy);
    EXPECT_THAT(e.what(), HasSubstr("reader"));
  }
  release.set_value();
  holder.join();
  EXPECT_EQ(count(*store), 0); // the reader went back to the pool
}

TEST_F(StoreTest, DataSurvivesReopening) {
  {
    auto store = openStore();
    store->write([](Database& db) { db.exec("INSERT INTO t VALUES (9)"); });
  }
  // The last connection closed cleanly: the WAL was checkpointed and removed.
  EXPECT_FALSE(std::filesystem::exists(path("store.db-wal")));
  auto store = Store::open(path("store.db"));
  EXPECT_EQ(store->read([](Database& db) { return queryInt(db, "SELECT x FROM t"); }), 9);
}

} // namespace
} // namespace simpul::storage
