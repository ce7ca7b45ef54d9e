// bench_quick_baseline: the raw Qt Quick baseline of bench_first_frame. A minimal Qt Quick
// program: one 1366x768 window with a ListView of 1,000 text delegates over a C++ string
// model, its QML given inline. At the window's first frameSwapped it prints "first-frame"
// and "peak-rss-kib: N" (VmHWM of this process) on stdout, the same markers as
// `simpul --exit-after-first-frame`, and exits 0.
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickWindow>
#include <QStringListModel>
#include <cstdio>

namespace {

constexpr int kRows = 1000;

// VmHWM of this process in KiB; 0 when unreadable.
long long peakRssKiB() {
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
    return 0;
  }
  for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
    if (line.startsWith("VmHWM:")) {
      return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
  }
  return 0;
}

const char* const kQml = R"(
import QtQuick

Window {
    width: 1366
    height: 768
    visible: true
    title: "Qt Quick baseline"

    ListView {
        anchors.fill: parent
        model: rowModel
        delegate: Text {
            required property string display
            width: ListView.view.width
            height: 24
            text: display
        }
    }
}
)";

} // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const QByteArray arg(argv[i]);
    if (arg == "--help" || arg == "-h") {
      std::puts("Usage: bench_quick_baseline\n"
                "A window with a ListView of 1,000 texts; prints \"first-frame\" and\n"
                "\"peak-rss-kib: N\" at its first frame, then exits 0.");
      return 0;
    }
    std::fprintf(stderr, "bench_quick_baseline: unknown argument %s (see --help)\n", argv[i]);
    return 2;
  }
  QGuiApplication app(argc, argv);
  QStringList rows;
  rows.reserve(kRows);
  for (int i = 1; i <= kRows; ++i) {
    rows.append(QStringLiteral("Baris %1: teks contoh untuk daftar").arg(i));
  }
  QStringListModel model(rows);
  QQmlApplicationEngine engine;
  engine.rootContext()->setContextProperty(QStringLiteral("rowModel"), &model);
  engine.loadData(kQml);
  const QList<QObject*> roots = engine.rootObjects();
  auto* window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.constFirst());
  if (window == nullptr) {
    std::fputs("bench_quick_baseline: the window did not load\n", stderr);
    return 1;
  }
  bool done = false;
  QObject::connect(
      window, &QQuickWindow::frameSwapped, &app,
      [&done] {
        if (done) {
          return;
        }
        done = true;
        std::fputs("first-frame\n", stdout);
        std::fprintf(stdout, "peak-rss-kib: %lld\n", peakRssKiB());
        std::fflush(stdout);
        QCoreApplication::exit(0);
      },
      Qt::QueuedConnection);
  return QGuiApplication::exec();
}
