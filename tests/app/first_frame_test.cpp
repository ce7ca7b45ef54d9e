// simpul --exit-after-first-frame, the start-up figure of tests/bench/quick: with its
// embedded simpul-data on a fresh database it draws the login page, prints "first-frame"
// and its peak RSS and exits 0; when the data service cannot start it exits 1 without the
// markers (a failed start is never measured as a start).
#include "app_test_support.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace simpul::app {
namespace {

using ::testing::HasSubstr;

struct AppRun {
  int exitCode = -1;
  std::string out, err;
};

AppRun runApp(const QStringList& args) {
  QProcess app;
  app.start(QStringLiteral(SIMPUL_APP_PATH), args);
  if (!app.waitForFinished(60000)) {
    app.kill();
    app.waitForFinished();
    return {};
  }
  return {app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1,
          app.readAllStandardOutput().toStdString(), app.readAllStandardError().toStdString()};
}

TEST(FirstFrameProgram, PrintsTheMarkersOnceTheLoginPageIsDrawn) {
  QTemporaryDir dir;
  const QString db = dir.filePath(QStringLiteral("simpul.db"));
  testing::copyTemplateDatabase(db);
  const AppRun run = runApp({QStringLiteral("--db"), db, QStringLiteral("--plugins"),
                             dir.filePath(QStringLiteral("none")), QStringLiteral("--page"),
                             QStringLiteral("login"), QStringLiteral("--exit-after-first-frame")});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  static const QRegularExpression markers(
      QStringLiteral("^first-frame\npeak-rss-kib: [1-9][0-9]*\n$"));
  EXPECT_TRUE(markers.match(QString::fromStdString(run.out)).hasMatch()) << run.out;
  EXPECT_THAT(run.err, ::testing::Not(HasSubstr(".qml:")));
}

TEST(FirstFrameProgram, FailsWithoutTheMarkersWhenTheDataServiceCannotStart) {
  QTemporaryDir dir;
  const QString db = dir.filePath(QStringLiteral("simpul.db"));
  QFile file(db);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(QByteArray(8192, 'x')); // not an SQLite database
  file.close();
  const AppRun run = runApp({QStringLiteral("--db"), db, QStringLiteral("--plugins"),
                             dir.filePath(QStringLiteral("none")), QStringLiteral("--page"),
                             QStringLiteral("login"), QStringLiteral("--exit-after-first-frame")});
  EXPECT_EQ(run.exitCode, 1) << run.err;
  EXPECT_THAT(run.out, ::testing::Not(HasSubstr("first-frame")));
  EXPECT_THAT(run.err, HasSubstr("layanan data tidak bisa berjalan"));
}

} // namespace
} // namespace simpul::app
