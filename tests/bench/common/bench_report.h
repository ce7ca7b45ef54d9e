#pragma once

// What every benchmark prints: one line per figure,
//   name: value unit  (ratio R vs baseline-name)
// and, when $SIMPUL_BENCH_JSON names a file, the same figure appended to it as one JSON
// object per line (tests/bench/run.sh gathers them into one JSON array).

#include <optional>
#include <string>
#include <vector>

namespace simpul::bench {

// The goal a figure is held to, if any: on its ratio, or on its value.
struct Goal {
  enum class Kind { None, RatioAtLeast, RatioAtMost, ValueAtMost };
  Kind kind = Kind::None;
  double limit = 0;

  static Goal none() { return {}; }
  static Goal ratioAtLeast(double limit) { return {Kind::RatioAtLeast, limit}; }
  static Goal ratioAtMost(double limit) { return {Kind::RatioAtMost, limit}; }
  static Goal valueAtMost(double limit) { return {Kind::ValueAtMost, limit}; }
  // "ratio >= 1", "value <= 256 MiB"; empty for none.
  std::string describe(const std::string& unit) const;
};

struct Figure {
  std::string name;     // "pmks.import.rows_per_s"
  double value = 0;     // in `unit`
  std::string unit;     // "rows/s", "ms", "MiB", "calls/s"
  std::string baseline; // the baseline figure's name; empty when the figure is a baseline
  double baselineValue = 0;
  // value / baselineValue unless given (e.g. baseline time / product time for "N x faster").
  std::optional<double> ratio;
  Goal goal;
  std::string note; // extra words for the line (e.g. "p99 1.2 ms")

  double effectiveRatio() const;
  // nullopt without a goal.
  std::optional<bool> met() const;
};

// Prints the line and appends the JSON object. Returns whether the goal holds (true when
// there is none).
bool report(const Figure& figure);

// A figure that is itself a baseline: "name: value unit  (baseline)".
void reportBaseline(const std::string& name, double value, const std::string& unit,
                    const std::string& note = {});

// The p-th percentile (0-100) of the samples, nearest-rank; 0 for none.
double percentile(std::vector<double> samples, double p);

// Peak resident set size (VmHWM) of a process in MiB, read from /proc; 0 when unreadable.
// pid 0 means this process.
double peakRssMiB(int pid = 0);
// Current resident set size (VmRSS) in MiB.
double currentRssMiB(int pid = 0);

} // namespace simpul::bench
