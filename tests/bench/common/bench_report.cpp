#include "bench_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace simpul::bench {

namespace {

std::string number(double value) {
  char text[64];
  if (value != 0 && (std::fabs(value) >= 1e6 || std::fabs(value) < 0.01)) {
    std::snprintf(text, sizeof text, "%.3g", value);
  } else if (std::fabs(value) >= 1000) {
    std::snprintf(text, sizeof text, "%.0f", value);
  } else {
    std::snprintf(text, sizeof text, "%.3g", value);
  }
  return text;
}

std::string jsonString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
        out += escaped;
      } else {
        out += c;
      }
    }
  }
  return out + "\"";
}

std::string jsonNumber(double value) {
  if (!std::isfinite(value)) {
    return "null";
  }
  char text[64];
  std::snprintf(text, sizeof text, "%.6g", value);
  return text;
}

void appendJson(const std::string& object) {
  const char* path = std::getenv("SIMPUL_BENCH_JSON");
  if (path == nullptr || *path == '\0') {
    return;
  }
  std::ofstream out(path, std::ios::app);
  out << object << '\n';
}

double procStatusMiB(int pid, const char* key) {
  const std::string path =
      pid == 0 ? std::string("/proc/self/status") : "/proc/" + std::to_string(pid) + "/status";
  std::ifstream in(path);
  std::string line;
  const std::string prefix = std::string(key) + ":";
  while (std::getline(in, line)) {
    if (line.rfind(prefix, 0) == 0) {
      return std::strtod(line.c_str() + prefix.size(), nullptr) / 1024.0; // kB
    }
  }
  return 0;
}

} // namespace

std::string Goal::describe(const std::string& unit) const {
  switch (kind) {
  case Kind::None:
    return {};
  case Kind::RatioAtLeast:
    return "ratio >= " + number(limit);
  case Kind::RatioAtMost:
    return "ratio <= " + number(limit);
  case Kind::ValueAtMost:
    return "value <= " + number(limit) + " " + unit;
  }
  return {};
}

double Figure::effectiveRatio() const {
  if (ratio) {
    return *ratio;
  }
  return baselineValue != 0 ? value / baselineValue : NAN;
}

std::optional<bool> Figure::met() const {
  const double r = effectiveRatio();
  switch (goal.kind) {
  case Goal::Kind::None:
    return std::nullopt;
  case Goal::Kind::RatioAtLeast:
    return r >= goal.limit;
  case Goal::Kind::RatioAtMost:
    return r <= goal.limit;
  case Goal::Kind::ValueAtMost:
    return value <= goal.limit;
  }
  return std::nullopt;
}

bool report(const Figure& f) {
  std::ostringstream line;
  line << f.name << ": " << number(f.value) << ' ' << f.unit;
  const double r = f.effectiveRatio();
  if (!f.baseline.empty()) {
    line << "  (ratio " << number(r) << " vs " << f.baseline << ')';
  }
  const auto met = f.met();
  if (met) {
    line << "  [goal " << f.goal.describe(f.unit) << ": " << (*met ? "met" : "MISSED") << ']';
  }
  if (!f.note.empty()) {
    line << "  " << f.note;
  }
  std::cout << line.str() << std::endl;

  std::ostringstream json;
  json << "{\"name\":" << jsonString(f.name) << ",\"value\":" << jsonNumber(f.value)
       << ",\"unit\":" << jsonString(f.unit);
  if (!f.baseline.empty()) {
    json << ",\"baseline\":" << jsonString(f.baseline)
         << ",\"baseline_value\":" << jsonNumber(f.baselineValue) << ",\"ratio\":" << jsonNumber(r);
  }
  if (met) {
    json << ",\"goal\":" << jsonString(f.goal.describe(f.unit))
         << ",\"met\":" << (*met ? "true" : "false");
  }
  if (!f.note.empty()) {
    json << ",\"note\":" << jsonString(f.note);
  }
  json << '}';
  appendJson(json.str());
  return met.value_or(true);
}

void reportBaseline(const std::string& name, double value, const std::string& unit,
                    const std::string& note) {
  std::cout << name << ": " << number(value) << ' ' << unit << "  (baseline)"
            << (note.empty() ? "" : "  " + note) << std::endl;
  std::ostringstream json;
  json << "{\"name\":" << jsonString(name) << ",\"value\":" << jsonNumber(value)
       << ",\"unit\":" << jsonString(unit) << ",\"is_baseline\":true";
  if (!note.empty()) {
    json << ",\"note\":" << jsonString(note);
  }
  json << '}';
  appendJson(json.str());
}

double percentile(std::vector<double> samples, double p) {
  if (samples.empty()) {
    return 0;
  }
  std::sort(samples.begin(), samples.end());
  const double rank = std::ceil(p / 100.0 * static_cast<double>(samples.size()));
  const std::size_t index = rank < 1 ? 0 : static_cast<std::size_t>(rank) - 1;
  return samples[std::min(index, samples.size() - 1)];
}

double peakRssMiB(int pid) {
  return procStatusMiB(pid, "VmHWM");
}

double currentRssMiB(int pid) {
  return procStatusMiB(pid, "VmRSS");
}

} // namespace simpul::bench
