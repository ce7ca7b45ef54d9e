#pragma once

// One run of a program that prints "first-frame" and then "peak-rss-kib: N" on stdout
// (bench_quick_baseline, `simpul --exit-after-first-frame`), for bench_first_frame.

#include <string>
#include <vector>

namespace simpul::bench {

class WorkDir;

struct ChildRun {
  double firstFrameMs = 0;   // from the spawn to the "first-frame" line
  double peakRssMiB = 0;     // what the child printed
  double childrenRssMiB = 0; // peak RSS of its own children (simpul-data) at that moment
};

// The environment for the children: this one, with QT_QPA_PLATFORM=offscreen when unset,
// private XDG directories under `work` (runtime 0700, config, data, cache) and no
// SIMPUL_SERVER / SIMPUL_TOKEN.
std::vector<std::string> childEnvironment(const WorkDir& work);

// Runs argv (argv[0] a path) to its end. Throws std::runtime_error, with the tail of its
// stderr, when it exits non-zero, never prints the markers, or runs past `timeoutSeconds`
// (then it is killed).
ChildRun runToFirstFrame(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                         const WorkDir& work, int timeoutSeconds, const std::string& label);

} // namespace simpul::bench
