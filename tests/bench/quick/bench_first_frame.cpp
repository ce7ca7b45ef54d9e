// bench_first_frame: the desktop's start-up against raw Qt Quick (issue 6: "desktop first
// frame with all plugins / raw Qt Quick <= 2; RSS <= raw + 80 MiB").
//   bench_first_frame --app SIMPUL --baseline BENCH_QUICK_BASELINE --runs R [--db FILE]
//                     [--timeout S] [-- more simpul arguments]
// Starts each program R times, alternating (after one warm-up run of each that does not
// count), and measures the wall time from the spawn until the child prints "first-frame"
// on stdout; the child then prints "peak-rss-kib: N" and must exit 0. simpul runs with
// --exit-after-first-frame on a private copy of --db (its embedded simpul-data, the plugins
// beside it) and --page login: the figure is the time until the login page, with every
// plugin loaded and the data service answering, is on screen. Without --db it is the
// first-start page. Medians are reported.
#include "bench_report.h"
#include "bench_server.h"
#include "first_frame_child.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using simpul::bench::ChildRun;
using simpul::bench::Figure;
using simpul::bench::Goal;

struct Options {
  std::string app, baseline, db;
  int runs = 5;
  int timeoutSeconds = 120;
  std::vector<std::string> appArgs;
};

constexpr double kRssAllowanceMiB = 80;
constexpr double kFirstFrameRatio = 2;

int usage(const std::string& message) {
  std::fprintf(stderr, "bench_first_frame: %s\nSee bench_first_frame --help.\n", message.c_str());
  return 2;
}

const char* const kHelp =
    "Usage: bench_first_frame --app SIMPUL --baseline BENCH_QUICK_BASELINE [--runs R]\n"
    "                         [--db FILE] [--timeout S] [-- more simpul arguments]\n"
    "Time to the first frame and peak RSS of simpul (--exit-after-first-frame) against a\n"
    "minimal Qt Quick window with a ListView. Each program runs R times (default 5),\n"
    "alternating, after one warm-up run each; medians are reported.\n"
    "  --db FILE    a database for simpul's embedded simpul-data (copied first; the app\n"
    "               then measures the login page). Without it: the first-start page.\n"
    "  --timeout S  per run (default 120).\n"
    "QT_QPA_PLATFORM defaults to offscreen; XDG directories are private to the run.\n";

double median(std::vector<double> values) {
  return simpul::bench::percentile(std::move(values), 50);
}

std::string spread(const std::vector<double>& values, const char* unit) {
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  char text[96];
  std::snprintf(text, sizeof text, "median of %zu, min %.1f max %.1f %s", values.size(), *low,
                *high, unit);
  return text;
}

} // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&](std::string& into) {
      if (i + 1 >= argc || std::string(argv[i + 1]).empty()) {
        return false;
      }
      into = argv[++i];
      return true;
    };
    std::string number;
    if (arg == "--help" || arg == "-h") {
      std::fputs(kHelp, stdout);
      return 0;
    } else if (arg == "--") {
      options.appArgs.assign(argv + i + 1, argv + argc);
      break;
    } else if (arg == "--app") {
      if (!value(options.app))
        return usage("--app needs a path");
    } else if (arg == "--baseline") {
      if (!value(options.baseline))
        return usage("--baseline needs a path");
    } else if (arg == "--db") {
      if (!value(options.db))
        return usage("--db needs a file");
    } else if (arg == "--runs" || arg == "--timeout") {
      if (!value(number))
        return usage(arg + " needs a number");
      char* end = nullptr;
      const long parsed = std::strtol(number.c_str(), &end, 10);
      if (*end != '\0' || parsed < 1 || parsed > 1000) {
        return usage(arg + " must be a whole number from 1 to 1000, not " + number);
      }
      (arg == "--runs" ? options.runs : options.timeoutSeconds) = static_cast<int>(parsed);
    } else {
      return usage("unknown argument " + arg);
    }
  }
  if (options.app.empty() || options.baseline.empty()) {
    return usage("--app and --baseline are required");
  }
  for (const std::string* path : {&options.app, &options.baseline, &options.db}) {
    if (!path->empty() && !std::filesystem::exists(*path)) {
      return usage(*path + " does not exist");
    }
  }

  try {
    simpul::bench::WorkDir work;
    std::vector<std::string> appArgs{options.app, "--exit-after-first-frame"};
    std::string page = "setup";
    if (!options.db.empty()) {
      // A private copy: the runs must not change the caller's database.
      const std::string copy = work.file("simpul.db");
      std::filesystem::copy_file(options.db, copy);
      for (const char* suffix : {"-wal", "-shm"}) {
        if (std::filesystem::exists(options.db + suffix)) {
          std::filesystem::copy_file(options.db + suffix, copy + suffix);
        }
      }
      appArgs.insert(appArgs.end(), {"--db", copy});
      page = "login";
    }
    appArgs.insert(appArgs.end(), {"--page", page});
    appArgs.insert(appArgs.end(), options.appArgs.begin(), options.appArgs.end());
    const std::vector<std::string> baselineArgs{options.baseline};
    const std::vector<std::string> env = simpul::bench::childEnvironment(work);

    std::vector<double> appMs, appMiB, dataMiB, rawMs, rawMiB;
    // Run 0 warms the file cache (and QML disk cache) and does not count.
    for (int run = 0; run <= options.runs; ++run) {
      const ChildRun raw = simpul::bench::runToFirstFrame(baselineArgs, env, work,
                                                          options.timeoutSeconds, "baseline");
      const ChildRun app =
          simpul::bench::runToFirstFrame(appArgs, env, work, options.timeoutSeconds, "simpul");
      std::fprintf(stderr, "run %d%s: qt quick %.0f ms %.1f MiB; simpul %.0f ms %.1f MiB\n", run,
                   run == 0 ? " (warm-up)" : "", raw.firstFrameMs, raw.peakRssMiB, app.firstFrameMs,
                   app.peakRssMiB);
      if (run == 0) {
        continue;
      }
      rawMs.push_back(raw.firstFrameMs);
      rawMiB.push_back(raw.peakRssMiB);
      appMs.push_back(app.firstFrameMs);
      appMiB.push_back(app.peakRssMiB);
      dataMiB.push_back(app.childrenRssMiB);
    }

    const double rawFrame = median(rawMs);
    const double rawRss = median(rawMiB);
    simpul::bench::reportBaseline("qtquick.first_frame.ms", rawFrame, "ms", spread(rawMs, "ms"));
    simpul::bench::reportBaseline("qtquick.peak_rss.mib", rawRss, "MiB", spread(rawMiB, "MiB"));
    char dataNote[96];
    std::snprintf(dataNote, sizeof dataNote, "; simpul-data beside it %.1f MiB RSS",
                  median(dataMiB));
    simpul::bench::report(Figure{
        .name = "app.first_frame.ms",
        .value = median(appMs),
        .unit = "ms",
        .baseline = "qtquick.first_frame.ms",
        .baselineValue = rawFrame,
        .ratio = std::nullopt,
        .goal = Goal::ratioAtMost(kFirstFrameRatio),
        .note = spread(appMs, "ms") + "; page " + page + ", every plugin loaded",
    });
    simpul::bench::report(Figure{
        .name = "app.peak_rss.mib",
        .value = median(appMiB),
        .unit = "MiB",
        .baseline = "qtquick.peak_rss.mib",
        .baselineValue = rawRss,
        .ratio = std::nullopt,
        .goal = Goal::valueAtMost(rawRss + kRssAllowanceMiB),
        .note = spread(appMiB, "MiB") + (options.db.empty() ? "" : dataNote),
    });
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_first_frame: %s\n", e.what());
    return 1;
  }
  return 0;
}
