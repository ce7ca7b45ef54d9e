// The embedded service's first start through the App controller, with the real simpulctl and
// simpul-data: "setup" until an administrator is given, a refused password goes back to the
// form with simpulctl's reason, then the full wilayah list loads with progress, the database
// appears (never half made) and the new administrator is signed in. Also a database the
// service refuses, and the retry after it is fixed.
#include "app/app_controller.h"
#include "app/database_setup.h"
#include "app/embedded_server.h"
#include "app_test_support.h"
#include "client/qt/client_session.h"

#include <QFile>
#include <QFileInfo>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace simpul::app {
namespace {

using ::testing::HasSubstr;
using testing::waitFor;

class FirstStartTest : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
  void TearDown() override { m_controller.reset(); }

  QString db() const { return m_dir.filePath(QStringLiteral("data/simpul.db")); }
  AppController& start() {
    AppController::Config c;
    c.options.db = db();
    c.paths.dataProgram = QStringLiteral(SIMPUL_DATA_PATH);
    c.paths.ctlProgram = QStringLiteral(SIMPULCTL_PATH);
    c.paths.wilayahCsv = QStringLiteral(SIMPUL_TEST_WILAYAH_CSV);
    c.paths.dbPath = db();
    c.paths.translationsDir = QStringLiteral(SIMPUL_TEST_TRANSLATIONS_DIR);
    c.settingsFile = m_dir.filePath(QStringLiteral("simpul.conf"));
    m_controller = std::make_unique<AppController>(c, &m_session, &m_engine);
    m_controller->start();
    return *m_controller;
  }

  QTemporaryDir m_dir;
  client::ClientSession m_session;
  QQmlEngine m_engine;
  std::unique_ptr<AppController> m_controller;
};

TEST_F(FirstStartTest, CreatesTheDatabaseAndSignsTheFirstAdministratorIn) {
  AppController& app = start();
  EXPECT_TRUE(app.embedded());
  ASSERT_EQ(app.serverState(), "setup");

  app.createFirstAdmin(QString(), QStringLiteral("kata-sandi-pertama-1"));
  EXPECT_EQ(app.serverState(), "setup");
  EXPECT_FALSE(app.setupError().isEmpty());

  // simpulctl checks the password before loading anything and says why it refuses it.
  app.createFirstAdmin(QStringLiteral("pertama"), QStringLiteral("pendek"));
  EXPECT_EQ(app.serverState(), "initializing");
  ASSERT_TRUE(waitFor([&] { return app.serverState() != "initializing"; }));
  EXPECT_EQ(app.serverState(), "setup");
  EXPECT_THAT(app.setupError().toStdString(), HasSubstr("minimal 10 karakter"));
  EXPECT_FALSE(QFileInfo::exists(db()));
  EXPECT_FALSE(QFileInfo::exists(db() + ".new"));

  double lastProgress = -1;
  QString lastStatus;
  QObject::connect(&app, &AppController::serverProgressChanged, [&] {
    if (app.serverProgress() > 0 && app.serverProgress() < 1) {
      lastProgress = app.serverProgress();
      lastStatus = app.serverStatusText();
    }
  });
  app.createFirstAdmin(QStringLiteral("pertama"), QStringLiteral("kata-sandi-pertama-1"));
  EXPECT_TRUE(app.setupError().isEmpty());
  EXPECT_EQ(app.serverState(), "initializing");
  ASSERT_TRUE(waitFor([&] { return app.serverState() == "ready" || app.serverState() == "failed"; },
                      std::chrono::seconds(180)));
  ASSERT_EQ(app.serverState(), "ready") << app.serverError().toStdString();
  EXPECT_GT(lastProgress, 0.0) << "the wilayah load reported its progress";
  EXPECT_THAT(lastStatus.toStdString(), HasSubstr("wilayah"));
  EXPECT_TRUE(QFileInfo::exists(db()));
  EXPECT_FALSE(QFileInfo::exists(db() + ".new"));

  ASSERT_TRUE(waitFor([&] { return m_session.signedIn() || !m_session.loginError().isEmpty(); }));
  EXPECT_TRUE(m_session.signedIn()) << m_session.loginError().toStdString();
  EXPECT_EQ(m_session.username(), "pertama");
  EXPECT_TRUE(m_session.hasPermission(QStringLiteral("core.user.manage")));
  ASSERT_NE(app.embeddedServer(), nullptr);
  EXPECT_EQ(app.serverAddress(), app.embeddedServer()->address());
  EXPECT_TRUE(testing::canLogIn(app.serverAddress(), "pertama", "kata-sandi-pertama-1"));

  // The next start finds the database and goes straight to the service.
  const qint64 pid = app.embeddedServer()->processId();
  m_controller.reset();
  EXPECT_NE(::kill(static_cast<pid_t>(pid), 0), 0) << "simpul-data stopped with the app";
  AppController& again = start();
  EXPECT_EQ(again.serverState(), "starting");
  ASSERT_TRUE(waitFor([&] { return again.serverState() != "starting"; }));
  EXPECT_EQ(again.serverState(), "ready") << again.serverError().toStdString();
}

TEST_F(FirstStartTest, ADatabaseTheServiceRefusesIsExplainedAndRetriedAfterAFix) {
  QDir().mkpath(QFileInfo(db()).absolutePath());
  QFile junk(db());
  ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
  junk.write(QByteArray(4096, 'z'));
  junk.close();
  AppController& app = start();
  ASSERT_TRUE(waitFor([&] { return app.serverState() != "starting"; }));
  ASSERT_EQ(app.serverState(), "failed");
  EXPECT_THAT(app.serverError().toStdString(), HasSubstr("not a database"));

  testing::copyTemplateDatabase(db());
  app.retryServer();
  ASSERT_TRUE(waitFor([&] { return app.serverState() != "starting"; }));
  EXPECT_EQ(app.serverState(), "ready") << app.serverError().toStdString();
  EXPECT_TRUE(app.serverError().isEmpty());
}

TEST(DatabaseSetup, PicksTheHalfOfABilingualMessage) {
  const QString line = QStringLiteral(
      "simpulctl init: --admin-password-file: Kata sandi minimal 10 karakter. / The password "
      "must have at least 10 characters.");
  EXPECT_EQ(DatabaseSetup::pickLanguage(line, QStringLiteral("id")),
            "Kata sandi minimal 10 karakter.");
  EXPECT_EQ(DatabaseSetup::pickLanguage(line, QStringLiteral("en")),
            "The password must have at least 10 characters.");
  EXPECT_EQ(
      DatabaseSetup::pickLanguage(QStringLiteral("simpulctl: disk full"), QStringLiteral("en")),
      "disk full");
}

} // namespace
} // namespace simpul::app
