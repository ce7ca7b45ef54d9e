// --screenshot and --dump-texts through DesktopApp with a small window of the test's own
// (the shell has its own end-to-end test): the PNG has the window's size, the texts file
// holds what is visible and never a password, a page that never gets ready still gives a
// picture but exit 1, and a QML warning turns success into exit 3.
#include "app/desktop_app.h"
#include "app/qml_warnings.h"
#include "app/screenshot.h"
#include "app_test_support.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace simpul::app {
namespace {

using ::testing::Contains;
using ::testing::Not;
using testing::waitFor;

const QByteArray kWindow = R"(
import QtQuick
import QtQuick.Controls
import Simpul.App
import Simpul.Components
ApplicationWindow {
    width: 1366
    height: 768
    visible: true
    Column {
        Label { text: "Halo Simpul" }
        TextField { text: "rahasia-sekali-1"; echoMode: TextInput.Password }
        TextField { placeholderText: "Cari wilayah" }
        Button { text: "Simpan" }
        Label { text: "Tersembunyi"; visible: false }
        Label { text: "Mulai: " + App.startPage }
        Label { text: "Sesi: " + (App.session === Client.session ? "sama" : "beda") }
        Label { text: "Menu: " + App.navigation.count + ", server: " + App.serverState }
        %EXTRA%
    }
    Timer {
        interval: 50; running: %READY%
        onTriggered: { App.pageReady("login"); App.pageReady("dashboard") }
    }
}
)";

class ScreenshotTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(m_dir.isValid());
    resetQmlWarningCount();
  }

  // Runs the app to its end; returns the exit code (-2 when it did not end).
  int run(bool ready, const QByteArray& extra = {}, int timeoutMs = 30000,
          const QString& page = QStringLiteral("dashboard"), bool shell = false) {
    DesktopApp::Config config;
    config.options.server = QStringLiteral("unix:") + m_dir.filePath(QStringLiteral("none.sock"));
    config.options.screenshot = png();
    config.options.dumpTexts = texts();
    config.options.page = page;
    config.paths.qmlDir = QStringLiteral(SIMPUL_TEST_QML_DIR);
    config.paths.translationsDir = QStringLiteral(SIMPUL_TEST_TRANSLATIONS_DIR);
    config.settingsFile = m_dir.filePath(QStringLiteral("simpul.conf"));
    config.rootQml =
        QByteArray(kWindow).replace("%READY%", ready ? "true" : "false").replace("%EXTRA%", extra);
    if (shell) {
      config.rootQml = DesktopApp::Config().rootQml;
    }
    config.screenshotTimeoutMs = timeoutMs;
    DesktopApp app(config);
    QSignalSpy finished(&app, &DesktopApp::finished);
    if (const int early = app.start(); early >= 0) {
      return early;
    }
    if (!waitFor([&] { return !finished.isEmpty(); },
                 std::chrono::milliseconds(timeoutMs + 10000))) {
      return -2;
    }
    return finished.first().first().toInt();
  }
  QString png() const { return m_dir.filePath(QStringLiteral("shot.png")); }
  QString texts() const { return m_dir.filePath(QStringLiteral("shot.txt")); }
  QStringList textLines() const {
    QFile file(texts());
    if (!file.open(QIODevice::ReadOnly)) {
      return {};
    }
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  }

  QTemporaryDir m_dir;
};

TEST_F(ScreenshotTest, SavesTheWindowAndItsVisibleTextsOnceTheStartPageIsReady) {
  ASSERT_EQ(run(true), 0);
  const QImage image(png());
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.size(), QSize(1366, 768));
  // Something was drawn near the top left (the labels), not one flat colour.
  bool drawn = false;
  for (int y = 0; y < 100 && !drawn; ++y) {
    for (int x = 0; x < 300 && !drawn; ++x) {
      drawn = image.pixel(x, y) != image.pixel(1365, 767);
    }
  }
  EXPECT_TRUE(drawn);
  const QStringList lines = textLines();
  EXPECT_THAT(lines, Contains("Halo Simpul"));
  EXPECT_THAT(lines, Contains("Simpan"));
  EXPECT_THAT(lines, Contains("Cari wilayah"));
  EXPECT_THAT(lines, Contains("Mulai: dashboard"));
  // The controller's objects reach QML: the same session as the components', the models.
  EXPECT_THAT(lines, Contains("Sesi: sama"));
  EXPECT_THAT(lines, Contains("Menu: 0, server: ready"));
  EXPECT_THAT(lines, Not(Contains("Tersembunyi")));
  for (const QString& line : lines) {
    EXPECT_FALSE(line.contains(QStringLiteral("rahasia"))) << "a password field leaked";
  }
}

TEST_F(ScreenshotTest, APageThatNeverGetsReadyStillGivesAPictureButFails) {
  EXPECT_EQ(run(false, {}, 1500), 1);
  EXPECT_FALSE(QImage(png()).isNull());
  EXPECT_THAT(textLines(), Contains("Halo Simpul"));
}

TEST_F(ScreenshotTest, AQmlWarningFailsTheRun) {
  EXPECT_EQ(run(true, R"(Label { text: App.noSuchProperty.length })"), 3);
  EXPECT_GE(qmlWarningCount(), 1);
  EXPECT_FALSE(QImage(png()).isNull());
}

TEST_F(ScreenshotTest, AWindowThatDoesNotLoadEndsAtOnce) {
  EXPECT_EQ(run(true, R"(NoSuchType {})"), 1);
}

// The default window is the shell (Simpul.Shell's Main, found on the import path): it loads
// without a QML warning and reports its login page.
TEST_F(ScreenshotTest, TheShellLoadsAndReportsItsLoginPage) {
  ASSERT_EQ(run(true, {}, 30000, QStringLiteral("login"), true), 0);
  EXPECT_EQ(QImage(png()).size(), QSize(1366, 768));
  EXPECT_FALSE(textLines().isEmpty());
}

} // namespace
} // namespace simpul::app
