// The hash chain on a real SQLite file migrated with the core schema, without a server.
#include "server/attachment/temp_files.h"
#include "server/audit/audit_log.h"
#include "server/schema/core_schema.h"
#include "simpul/core/v1/audit.pb.h"
#include "storage/database.h"
#include "storage/error.h"
#include "storage/migration.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <chrono>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace simpul::server {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class AuditLogTest : public ::testing::Test {
protected:
  void SetUp() override {
    m_db = storage::Database::open((m_dir.path() / "audit.db").string());
    storage::migrate(m_db, {coreSchema()});
  }

  void append(const AuditRecord& record, std::string_view actor = "admin") {
    storage::Transaction tx(m_db);
    appendAudit(m_db, actor, record, m_now);
    tx.commit();
    m_now += std::chrono::seconds(1);
  }

  void appendThree() {
    append({"/simpul.core.v1.PersonService/CreatePerson",
            "persons/1",
            {"nik", "full_name"},
            "32.04.12.2003"});
    append({"/simpul.core.v1.PersonService/UpdatePerson",
            "persons/1",
            {"address.rt"},
            "32.04.12.2003"});
    append({"/simpul.core.v1.UserService/CreateUser", "users/budi", {"display_name"}, ""});
  }

  std::vector<AuditRow> rows() {
    storage::Statement stmt =
        m_db.prepare(std::string("SELECT ") + kAuditColumns + " FROM core_audit ORDER BY sequence");
    std::vector<AuditRow> out;
    while (stmt.step()) {
      out.push_back(readAuditRow(stmt));
    }
    return out;
  }

  std::int64_t count() {
    storage::Statement stmt = m_db.prepare("SELECT count(*) FROM core_audit");
    stmt.step();
    return stmt.columnInt64(0);
  }

  TempDirectory m_dir{"simpul-audit-test"};
  storage::Database m_db;
  TimePoint m_now = std::chrono::system_clock::now();
};

TEST_F(AuditLogTest, EmptyChainIsIntact) {
  const AuditVerification result = verifyAuditChain(m_db);
  EXPECT_TRUE(result.intact);
  EXPECT_EQ(result.entriesChecked, 0);
  EXPECT_EQ(result.firstBrokenSequence, 0);
  EXPECT_EQ(result.problem, "");
}

TEST_F(AuditLogTest, AppendedEntriesFormAnIntactChain) {
  appendThree();
  const std::vector<AuditRow> stored = rows();
  ASSERT_EQ(stored.size(), 3u);
  EXPECT_EQ(stored[0].sequence, 1);
  EXPECT_EQ(stored[0].previousHash, kAuditGenesisHash);
  EXPECT_EQ(stored[1].previousHash, stored[0].hash);
  EXPECT_EQ(stored[2].previousHash, stored[1].hash);
  EXPECT_EQ(stored[0].changedFields, "nik,full_name");
  EXPECT_EQ(stored[2].wilayahCode, "");
  for (const AuditRow& row : stored) {
    EXPECT_EQ(row.hash.size(), 64u);
    EXPECT_EQ(auditRowHash(row), row.hash);
  }

  std::vector<std::int64_t> reported;
  const AuditVerification result =
      verifyAuditChain(m_db, [&](std::int64_t n) { reported.push_back(n); });
  EXPECT_TRUE(result.intact) << result.problem;
  EXPECT_EQ(result.entriesChecked, 3);
  EXPECT_EQ(result.firstBrokenSequence, 0);
  ASSERT_FALSE(reported.empty());
  EXPECT_EQ(reported.back(), 3);
}

TEST_F(AuditLogTest, TriggersRefuseUpdateAndDelete) {
  appendThree();
  EXPECT_THROW(m_db.exec("UPDATE core_audit SET resource = 'x' WHERE sequence = 2"),
               storage::StorageError);
  EXPECT_THROW(m_db.exec("DELETE FROM core_audit WHERE sequence = 2"), storage::StorageError);
  EXPECT_TRUE(verifyAuditChain(m_db).intact);
}

TEST_F(AuditLogTest, EditedMiddleRowIsNamed) {
  appendThree();
  m_db.exec("DROP TRIGGER core_audit_no_update");
  m_db.exec("UPDATE core_audit SET resource = 'persons/2' WHERE sequence = 2");
  const AuditVerification result = verifyAuditChain(m_db);
  EXPECT_FALSE(result.intact);
  EXPECT_EQ(result.firstBrokenSequence, 2);
  EXPECT_EQ(result.entriesChecked, 2);
  EXPECT_THAT(result.problem, HasSubstr("row was edited"));
}

TEST_F(AuditLogTest, EditedRowWithRecomputedHashBreaksTheNextLink) {
  appendThree();
  AuditRow second = rows()[1];
  second.actor = "someone-else";
  second.hash = auditRowHash(second);
  m_db.exec("DROP TRIGGER core_audit_no_update");
  storage::Statement update =
      m_db.prepare("UPDATE core_audit SET actor = ?, hash = ? WHERE sequence = 2");
  update.bindAll(second.actor, second.hash).run();
  const AuditVerification result = verifyAuditChain(m_db);
  EXPECT_FALSE(result.intact);
  EXPECT_EQ(result.firstBrokenSequence, 3);
  EXPECT_THAT(result.problem, HasSubstr("removed or edited"));
}

TEST_F(AuditLogTest, DeletedMiddleRowNamesTheNextOne) {
  appendThree();
  m_db.exec("DROP TRIGGER core_audit_no_delete");
  m_db.exec("DELETE FROM core_audit WHERE sequence = 2");
  const AuditVerification result = verifyAuditChain(m_db);
  EXPECT_FALSE(result.intact);
  EXPECT_EQ(result.firstBrokenSequence, 3);
  EXPECT_THAT(result.problem, HasSubstr("a row before it was removed or edited"));
}

TEST_F(AuditLogTest, DeletedFirstRowNamesTheSecond) {
  appendThree();
  m_db.exec("DROP TRIGGER core_audit_no_delete");
  m_db.exec("DELETE FROM core_audit WHERE sequence = 1");
  const AuditVerification result = verifyAuditChain(m_db);
  EXPECT_FALSE(result.intact);
  EXPECT_EQ(result.firstBrokenSequence, 2);
}

TEST_F(AuditLogTest, SerializationKeepsFieldBoundaries) {
  AuditRow a;
  a.previousHash = std::string(kAuditGenesisHash);
  a.sequence = 7;
  a.timeMs = 1000;
  a.actor = "admin";
  a.method = "/m";
  a.resource = "persons/1";
  a.wilayahCode = "2";
  AuditRow b = a;
  b.resource = "persons/12"; // the same characters, one moved across a field boundary
  b.wilayahCode = "";
  EXPECT_NE(auditRowHash(a), auditRowHash(b));
  AuditRow c = a;
  c.sequence = 71; // "7" + "1000" vs "71" + "000"
  c.timeMs = 0;
  EXPECT_NE(auditRowHash(a), auditRowHash(c));
  EXPECT_EQ(auditRowHash(a), auditRowHash(AuditRow(a)));
}

TEST_F(AuditLogTest, RefusesValuesAsFieldNames) {
  const std::string nik = "3204124506890001";
  for (const std::string& bad : {nik, std::string("Budi Santoso"), std::string("a,b"),
                                 std::string("phone0812"), std::string("")}) {
    storage::Transaction tx(m_db);
    try {
      appendAudit(m_db, "admin", {"/m", "persons/1", {"full_name", bad}, ""}, m_now);
      ADD_FAILURE() << "accepted a field name that is not a name";
    } catch (const std::invalid_argument& error) {
      if (!bad.empty()) {
        EXPECT_THAT(error.what(), Not(HasSubstr(bad)));
      }
    }
  }
  EXPECT_EQ(count(), 0);
  for (const char* good : {"full_name", "address.rt", "rw", "_etag", "line2"}) {
    EXPECT_NO_THROW(checkAuditFieldName(good)) << good;
  }
}

TEST_F(AuditLogTest, RefusesToRunOutsideATransaction) {
  EXPECT_THROW(appendAudit(m_db, "admin", {"/m", "persons/1", {}, ""}, m_now), std::logic_error);
  EXPECT_EQ(count(), 0);
}

TEST_F(AuditLogTest, ToProtoCarriesEveryField) {
  append(
      {"/simpul.core.v1.PersonService/UpdatePerson", "persons/1", {"rt", "rw"}, "32.04.12.2003"});
  const AuditRow row = rows().at(0);
  simpul::core::v1::AuditEntry entry;
  toProto(row, &entry);
  EXPECT_EQ(entry.sequence(), 1);
  EXPECT_EQ(entry.actor(), "admin");
  EXPECT_EQ(entry.method(), "/simpul.core.v1.PersonService/UpdatePerson");
  EXPECT_EQ(entry.resource(), "persons/1");
  EXPECT_THAT(entry.changed_fields(), ::testing::ElementsAre("rt", "rw"));
  EXPECT_EQ(entry.wilayah_code(), "32.04.12.2003");
  EXPECT_EQ(entry.hash(), row.hash);
  EXPECT_EQ(entry.previous_hash(), kAuditGenesisHash);
  EXPECT_EQ(entry.time().seconds() * 1000 + entry.time().nanos() / 1000000, row.timeMs);
  EXPECT_TRUE(splitChangedFields("").empty());
}

} // namespace
} // namespace simpul::server
