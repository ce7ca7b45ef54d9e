#include "storage/error.h"
#include "storage/migration.h"
#include "storage/sha256.h"
#include "storage/transaction.h"
#include "temp_dir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace simpul::storage {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using testing::queryInt;
using testing::queryText;

ModuleSchema coreV2() {
  return {"core",
          {{1, "create tables",
            "CREATE TABLE core_a(id INTEGER PRIMARY KEY, name TEXT);"
            "CREATE TABLE core_b(a_id INTEGER REFERENCES core_a(id));"},
           {2, "add index", "CREATE INDEX core_a_name ON core_a(name);"}}};
}

ModuleSchema pmksV1() {
  return {"pmks", {{1, "create pmks", "CREATE TABLE pmks_case(id INTEGER PRIMARY KEY)"}}};
}

class MigrationTest : public testing::TempDirTest {
protected:
  void SetUp() override {
    TempDirTest::SetUp();
    m_db = Database::open(path("m.db"));
  }

  Database& db() { return m_db; }

  bool hasObject(const std::string& name) {
    Statement stmt = m_db.prepare("SELECT 1 FROM sqlite_schema WHERE name = ?");
    stmt.bind(1, name);
    return stmt.step();
  }

  std::int64_t records() { return queryInt(m_db, "SELECT count(*) FROM core_schema_migrations"); }

  // Everything in the database, to prove a refused migrate() changed nothing.
  std::string snapshot() {
    std::string all = queryText(m_db, "SELECT group_concat(name || ':' || coalesce(sql, ''), "
                                      "'|') FROM (SELECT * FROM sqlite_schema ORDER BY name)");
    if (hasObject("core_schema_migrations")) {
      all += queryText(m_db, "SELECT group_concat(module || version || checksum || applied_at_ms,"
                             " '|') FROM core_schema_migrations");
    }
    return all;
  }

  StorageError refusal(const std::vector<ModuleSchema>& modules) {
    try {
      migrate(m_db, modules);
    } catch (const StorageError& e) {
      return e;
    }
    ADD_FAILURE() << "migrate did not refuse";
    return StorageError(ErrorCode::NotFound, "none");
  }

private:
  Database m_db;
};

TEST_F(MigrationTest, AppliesEveryStepInOrderAndRecordsChecksums) {
  const auto reports = migrate(db(), {coreV2(), pmksV1()});
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].module, "core");
  EXPECT_EQ(reports[0].fromVersion, 0);
  EXPECT_EQ(reports[0].toVersion, 2);
  EXPECT_EQ(reports[1].module, "pmks");
  EXPECT_EQ(reports[1].toVersion, 1);
  EXPECT_TRUE(hasObject("core_a"));
  EXPECT_TRUE(hasObject("core_b"));
  EXPECT_TRUE(hasObject("core_a_name"));
  EXPECT_TRUE(hasObject("pmks_case"));

  Statement rows = db().prepare("SELECT module, version, name, checksum, applied_at_ms "
                                "FROM core_schema_migrations ORDER BY rowid");
  const std::vector<std::pair<ModuleSchema, int>> expected{
      {coreV2(), 0}, {coreV2(), 1}, {pmksV1(), 0}};
  for (const auto& [schema, index] : expected) {
    const MigrationStep& step = schema.steps[static_cast<std::size_t>(index)];
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.columnText(0), schema.module);
    EXPECT_EQ(rows.columnInt(1), step.version);
    EXPECT_EQ(rows.columnText(2), step.name);
    EXPECT_EQ(rows.columnText(3), sha256Hex(step.sql));
    EXPECT_EQ(rows.columnText(3), migrationChecksum(step));
    EXPECT_GT(rows.columnInt64(4), 1'700'000'000'000); // milliseconds since 1970
  }
  EXPECT_FALSE(rows.step());
}

TEST_F(MigrationTest, RerunningIsANoOp) {
  migrate(db(), {coreV2(), pmksV1()});
  const std::string before = snapshot();
  const auto reports = migrate(db(), {coreV2(), pmksV1()});
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].fromVersion, 2);
  EXPECT_EQ(reports[0].toVersion, 2);
  EXPECT_EQ(reports[1].fromVersion, 1);
  EXPECT_EQ(snapshot(), before);
}

TEST_F(MigrationTest, AppliesOnlyTheNewSteps) {
  ModuleSchema core = coreV2();
  core.steps.pop_back();
  migrate(db(), {core});
  EXPECT_FALSE(hasObject("core_a_name"));
  const auto reports = migrate(db(), {coreV2()});
  EXPECT_EQ(reports[0].fromVersion, 1);
  EXPECT_EQ(reports[0].toVersion, 2);
  EXPECT_TRUE(hasObject("core_a_name"));
  EXPECT_EQ(records(), 2);
}

TEST_F(MigrationTest, EditedAppliedStepIsRefusedBeforeAnythingChanges) {
  migrate(db(), {coreV2()});
  const std::string before = snapshot();
  ModuleSchema edited = coreV2();
  edited.steps[0].sql += "CREATE TABLE core_c(x);";
  edited.steps.push_back({3, "later", "CREATE TABLE core_d(x)"});
  // pmks comes first and is pending: it must not be applied either.
  const StorageError e = refusal({pmksV1(), edited});
  EXPECT_EQ(e.code(), ErrorCode::Schema);
  EXPECT_THAT(e.what(), AllOf(HasSubstr("migration core 1 (\"create tables\")"),
                              HasSubstr("was changed after it was applied to " + path("m.db")),
                              HasSubstr(migrationChecksum(coreV2().steps[0]).substr(0, 12)),
                              HasSubstr("add a new step instead")));
  EXPECT_EQ(snapshot(), before);
  EXPECT_FALSE(hasObject("pmks_case"));
  EXPECT_FALSE(hasObject("core_d"));
}

TEST_F(MigrationTest, DatabaseFromANewerVersionIsRefused) {
  ModuleSchema core = coreV2();
  core.steps.push_back({3, "newer step", "CREATE TABLE core_e(x)"});
  migrate(db(), {core});
  const std::string before = snapshot();
  const StorageError e = refusal({coreV2()});
  EXPECT_EQ(e.code(), ErrorCode::Schema);
  EXPECT_THAT(e.what(), AllOf(HasSubstr("migration core 3 (\"newer step\")"),
                              HasSubstr("newer version"), HasSubstr("up to version 2")));
  EXPECT_EQ(snapshot(), before);
}

TEST_F(MigrationTest, StepsNotNumberedFromOneWithoutGapsAreRefused) {
  ModuleSchema gap = coreV2();
  gap.steps[1].version = 3;
  StorageError e = refusal({pmksV1(), gap});
  EXPECT_EQ(e.code(), ErrorCode::Schema);
  EXPECT_THAT(e.what(), AllOf(HasSubstr("module core"), HasSubstr("\"add index\""),
                              HasSubstr("version 3"), HasSubstr("bug")));
  // Nothing at all was written, not even the migration table.
  EXPECT_EQ(queryInt(db(), "SELECT count(*) FROM sqlite_schema"), 0);

  ModuleSchema zero = pmksV1();
  zero.steps[0].version = 0;
  EXPECT_EQ(refusal({zero}).code(), ErrorCode::Schema);
  EXPECT_EQ(refusal({pmksV1(), pmksV1()}).code(), ErrorCode::Schema);
  EXPECT_EQ(queryInt(db(), "SELECT count(*) FROM sqlite_schema"), 0);
}

TEST_F(MigrationTest, FailingStepIsRolledBackWithItsRecord) {
  ModuleSchema core = coreV2();
  core.steps.push_back({3, "broken", "CREATE TABLE core_f(x); INSERT INTO nowhere VALUES (1);"});
  const StorageError e = refusal({core});
  EXPECT_EQ(e.code(), ErrorCode::Misuse);
  EXPECT_THAT(e.what(), AllOf(HasSubstr("migration core 3 (\"broken\")"), HasSubstr("nowhere")));
  // Steps 1 and 2 ran in their own transactions and stay; step 3 left no trace.
  EXPECT_TRUE(hasObject("core_a_name"));
  EXPECT_FALSE(hasObject("core_f"));
  EXPECT_EQ(records(), 2);
  EXPECT_FALSE(db().inTransaction());
}

TEST_F(MigrationTest, AppliedVersionsReportsTheHighestPerModule) {
  EXPECT_TRUE(appliedVersions(db()).empty());
  migrate(db(), {pmksV1(), coreV2()});
  const auto versions = appliedVersions(db());
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].module, "core");
  EXPECT_EQ(versions[0].toVersion, 2);
  EXPECT_EQ(versions[1].module, "pmks");
  EXPECT_EQ(versions[1].toVersion, 1);
}

TEST_F(MigrationTest, ModulesNotGivenAreLeftAlone) {
  migrate(db(), {coreV2(), pmksV1()});
  // A plugin that is not loaded this time keeps its tables and records.
  const auto reports = migrate(db(), {coreV2()});
  EXPECT_EQ(reports.size(), 1u);
  EXPECT_TRUE(hasObject("pmks_case"));
  EXPECT_EQ(records(), 3);
}

TEST_F(MigrationTest, RefusesToRunInsideATransaction) {
  Transaction tx(db());
  EXPECT_EQ(refusal({coreV2()}).code(), ErrorCode::Misuse);
}

} // namespace
} // namespace simpul::storage
