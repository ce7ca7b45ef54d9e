#pragma once

// --exit-after-first-frame: the start-up measure of tests/bench/quick (bench_first_frame).
// Once the page the run waits for is ready (App.pageReady, the same signal --screenshot
// waits for) and the window has swapped the frame that shows it, prints "first-frame" and
// then "peak-rss-kib: N" (VmHWM of this process) on stdout and reports done().

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <atomic>

class QQuickWindow;

namespace simpul::app {

class FirstFrame : public QObject {
  Q_OBJECT

public:
  struct Config {
    QString page; // the page id to wait for; "" = the first page that gets ready
    int timeoutMs = 30000;
  };

  explicit FirstFrame(Config config, QObject* parent = nullptr);

  // The window to watch; the timeout runs from here.
  void watch(QQuickWindow* window);
  // App.pageReady(pageId) arrived.
  void pageReady(const QString& pageId);
  // The data service could not start: no page will come; fail at once.
  void serverFailed(const QString& error);

  // Peak resident set size of this process (VmHWM) in KiB; 0 when unreadable.
  static qint64 peakRssKiB();

signals:
  // exitCode 0: the frame was swapped and the markers printed; 1: it never came (the
  // reason in `message`).
  void done(int exitCode, const QString& message);

private:
  void frameShown();
  void finish(int exitCode, const QString& message);

  Config m_config;
  QPointer<QQuickWindow> m_window;
  QTimer m_timeout;
  // Idle, then (page ready) waiting for a scene-graph sync of the page, then synced: the
  // next swap shows it. Set on the GUI thread, read on the render thread.
  enum Stage { Idle, WaitingForSync, Synced, Shown };
  std::atomic<int> m_stage{Idle};
  bool m_finished = false;
  QStringList m_readyPages;
};

} // namespace simpul::app
