// Plugin hosting: real fixture plugins loaded by a real simpul-data (see CMakeLists.txt).

#include "server_fixture.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "simpul/core/v1/plugin.grpc.pb.h"
#include "simpul/testing/v1/notes.grpc.pb.h"
#include "storage/database.h"

#include <gmock/gmock.h>
#include <map>

namespace {

namespace v1 = simpul::core::v1;
using ::testing::HasSubstr;

class HostingTest : public simpul::testing::ServerFixture {
protected:
  void configure(simpul::server::DataServerOptions& options) override {
    options.pluginsDir = HOSTING_PLUGINS_DIR;
  }

  std::map<std::string, v1::PluginInfo> plugins() {
    auto stub = v1::PluginService::NewStub(channel());
    v1::ListPluginsResponse response;
    auto ctx = context(adminToken());
    const grpc::Status status = stub->ListPlugins(ctx.get(), {}, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    std::map<std::string, v1::PluginInfo> byId;
    for (const auto& p : response.plugins()) {
      byId[p.id()] = p;
    }
    return byId;
  }

  std::int64_t count(const std::string& sql) {
    auto db = simpul::storage::Database::open(dbPath());
    auto stmt = db.prepare(sql);
    stmt.step();
    return stmt.columnInt64(0);
  }

  bool logMentions(const std::string& text) {
    for (const std::string& line : logLines()) {
      if (line.find(text) != std::string::npos) {
        return true;
      }
    }
    return false;
  }
};

TEST_F(HostingTest, PluginServiceReportsEveryPluginWithItsState) {
  auto byId = plugins();
  ASSERT_EQ(byId.size(), 6u);
  EXPECT_EQ(byId["notes"].state(), "running");
  EXPECT_EQ(byId["notes"].version(), "1.0.0");
  EXPECT_THAT(byId["notes"].permissions(), ::testing::ElementsAre("notes.item.write"));
  EXPECT_EQ(byId["notes_extra"].state(), "running");
  EXPECT_EQ(byId["broken"].state(), "failed");
  EXPECT_THAT(byId["broken"].error(), HasSubstr("fixture told to fail"));
  EXPECT_EQ(byId["broken_child"].state(), "dependency_failed");
  EXPECT_THAT(byId["broken_child"].error(), HasSubstr("broken"));
  EXPECT_EQ(byId["bad_migration"].state(), "failed");
  EXPECT_THAT(byId["bad_migration"].error(), HasSubstr("schema migration failed"));
  EXPECT_EQ(byId["bad_migration_child"].state(), "dependency_failed");
}

TEST_F(HostingTest, FailuresAreLoggedAndTheRestRuns) {
  EXPECT_TRUE(logMentions("plugins: broken is not running"));
  EXPECT_TRUE(logMentions("plugins: bad_migration is not running"));
  EXPECT_TRUE(logMentions("plugins: notes 1.0.0 running"));
  // The core services answer.
  auto stub = v1::AuthService::NewStub(channel());
  v1::WhoAmIResponse me;
  auto ctx = context(adminToken());
  ASSERT_TRUE(stub->WhoAmI(ctx.get(), {}, &me).ok());
  EXPECT_EQ(me.user().username(), "admin");
}

TEST_F(HostingTest, MigrationsRunInDependencyOrderAndAreRecorded) {
  EXPECT_EQ(count("SELECT max(version) FROM core_schema_migrations WHERE module = 'notes'"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM core_schema_migrations WHERE module = 'notes_extra'"), 1);
  // notes_extra's table refers to notes' table: it exists only because notes migrated first.
  EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name = 'notes_extra_links'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM core_schema_migrations WHERE module = 'bad_migration'"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name = 'bad_migration_x'"), 0);
}

TEST_F(HostingTest, PermissionsJoinTheRoleModelWithTheirDefaultRoles) {
  EXPECT_EQ(count("SELECT count(*) FROM core_permissions WHERE name = 'notes.item.write'"
                  " AND module = 'notes'"),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM core_role_permissions WHERE permission ="
                  " 'notes.item.write'"),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM core_role_permissions WHERE permission ="
                  " 'notes.item.write' AND role = 'psm'"),
            1);
  EXPECT_TRUE(logMentions("unknown role no_such_role"));
}

TEST_F(HostingTest, APluginServiceIsRegisteredAuthenticatedScopedAndAudited) {
  const std::string psmA = createUserAndLogin("psm_a", "psm", "32.04.12.2003");
  const std::string psmB = createUserAndLogin("psm_b", "psm", "32.04.12.2004");
  auto stub = simpul::testing::v1::NotesService::NewStub(channel());

  simpul::testing::v1::AddNoteRequest add;
  add.set_wilayah_code("3204122003");
  add.set_text("rumah tidak layak huni");
  simpul::testing::v1::Note note;
  {
    auto ctx = context();
    EXPECT_EQ(stub->AddNote(ctx.get(), add, &note).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  }
  {
    auto ctx = context(psmB);
    EXPECT_EQ(stub->AddNote(ctx.get(), add, &note).error_code(),
              grpc::StatusCode::PERMISSION_DENIED);
  }
  {
    auto ctx = context(psmA);
    const grpc::Status status = stub->AddNote(ctx.get(), add, &note);
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_EQ(note.wilayah_code(), "32.04.12.2003");
  }
  simpul::testing::v1::ListNotesResponse listed;
  {
    auto ctx = context(psmB);
    ASSERT_TRUE(stub->ListNotes(ctx.get(), {}, &listed).ok());
    EXPECT_EQ(listed.notes_size(), 0);
  }
  {
    auto ctx = context(psmA);
    ASSERT_TRUE(stub->ListNotes(ctx.get(), {}, &listed).ok());
    EXPECT_EQ(listed.notes_size(), 1);
  }
  EXPECT_EQ(count("SELECT count(*) FROM core_audit WHERE resource = '" + note.name() +
                  "' AND actor = 'psm_a' AND wilayah_code = '32.04.12.2003'"),
            1);
}

TEST_F(HostingTest, ARestartDoesNotRerunMigrations) {
  restartServer();
  EXPECT_EQ(count("SELECT count(*) FROM core_schema_migrations WHERE module = 'notes'"), 2);
  EXPECT_EQ(plugins()["notes"].state(), "running");
}

TEST_F(HostingTest, AnEditedPluginMigrationStopsTheStart) {
  stopServer();
  {
    auto db = simpul::storage::Database::open(dbPath());
    db.exec("UPDATE core_schema_migrations SET checksum = 'edited'"
            " WHERE module = 'notes' AND version = 1");
  }
  try {
    restartServer();
    FAIL() << "the server started on an edited migration";
  } catch (const std::exception& e) {
    EXPECT_THAT(e.what(), HasSubstr("notes"));
    EXPECT_THAT(e.what(), HasSubstr("never edited"));
  }
}

TEST_F(HostingTest, AnEditedCoreMigrationStopsTheStart) {
  stopServer();
  {
    auto db = simpul::storage::Database::open(dbPath());
    db.exec("UPDATE core_schema_migrations SET checksum = 'edited' WHERE module = 'core'");
  }
  EXPECT_THROW(restartServer(), std::exception);
}

} // namespace
