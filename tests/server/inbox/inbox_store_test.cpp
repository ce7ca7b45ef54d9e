// postInbox/closeInbox on a real SQLite file migrated with the core schema, without a server.
#include "server/attachment/temp_files.h"
#include "server/inbox/inbox_store.h"
#include "server/schema/core_schema.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <chrono>
#include <gtest/gtest.h>
#include <stdexcept>

namespace simpul::server {
namespace {

using namespace std::chrono_literals;

class InboxStoreTest : public ::testing::Test {
protected:
  void SetUp() override {
    m_db = storage::Database::open((m_dir.path() / "inbox.db").string());
    storage::migrate(m_db, {coreSchema()});
  }

  static InboxPost item(std::string resource, std::string wilayah) {
    InboxPost post;
    post.module = "pmks";
    post.kind = "record.verify";
    post.resource = std::move(resource);
    post.wilayahCode = std::move(wilayah);
    post.permission = "pmks.record.verify";
    post.titleId = "Verifikasi data PMKS";
    post.titleEn = "Verify a PMKS record";
    return post;
  }

  void post(const InboxPost& p) {
    storage::Transaction tx(m_db);
    postInbox(m_db, p, m_now);
    tx.commit();
  }

  void close(const std::string& resource) {
    storage::Transaction tx(m_db);
    closeInbox(m_db, "pmks", "record.verify", resource, m_now);
    tx.commit();
  }

  struct Row {
    std::int64_t id = 0;
    std::string wilayah;
    std::string titleEn;
    std::int64_t createMs = 0;
    std::optional<std::int64_t> dueMs;
    std::optional<std::int64_t> closedMs;
  };

  std::vector<Row> rows() {
    storage::Statement stmt =
        m_db.prepare("SELECT id, wilayah_code, title_en, create_time_ms, due_time_ms, "
                     "closed_time_ms FROM core_inbox ORDER BY id");
    std::vector<Row> out;
    while (stmt.step()) {
      out.push_back({stmt.columnInt64(0), stmt.columnText(1), stmt.columnText(2),
                     stmt.columnInt64(3), stmt.columnOptionalInt64(4),
                     stmt.columnOptionalInt64(5)});
    }
    return out;
  }

  TempDirectory m_dir{"simpul-inbox-test"};
  storage::Database m_db;
  TimePoint m_now = fromMillis(1'700'000'000'000);
};

TEST_F(InboxStoreTest, PostsOnceAndUpdatesInPlace) {
  InboxPost p = item("pmks/records/1", "3204122003"); // plain code: stored dotted
  p.due = m_now + 24h;
  post(p);
  m_now += 1h;
  p.titleEn = "Verify a PMKS record (again)";
  p.due.reset();
  post(p);
  const std::vector<Row> stored = rows();
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].wilayah, "32.04.12.2003");
  EXPECT_EQ(stored[0].titleEn, "Verify a PMKS record (again)");
  EXPECT_EQ(stored[0].createMs, 1'700'000'000'000); // still waiting since the first post
  EXPECT_FALSE(stored[0].dueMs.has_value());
  EXPECT_FALSE(stored[0].closedMs.has_value());
}

TEST_F(InboxStoreTest, CloseAndReopen) {
  post(item("pmks/records/1", "32.04.12.2003"));
  post(item("pmks/records/2", "32.04.12.2003"));
  m_now += 1h;
  close("pmks/records/1");
  close("pmks/records/404"); // nothing to close: no error
  std::vector<Row> stored = rows();
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].closedMs, toMillis(m_now));
  EXPECT_FALSE(stored[1].closedMs.has_value());

  m_now += 1h;
  post(item("pmks/records/1", "32.04.12.2003"));
  stored = rows();
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_FALSE(stored[0].closedMs.has_value());
  EXPECT_EQ(stored[0].createMs, toMillis(m_now)); // new work: waiting since the re-opening
}

TEST_F(InboxStoreTest, RefusesIncompleteItems) {
  storage::Transaction tx(m_db);
  InboxPost noPermission = item("pmks/records/1", "32.04");
  noPermission.permission.clear();
  EXPECT_THROW(postInbox(m_db, noPermission, m_now), std::invalid_argument);
  EXPECT_THROW(postInbox(m_db, item("", "32.04"), m_now), std::invalid_argument);
  EXPECT_THROW(postInbox(m_db, item("pmks/records/1", "32.4"), m_now), std::invalid_argument);
  EXPECT_NO_THROW(postInbox(m_db, item("pmks/records/1", ""), m_now)); // no wilayah: allowed
}

} // namespace
} // namespace simpul::server
