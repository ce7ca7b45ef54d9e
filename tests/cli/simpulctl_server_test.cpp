// simpulctl against a real simpul-data process on a database made by `simpulctl init`.
#include "cli_fixture.h"
#include "client/connection.h"

#include <csignal>
#include <gmock/gmock.h>
#include <thread>

namespace simpul::testing {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

class SimpulctlServerTest : public SimpulctlTest {
protected:
  void SetUp() override {
    const ProcessResult init = initDatabase(dbPath());
    ASSERT_EQ(init.exitCode, 0) << describe(init);
    m_socket = m_dir.file("s.sock");
    m_server = std::make_unique<ChildProcess>(
        std::vector<std::string>{SIMPUL_DATA_PATH, "--db", dbPath(), "--listen", address()},
        environmentWith({}, {}), serverLog());
    // Up when the socket accepts a connection; give up early if the server died.
    auto channel = client::openChannel(address());
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!channel->WaitForConnected(std::chrono::system_clock::now() +
                                      std::chrono::milliseconds(200))) {
      ASSERT_TRUE(m_server->running()) << "simpul-data exited:\n" << readFile(serverLog());
      ASSERT_LT(std::chrono::steady_clock::now(), giveUp) << "simpul-data did not answer:\n"
                                                          << readFile(serverLog());
    }
  }

  void TearDown() override {
    if (m_server) {
      m_server->stop(SIGKILL, std::chrono::seconds(5));
    }
  }

  std::string address() const { return "unix:" + m_socket; }
  std::string serverLog() const { return m_dir.file("server.log"); }

  // simpulctl --server <this server> args...
  ProcessResult ctl(std::vector<std::string> args, const std::string& who = "admin",
                    std::map<std::string, std::string> env = {}) const {
    args.insert(args.begin(), {"--server", address()});
    return simpulctl(std::move(args), who, std::move(env));
  }

  void login(const std::string& who, const std::string& username,
             const std::string& password = kAdminPassword) {
    const ProcessResult r =
        ctl({"login", "--user", username, "--password-file", passwordFile(password)}, who);
    ASSERT_EQ(r.exitCode, 0) << describe(r);
  }

  std::string m_socket;
  std::unique_ptr<ChildProcess> m_server;
};

TEST_F(SimpulctlServerTest, LoginWritesAPrivateTokenFileThatLaterCommandsUse) {
  const ProcessResult r =
      ctl({"login", "--user", "admin", "--password-file", passwordFile()}, "admin");
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("logged in as admin"));
  EXPECT_EQ(fileMode(tokenFile("admin")), 0600);
  EXPECT_EQ(fileMode(configHome("admin") + "/simpul"), 0700);
  EXPECT_THAT(r.out + r.err, Not(HasSubstr(readFile(tokenFile("admin")).substr(0, 20))))
      << "the token itself is never printed";

  const ProcessResult who = ctl({"whoami"});
  ASSERT_EQ(who.exitCode, 0) << describe(who);
  EXPECT_THAT(splitLines(who.out), Contains("user\tadmin"));
  EXPECT_THAT(splitLines(who.out), Contains("role\tadmin@*"));
}

TEST_F(SimpulctlServerTest, AWrongPasswordIsUnauthenticatedAndWritesNoToken) {
  const ProcessResult r =
      ctl({"login", "--user", "admin", "--password-file", passwordFile("wrong-password-9")});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("UNAUTHENTICATED"));
  EXPECT_EQ(fileMode(tokenFile("admin")), -1);
}

TEST_F(SimpulctlServerTest, WilayahChildrenGetAndSearch) {
  login("admin", "admin");
  ProcessResult r = ctl({"wilayah", "children", "32"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const auto lines = splitLines(r.out);
  EXPECT_EQ(lines.size(), 27u) << r.out;
  EXPECT_THAT(lines, Contains("32.04\tKabupaten Bandung"));
  EXPECT_EQ(lines.front(), "32.01\tKabupaten Bogor");

  r = ctl({"wilayah", "children"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_EQ(static_cast<std::int64_t>(splitLines(r.out).size()),
            queryInt(dbPath(), "SELECT count(*) FROM core_wilayah WHERE level = 1"));

  // A plain code works as well as a dotted one; every child the database holds is listed.
  r = ctl({"wilayah", "children", "3204"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_EQ(static_cast<std::int64_t>(splitLines(r.out).size()),
            queryInt(dbPath(), "SELECT count(*) FROM core_wilayah WHERE parent_code = '32.04'"));

  r = ctl({"wilayah", "get", "3204"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(splitLines(r.out), Contains("name\tKabupaten Bandung"));
  EXPECT_THAT(splitLines(r.out), Contains("parent\t32"));

  r = ctl({"wilayah", "search", "bandung", "--level", "2"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(splitLines(r.out), Contains("32.04\tKabupaten Bandung"));
  EXPECT_THAT(splitLines(r.out), Contains("32.73\tKota Bandung"));

  r = ctl({"wilayah", "get", "not-a-code"});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("INVALID_ARGUMENT"));
  EXPECT_THAT(r.err, HasSubstr("\n  ")) << "the ErrorDetail trailer's line";
}

// A plugin's command reaches the server through simpulctl's session: the token, and the
// same failure text (with its hint) as the core commands.
TEST_F(SimpulctlServerTest, PluginCommandsCallTheServerWithTheSignedInUser) {
  ProcessResult r = ctl({"--plugins", SIMPUL_TEST_CLI_PLUGINS, "hello", "plugins"});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("UNAUTHENTICATED"));
  EXPECT_THAT(r.err, HasSubstr("simpulctl login"));

  login("admin", "admin");
  r = ctl({"--plugins", SIMPUL_TEST_CLI_PLUGINS, "hello", "plugins"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("0 plugin(s) on " SIMPUL_TEST_VERSION));
}

TEST_F(SimpulctlServerTest, UserAddGrantListBindingsAndRevoke) {
  login("admin", "admin");
  ProcessResult r = ctl({"user", "add", "psm1", "--display-name", "Pekerja Sosial Satu",
                         "--password-file", passwordFile("psm1-password-x")});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("users/psm1"));

  r = ctl({"user", "grant", "psm1", "psm", "--wilayah", "32.04.12.2003"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("psm@32.04.12.2003"));

  r = ctl({"user", "list"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(splitLines(r.out), Contains("admin\tAdministrator\tactive\tadmin@*"));
  EXPECT_THAT(splitLines(r.out), Contains("psm1\tPekerja Sosial Satu\tactive\tpsm@32.04.12.2003"));

  // The new user works, within its role: no audit verification for a PSM.
  login("psm1", "psm1", "psm1-password-x");
  r = ctl({"audit", "verify"}, "psm1");
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("PERMISSION_DENIED"));

  r = ctl({"user", "bindings", "psm1"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const auto bindings = splitLines(r.out);
  ASSERT_EQ(bindings.size(), 1u) << r.out;
  const std::string bindingName = bindings[0].substr(0, bindings[0].find('\t'));
  EXPECT_THAT(bindingName, StartsWith("users/psm1/roleBindings/"));

  r = ctl({"user", "revoke", bindingName});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  r = ctl({"user", "bindings", "psm1"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_EQ(r.out, "");

  // A duplicate user is the server's ALREADY_EXISTS, shown with its field.
  r = ctl({"user", "add", "psm1", "--password-file", passwordFile("psm1-password-y")});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("ALREADY_EXISTS"));
}

TEST_F(SimpulctlServerTest, AuditVerifyReportsAnIntactChain) {
  login("admin", "admin");
  const ProcessResult r = ctl({"audit", "verify"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("audit chain intact"));
}

TEST_F(SimpulctlServerTest, PluginsListsWhatTheServerLoaded) {
  login("admin", "admin");
  const ProcessResult r = ctl({"plugins"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("core API"));
}

TEST_F(SimpulctlServerTest, WithoutATokenTheServerSaysUnauthenticated) {
  const ProcessResult r = ctl({"wilayah", "children", "32"}, "nobody");
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("UNAUTHENTICATED"));
  EXPECT_THAT(r.err, HasSubstr("simpulctl login"));
  EXPECT_EQ(r.out, "");
}

TEST_F(SimpulctlServerTest, ATokenFileOthersCanReadIsRefused) {
  login("admin", "admin");
  ASSERT_EQ(::chmod(tokenFile("admin").c_str(), 0644), 0);
  const ProcessResult r = ctl({"wilayah", "get", "32"});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("0644"));
  EXPECT_THAT(r.err, HasSubstr(tokenFile("admin")));
}

TEST_F(SimpulctlServerTest, LogoutRevokesTheTokenAndRemovesTheFile) {
  login("admin", "admin");
  std::string token = readFile(tokenFile("admin"));
  token.pop_back(); // the newline
  ProcessResult r = ctl({"logout"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_EQ(fileMode(tokenFile("admin")), -1);
  // The old token no longer works, even when given directly.
  r = ctl({"wilayah", "get", "32"}, "admin", {{"SIMPUL_TOKEN", token}});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("UNAUTHENTICATED"));
}

TEST_F(SimpulctlServerTest, BackupThenStopTheServerThenRestore) {
  login("admin", "admin");
  const std::string backup = m_dir.file("b.db");
  ProcessResult r = ctl({"backup", "--to", backup});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("backup written"));
  EXPECT_EQ(readFile(backup).substr(0, 16), std::string("SQLite format 3\0", 16));
  EXPECT_EQ(fileMode(backup), 0600) << "a backup holds personal data";
  EXPECT_EQ(fileMode(backup + ".partial"), -1);

  r = ctl({"backup", "--to", backup});
  EXPECT_EQ(r.exitCode, 1) << "an existing backup is not overwritten without --force";
  EXPECT_THAT(r.err, HasSubstr("--force"));
  r = ctl({"backup", "--to", backup, "--force"});
  EXPECT_EQ(r.exitCode, 0) << describe(r);

  // SIGTERM: the service drains and exits cleanly.
  const ProcessResult stopped = m_server->stop(SIGTERM, std::chrono::seconds(10));
  EXPECT_FALSE(stopped.timedOut) << readFile(serverLog());
  EXPECT_EQ(stopped.exitCode, 0) << readFile(serverLog());

  const std::string restored = m_dir.file("db2");
  r = simpulctl({"restore", "--from", backup, "--db", restored});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("no simpul-data may be running"));
  EXPECT_EQ(queryInt(restored, "SELECT count(*) FROM core_wilayah"), kWilayahRows);
  EXPECT_EQ(queryInt(restored, "SELECT count(*) FROM core_users WHERE username = 'admin'"), 1);

  // With the server gone, a command says so.
  r = ctl({"plugins"});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("UNAVAILABLE"));
}

} // namespace
} // namespace simpul::testing
