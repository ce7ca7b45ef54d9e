// The simpul program as a process with its embedded simpul-data: whether it ends by SIGTERM
// or is killed outright, the data service does not outlive it.
#include "app_test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>

namespace simpul::app {
namespace {

using testing::waitFor;

// The direct children of `pid` (Linux: /proc/<pid>/task/<tid>/children).
QList<qint64> childrenOf(qint64 pid) {
  QList<qint64> children;
  const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
  for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
    QFile file(tasks.filePath(task + QStringLiteral("/children")));
    if (file.open(QIODevice::ReadOnly)) {
      for (const QByteArray& child : file.readAll().split(' ')) {
        if (!child.trimmed().isEmpty()) {
          children.append(child.trimmed().toLongLong());
        }
      }
    }
  }
  return children;
}

// Gone, or a zombie nobody reaped yet (a container's init may not reap): not running.
bool running(qint64 pid) {
  QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
  if (!stat.open(QIODevice::ReadOnly)) {
    return false;
  }
  const QByteArray text = stat.readAll();
  const qsizetype close = text.lastIndexOf(')');
  return close < 0 || text.mid(close + 2, 1) != "Z";
}

class ProgramTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(m_dir.isValid());
    testing::copyTemplateDatabase(m_dir.filePath(QStringLiteral("simpul.db")));
    m_app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_app.start(QStringLiteral(SIMPUL_APP_PATH),
                {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("simpul.db")),
                 QStringLiteral("--plugins"), m_dir.filePath(QStringLiteral("none"))});
    ASSERT_TRUE(m_app.waitForStarted());
    // The data service is up once its socket is there.
    const QString socket =
        QDir(qEnvironmentVariable("XDG_RUNTIME_DIR"))
            .filePath(QStringLiteral("simpul/simpul-%1.sock").arg(m_app.processId()));
    ASSERT_TRUE(waitFor([&] { return QFileInfo::exists(socket); }));
    const QList<qint64> children = childrenOf(m_app.processId());
    ASSERT_EQ(children.size(), 1);
    m_child = children.first();
    ASSERT_TRUE(running(m_child));
  }
  void TearDown() override {
    if (m_app.state() != QProcess::NotRunning) {
      m_app.kill();
      m_app.waitForFinished();
    }
  }

  QTemporaryDir m_dir;
  QProcess m_app;
  qint64 m_child = 0;
};

TEST_F(ProgramTest, SigtermStopsTheAppAndItsDataService) {
  ::kill(static_cast<pid_t>(m_app.processId()), SIGTERM);
  ASSERT_TRUE(m_app.waitForFinished(15000));
  EXPECT_EQ(m_app.exitStatus(), QProcess::NormalExit);
  EXPECT_EQ(m_app.exitCode(), 128 + SIGTERM);
  EXPECT_FALSE(running(m_child)) << "simpul-data " << m_child << " outlived simpul";
}

TEST_F(ProgramTest, TheDataServiceEndsEvenWhenTheAppIsKilled) {
  ::kill(static_cast<pid_t>(m_app.processId()), SIGKILL);
  ASSERT_TRUE(m_app.waitForFinished(15000));
  EXPECT_TRUE(waitFor([&] { return !running(m_child); }, std::chrono::seconds(15)))
      << "simpul-data " << m_child << " outlived a killed simpul";
}

} // namespace
} // namespace simpul::app
