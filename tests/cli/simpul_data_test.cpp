// The simpul-data program itself, as a process: its options, its refusals and a clean stop.
#include "cli_fixture.h"

#include <csignal>
#include <gmock/gmock.h>
#include <thread>

namespace simpul::testing {
namespace {

using ::testing::HasSubstr;

class SimpulDataTest : public SimpulctlTest {
protected:
  ProcessResult simpulData(std::vector<std::string> args) const {
    args.insert(args.begin(), SIMPUL_DATA_PATH);
    return runProcess(args, environmentWith({}, {}), std::chrono::seconds(30));
  }
};

TEST_F(SimpulDataTest, VersionAndHelp) {
  const ProcessResult version = simpulData({"--version"});
  EXPECT_EQ(version.exitCode, 0);
  EXPECT_EQ(version.out, std::string("simpul-data ") + SIMPUL_TEST_VERSION + "\n");
  const ProcessResult help = simpulData({"--help"});
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_THAT(help.out, HasSubstr("--listen ADDR"));
  EXPECT_THAT(help.out, HasSubstr("--tls-cert"));
}

TEST_F(SimpulDataTest, UsageErrorsExitTwoAndSayWhat) {
  const ProcessResult unknown = simpulData({"--db", dbPath(), "--listen", "unix:x", "--bogus"});
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_THAT(unknown.err, HasSubstr("--bogus"));
  const ProcessResult missing = simpulData({"--db", dbPath()});
  EXPECT_EQ(missing.exitCode, 2);
  EXPECT_THAT(missing.err, HasSubstr("--listen"));
}

TEST_F(SimpulDataTest, RefusesANetworkAddressWithoutTls) {
  const ProcessResult r = simpulData({"--db", dbPath(), "--listen", "0.0.0.0:0"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_THAT(r.err, HasSubstr("without TLS"));
  EXPECT_THAT(r.err, HasSubstr("--tls-cert"));
}

TEST_F(SimpulDataTest, RefusesADatabaseWithAnEditedMigration) {
  ASSERT_EQ(initDatabase(dbPath()).exitCode, 0);
  {
    storage::Database db = storage::Database::open(dbPath());
    db.exec("UPDATE core_schema_migrations SET checksum = 'edited' WHERE module = 'core'");
  }
  const ProcessResult r = simpulData({"--db", dbPath(), "--listen", "unix:" + m_dir.file("s")});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_THAT(r.err, HasSubstr("cannot start"));
  EXPECT_THAT(r.err, HasSubstr("core"));
}

TEST_F(SimpulDataTest, SigintStopsItCleanly) {
  ASSERT_EQ(initDatabase(dbPath()).exitCode, 0);
  const std::string socket = m_dir.file("s.sock");
  const std::string log = m_dir.file("server.log");
  ChildProcess server({SIMPUL_DATA_PATH, "--db", dbPath(), "--listen", "unix:" + socket},
                      environmentWith({}, {}), log);
  const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (readFile(log).find("listening on") == std::string::npos) {
    ASSERT_TRUE(server.running()) << readFile(log);
    ASSERT_LT(std::chrono::steady_clock::now(), giveUp) << readFile(log);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  const ProcessResult r = server.stop(SIGINT, std::chrono::seconds(15));
  EXPECT_EQ(r.exitCode, 0) << readFile(log);
  EXPECT_THAT(readFile(log), HasSubstr("received SIGINT"));
  EXPECT_THAT(readFile(log), HasSubstr("simpul-data stopped"));
  EXPECT_FALSE(std::filesystem::exists(socket)) << "the socket file was left behind";
}

} // namespace
} // namespace simpul::testing
