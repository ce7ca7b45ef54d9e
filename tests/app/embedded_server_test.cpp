// EmbeddedServer against the real simpul-data program on real database files: it gets
// ready, it reports why it cannot start in the child's own words, and it never leaves the
// child behind.
#include "app/embedded_server.h"
#include "app_test_support.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <cerrno>
#include <csignal>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace simpul::app {
namespace {

using ::testing::HasSubstr;
using testing::waitFor;

class EmbeddedServerTest : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

  EmbeddedServer::Config config(const QString& db) const {
    return {.program = QStringLiteral(SIMPUL_DATA_PATH),
            .dbPath = db,
            .pluginsDir = {},
            .socketDir = m_dir.filePath(QStringLiteral("run")),
            .readyTimeoutMs = 20000};
  }
  QString db() const { return m_dir.filePath(QStringLiteral("simpul.db")); }

  static bool settled(const EmbeddedServer& server) {
    return server.state() == EmbeddedServer::State::Ready ||
           server.state() == EmbeddedServer::State::Failed;
  }

  QTemporaryDir m_dir;
};

bool processExists(qint64 pid) {
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
}

TEST_F(EmbeddedServerTest, StartsSimpulDataOnAPrivateSocketAndGetsReady) {
  testing::copyTemplateDatabase(db());
  EmbeddedServer server(config(db()));
  QSignalSpy ready(&server, &EmbeddedServer::ready);
  server.start();
  EXPECT_EQ(server.state(), EmbeddedServer::State::Starting);
  ASSERT_TRUE(waitFor([&] { return settled(server); })) << server.recentOutput().toStdString();
  ASSERT_EQ(server.state(), EmbeddedServer::State::Ready) << server.errorText().toStdString();
  EXPECT_EQ(ready.count(), 1);
  EXPECT_TRUE(server.address().startsWith(QStringLiteral("unix:") + m_dir.path()));
  EXPECT_THAT(server.address().toStdString(), HasSubstr(".sock"));
  struct stat info {};
  ASSERT_EQ(::stat(QFile::encodeName(m_dir.filePath(QStringLiteral("run"))).constData(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0700u);
  // The real service on the real file: the template's administrator can sign in.
  EXPECT_TRUE(testing::canLogIn(server.address(), "admin", testing::kAdminPassword));
  EXPECT_FALSE(testing::canLogIn(server.address(), "admin", "wrong-password-1"));
}

TEST_F(EmbeddedServerTest, StopsTheChildWhenDestroyed) {
  testing::copyTemplateDatabase(db());
  qint64 pid = 0;
  QString socket;
  {
    EmbeddedServer server(config(db()));
    server.start();
    ASSERT_TRUE(waitFor([&] { return settled(server); }));
    ASSERT_EQ(server.state(), EmbeddedServer::State::Ready) << server.errorText().toStdString();
    pid = server.processId();
    socket = server.address().mid(5);
    ASSERT_GT(pid, 0);
    EXPECT_TRUE(processExists(pid));
  }
  EXPECT_FALSE(processExists(pid)) << "simpul-data " << pid << " outlived its EmbeddedServer";
  EXPECT_FALSE(QFileInfo::exists(socket));
}

TEST_F(EmbeddedServerTest, StopIsCleanAndStartWorksAgain) {
  testing::copyTemplateDatabase(db());
  EmbeddedServer server(config(db()));
  QSignalSpy failed(&server, &EmbeddedServer::failed);
  server.start();
  ASSERT_TRUE(waitFor([&] { return settled(server); }));
  const qint64 first = server.processId();
  server.stop();
  EXPECT_EQ(server.state(), EmbeddedServer::State::Stopped);
  EXPECT_FALSE(processExists(first));
  EXPECT_EQ(failed.count(), 0) << "a requested stop is not a failure";
  server.start();
  ASSERT_TRUE(waitFor([&] { return settled(server); }));
  EXPECT_EQ(server.state(), EmbeddedServer::State::Ready) << server.errorText().toStdString();
}

TEST_F(EmbeddedServerTest, ReportsWhyAFileThatIsNotADatabaseIsRefused) {
  QFile junk(db());
  ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
  junk.write(QByteArray(8192, 'x'));
  junk.close();
  EmbeddedServer server(config(db()));
  QSignalSpy failed(&server, &EmbeddedServer::failed);
  server.start();
  ASSERT_TRUE(waitFor([&] { return settled(server); }));
  ASSERT_EQ(server.state(), EmbeddedServer::State::Failed);
  ASSERT_EQ(failed.count(), 1);
  const std::string error = server.errorText().toStdString();
  // The child's own reason, and how it ended.
  EXPECT_THAT(error, HasSubstr("cannot start"));
  EXPECT_THAT(error, HasSubstr("not a database"));
  EXPECT_THAT(error, HasSubstr("kode keluar 1"));
  EXPECT_EQ(server.processId(), 0);
}

TEST_F(EmbeddedServerTest, ReportsAnEditedMigrationInTheChildsWords) {
  testing::copyTemplateDatabase(db());
  {
    storage::Database database = storage::Database::open(db().toStdString());
    database.exec("UPDATE core_schema_migrations SET checksum = 'edited' WHERE module = 'core'");
  }
  EmbeddedServer server(config(db()));
  server.start();
  ASSERT_TRUE(waitFor([&] { return settled(server); }));
  ASSERT_EQ(server.state(), EmbeddedServer::State::Failed);
  EXPECT_THAT(server.errorText().toStdString(), HasSubstr("checksum"));
  EXPECT_THAT(server.errorText().toStdString(), HasSubstr("core"));
}

TEST_F(EmbeddedServerTest, ReportsAMissingProgramAndAMissingDatabase) {
  testing::copyTemplateDatabase(db());
  EmbeddedServer::Config noProgram = config(db());
  noProgram.program = m_dir.filePath(QStringLiteral("no-such-simpul-data"));
  EmbeddedServer server(noProgram);
  server.start();
  ASSERT_TRUE(waitFor([&] { return settled(server); }));
  EXPECT_EQ(server.state(), EmbeddedServer::State::Failed);
  EXPECT_THAT(server.errorText().toStdString(), HasSubstr("no-such-simpul-data"));

  EmbeddedServer noDb(config(m_dir.filePath(QStringLiteral("missing.db"))));
  noDb.start();
  EXPECT_EQ(noDb.state(), EmbeddedServer::State::Failed);
  EXPECT_THAT(noDb.errorText().toStdString(), HasSubstr("missing.db"));
}

TEST_F(EmbeddedServerTest, GivesUpOnAChildThatNeverGetsReady) {
  // A program that runs but never listens: the timeout fails it and the child is killed.
  testing::copyTemplateDatabase(db());
  const QString script = m_dir.filePath(QStringLiteral("never-ready.sh"));
  QFile file(script);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("#!/bin/sh\necho 'still thinking' >&2\nexec sleep 60\n");
  file.close();
  file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
  EmbeddedServer::Config slow = config(db());
  slow.program = script;
  slow.readyTimeoutMs = 1000;
  EmbeddedServer server(slow);
  server.start();
  ASSERT_TRUE(waitFor([&] { return settled(server); }, std::chrono::seconds(10)));
  EXPECT_EQ(server.state(), EmbeddedServer::State::Failed);
  EXPECT_THAT(server.errorText().toStdString(), HasSubstr("belum siap"));
  EXPECT_THAT(server.errorText().toStdString(), HasSubstr("still thinking"));
  EXPECT_EQ(server.processId(), 0);
}

} // namespace
} // namespace simpul::app
