// simpulctl as a process, without a server: init on a database file, help and usage errors.
#include "cli_fixture.h"

#include <gmock/gmock.h>

namespace simpul::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST_F(SimpulctlTest, InitLoadsTheWilayahListAndCreatesTheFirstAdmin) {
  const ProcessResult r = initDatabase(dbPath());
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("91599 wilayah dimuat"));
  EXPECT_THAT(r.out, HasSubstr("users/admin"));
  EXPECT_THAT(r.err, HasSubstr("memuat wilayah… 40000/91599"));
  EXPECT_THAT(r.err, HasSubstr("memuat wilayah… 91599/91599"));
  EXPECT_THAT(r.out + r.err, Not(HasSubstr(kAdminPassword)));

  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_wilayah"), kWilayahRows);
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_users"), 1);
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_users u JOIN core_role_bindings b "
                               "ON b.user_id = u.id WHERE u.username = 'admin' AND "
                               "b.role = 'admin' AND b.wilayah_code IS NULL"),
            1);
  // The account and its binding are audited in the same transaction, by "simpulctl".
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_audit WHERE actor = 'simpulctl' AND "
                               "resource LIKE 'users/admin%'"),
            2);
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_audit WHERE changed_fields LIKE "
                               "'%" +
                                   std::string(kAdminPassword) + "%'"),
            0);
}

TEST_F(SimpulctlTest, InitOnADatabaseWithUsersMigratesButRefusesASecondFirstAdmin) {
  ASSERT_EQ(initDatabase(dbPath()).exitCode, 0);
  // No password source at all: one is not needed when no admin will be created.
  const ProcessResult r = simpulctl(
      {"init", "--db", dbPath(), "--admin", "other", "--wilayah", SIMPUL_TEST_WILAYAH_CSV});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("already has users"));
  EXPECT_THAT(r.out, HasSubstr("wilayah already loaded"));
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_users"), 1);
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_wilayah"), kWilayahRows);
}

TEST_F(SimpulctlTest, InitRefusesWithoutAPasswordSourceWhenStdinIsNotATerminal) {
  const ProcessResult r = simpulctl(
      {"init", "--db", dbPath(), "--admin", "admin", "--wilayah", SIMPUL_TEST_WILAYAH_CSV});
  EXPECT_EQ(r.exitCode, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("not a terminal"));
  EXPECT_THAT(r.err, HasSubstr("--admin-password-file"));
  EXPECT_EQ(fileMode(dbPath()), -1) << "nothing may be created before the password is settled";
}

TEST_F(SimpulctlTest, InitRefusesAWeakPasswordWithoutRepeatingIt) {
  const ProcessResult r =
      simpulctl({"init", "--db", dbPath(), "--admin", "admin", "--admin-password-file",
                 passwordFile("pendek"), "--wilayah", SIMPUL_TEST_WILAYAH_CSV});
  EXPECT_EQ(r.exitCode, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("--admin-password-file"));
  EXPECT_THAT(r.err, Not(HasSubstr("pendek")));
  EXPECT_EQ(fileMode(dbPath()), -1);
}

TEST_F(SimpulctlTest, InitRefusesABadUsernameAndAMissingWilayahFile) {
  ProcessResult r = simpulctl(
      {"init", "--db", dbPath(), "--admin", "Bad User", "--admin-password-file", passwordFile()});
  EXPECT_EQ(r.exitCode, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("--admin"));

  r = simpulctl({"init", "--db", dbPath(), "--admin", "admin", "--admin-password-file",
                 passwordFile(), "--wilayah", m_dir.file("missing.csv")});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("init failed"));
  EXPECT_THAT(r.err, HasSubstr("missing.csv"));
}

TEST_F(SimpulctlTest, InitUsesSimpulDataDirForTheDefaultWilayahList) {
  const ProcessResult r = simpulctl(
      {"init", "--db", dbPath(), "--admin", "admin", "--admin-password-file", passwordFile()},
      "admin", {{"SIMPUL_DATA_DIR", m_dir.file("nowhere")}});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("wilayah.csv"));
}

TEST_F(SimpulctlTest, VersionAndHelp) {
  ProcessResult r = simpulctl({"--version"});
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.out, "simpulctl " SIMPUL_TEST_VERSION "\n");

  r = simpulctl({"--help"});
  EXPECT_EQ(r.exitCode, 0);
  for (const char* command :
       {"init", "login", "logout", "user add", "user grant", "user list", "user revoke",
        "wilayah children", "audit verify", "backup", "restore", "plugins"}) {
    EXPECT_THAT(r.out, HasSubstr("  " + std::string(command) + " ")) << command;
  }

  r = simpulctl({"user", "grant", "--help"});
  EXPECT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("Usage: simpulctl user grant USER ROLE [--wilayah CODE]"));
  EXPECT_THAT(r.out, HasSubstr("--server ADDR"));

  r = simpulctl({"init", "-h"});
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_THAT(r.out, HasSubstr("--admin-password-file FILE"));
  EXPECT_THAT(r.out, Not(HasSubstr("--server")));

  r = simpulctl({"user"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_THAT(r.err, HasSubstr("Usage: simpulctl user SUBCOMMAND"));
  EXPECT_THAT(r.err, HasSubstr("  user add USER [--display-name NAME]"));
}

TEST_F(SimpulctlTest, UsageErrorsExitWithTwo) {
  const std::vector<std::vector<std::string>> cases = {
      {},
      {"frobnicate"},
      {"user", "frobnicate"},
      {"--server"},
      {"--bogus", "plugins"},
      {"wilayah", "get"},
      {"wilayah", "get", "32", "33"},
      {"user", "grant", "psm1", "psm", "--wilayha", "32"},
      {"restore", "--from", "x"},
      {"--server", "unix:/s.sock", "init", "--db", "x", "--admin", "a"},
      {"plugins"}, // no --server and no SIMPUL_SERVER
      {"--server", "not an address", "plugins"},
  };
  for (const auto& args : cases) {
    const ProcessResult r = simpulctl(args);
    std::string line;
    for (const auto& a : args) {
      line += a + " ";
    }
    EXPECT_EQ(r.exitCode, 2) << line << "\n" << describe(r);
    EXPECT_FALSE(r.err.empty()) << line;
  }
  EXPECT_THAT(simpulctl({"plugins"}).err, HasSubstr("SIMPUL_SERVER"));
}

TEST_F(SimpulctlTest, AServerThatIsNotRunningIsUnavailable) {
  const ProcessResult r = simpulctl({"--server", "unix:" + m_dir.file("none.sock"), "plugins"});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("UNAVAILABLE"));
  EXPECT_THAT(r.err, HasSubstr("is simpul-data running"));
}

TEST_F(SimpulctlTest, RestoreRefusesSomethingThatIsNotABackup) {
  ASSERT_EQ(initDatabase(dbPath()).exitCode, 0);
  const std::string junk = m_dir.file("junk.db");
  writeFile(junk, "this is not a database");
  const ProcessResult r = simpulctl({"restore", "--from", junk, "--db", dbPath()});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("restore failed"));
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_users"), 1) << "left as it was";
}

} // namespace
} // namespace simpul::testing
