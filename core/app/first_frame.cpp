#include "app/first_frame.h"

#include <QFile>
#include <QQuickWindow>
#include <cstdio>

namespace simpul::app {

FirstFrame::FirstFrame(Config config, QObject* parent)
    : QObject(parent), m_config(std::move(config)) {
  m_timeout.setSingleShot(true);
  m_timeout.setInterval(m_config.timeoutMs);
  connect(&m_timeout, &QTimer::timeout, this, [this] {
    const int seconds = m_config.timeoutMs / 1000;
    if (m_stage.load() != Idle) {
      finish(1, tr("halaman siap tetapi tidak tergambar dalam %1 detik").arg(seconds));
    } else if (m_config.page.isEmpty()) {
      finish(1, tr("tidak ada halaman yang siap dalam %1 detik").arg(seconds));
    } else {
      finish(1, tr("halaman %1 tidak siap dalam %2 detik").arg(m_config.page).arg(seconds));
    }
  });
}

void FirstFrame::watch(QQuickWindow* window) {
  m_window = window;
  // Direct: with a threaded render loop these come from the render thread (the GUI thread
  // is blocked during the sync), with the basic loop from the GUI thread. A frame counts
  // only when its sync came after the page was ready, so an older frame swapped late does
  // not.
  connect(
      window, &QQuickWindow::afterSynchronizing, this,
      [this] {
        int waiting = WaitingForSync;
        m_stage.compare_exchange_strong(waiting, Synced);
      },
      Qt::DirectConnection);
  connect(
      window, &QQuickWindow::frameSwapped, this,
      [this] {
        int synced = Synced;
        if (m_stage.compare_exchange_strong(synced, Shown)) {
          QMetaObject::invokeMethod(this, &FirstFrame::frameShown, Qt::QueuedConnection);
        }
      },
      Qt::DirectConnection);
  m_timeout.start();
  const QStringList early = std::exchange(m_readyPages, {});
  for (const QString& page : early) {
    pageReady(page);
  }
}

void FirstFrame::pageReady(const QString& pageId) {
  if (m_window.isNull()) {
    m_readyPages.append(pageId); // reported before the window was known
    return;
  }
  if (m_stage.load() != Idle || m_finished) {
    return;
  }
  if (m_config.page.isEmpty() || pageId == m_config.page) {
    // The page's items exist now; the next frame synced and swapped is the first that
    // shows it.
    m_stage = WaitingForSync;
    m_window->update();
  }
}

void FirstFrame::serverFailed(const QString& error) {
  finish(1, tr("layanan data tidak bisa berjalan: %1").arg(error));
}

void FirstFrame::frameShown() {
  if (m_finished) {
    return;
  }
  std::fputs("first-frame\n", stdout);
  std::fprintf(stdout, "peak-rss-kib: %lld\n", static_cast<long long>(peakRssKiB()));
  std::fflush(stdout);
  finish(0, {});
}

void FirstFrame::finish(int exitCode, const QString& message) {
  if (m_finished) {
    return;
  }
  m_finished = true;
  m_timeout.stop();
  // Queued: a data service that fails at once does so inside DesktopApp::start(), before
  // main() listens for the end.
  QMetaObject::invokeMethod(
      this, [this, exitCode, message] { emit done(exitCode, message); }, Qt::QueuedConnection);
}

qint64 FirstFrame::peakRssKiB() {
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
    return 0;
  }
  // "VmHWM:     123456 kB"
  for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
    if (line.startsWith("VmHWM:")) {
      return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
  }
  return 0;
}

} // namespace simpul::app
