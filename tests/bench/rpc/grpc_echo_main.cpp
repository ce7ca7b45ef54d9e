// bench_grpc_echo: the raw gRPC baseline of issue 6. A unary echo of a record-sized message
// (echo.proto) between client threads and a server in this same process: sync and callback
// server, over a unix socket and loopback TCP, with 1, 16 and 64 concurrent clients. Each
// cell warms up, then runs --seconds; prints calls/s with p50/p99 latency per cell
// (figures grpc.echo.<sync|callback>.<unix|tcp>.c<N>.calls_per_s).
//
//   bench_grpc_echo [--seconds S] [--warmup W] [--clients 1,16,64] [--channels shared|per-client]
#include "bench_report.h"
#include "echo_bench.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <stdexcept>

namespace {

using namespace simpul::bench;

constexpr const char* kUsage =
    "usage: bench_grpc_echo [--seconds S] [--warmup W] [--clients 1,16,64]\n"
    "                       [--channels shared|per-client]\n"
    "  --seconds S   measured seconds per cell (default 3)\n"
    "  --warmup W    warm-up seconds per cell (default: S/3, at most 1)\n"
    "  --clients L   comma-separated concurrent client counts (default 1,16,64)\n"
    "  --channels M  shared: one channel (connection) for all client threads (default:\n"
    "                the higher throughput on this machine); per-client: one per thread\n";

[[noreturn]] void usageError(const std::string& message) {
  std::cerr << "bench_grpc_echo: " << message << "\n" << kUsage;
  std::exit(2);
}

double positiveNumber(const std::string& flag, const std::string& text, bool allowZero) {
  try {
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    if (used == text.size() && (value > 0 || (allowZero && value == 0))) {
      return value;
    }
  } catch (const std::exception&) {
  }
  usageError(flag + " needs a " + (allowZero ? "non-negative" : "positive") + " number, not '" +
             text + "'");
}

std::string fmtSeconds(double s) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", s);
  return text;
}

std::vector<int> clientList(const std::string& text) {
  std::vector<int> list;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    const double value = positiveNumber("--clients", item, false);
    if (value != static_cast<int>(value) || value > 1024) {
      usageError("--clients takes whole numbers from 1 to 1024");
    }
    list.push_back(static_cast<int>(value));
  }
  if (list.empty()) {
    usageError("--clients is empty");
  }
  return list;
}

} // namespace

int main(int argc, char** argv) {
  double seconds = 3;
  double warmup = -1;
  std::vector<int> clients = {1, 16, 64};
  ChannelMode mode = ChannelMode::Shared;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    }
    if (i + 1 >= argc) {
      usageError("unknown argument or missing value: " + arg);
    }
    const std::string value = argv[++i];
    if (arg == "--seconds") {
      seconds = positiveNumber(arg, value, false);
    } else if (arg == "--warmup") {
      warmup = positiveNumber(arg, value, true);
    } else if (arg == "--clients") {
      clients = clientList(value);
    } else if (arg == "--channels") {
      if (value == "per-client") {
        mode = ChannelMode::PerClient;
      } else if (value == "shared") {
        mode = ChannelMode::Shared;
      } else {
        usageError("--channels is per-client or shared, not '" + value + "'");
      }
    } else {
      usageError("unknown argument: " + arg);
    }
  }
  if (warmup < 0) {
    warmup = std::min(1.0, seconds / 3);
  }

  try {
    const auto message = sampleEchoRecord(1);
    std::cout << "raw gRPC echo: " << message.ByteSizeLong() << "-byte message, "
              << channelModeName(mode) << ", " << fmtSeconds(warmup) << " s warm-up + "
              << fmtSeconds(seconds) << " s per cell\n";
    int failed = 0;
    for (const auto kind : {EchoServerKind::Sync, EchoServerKind::Callback}) {
      EchoServer server(kind);
      for (const bool overUnix : {true, false}) {
        for (const int count : clients) {
          const LoadOptions options{count, warmup, seconds};
          const LoadResult result =
              runEcho(overUnix ? server.unixAddress() : server.tcpAddress(), mode, options);
          const std::string name = std::string("grpc.echo.") + echoServerKindName(kind) +
                                   (overUnix ? ".unix" : ".tcp") + ".c" + std::to_string(count) +
                                   ".calls_per_s";
          reportBaseline(name, result.callsPerSecond, "calls/s", describeLatency(result));
          if (result.failures > 0 || result.calls == 0) {
            std::cerr << name << ": " << result.failures
                      << " failed calls; first: " << result.firstError << "\n";
            ++failed;
          }
        }
      }
    }
    return failed == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "bench_grpc_echo: " << e.what() << "\n";
    return 1;
  }
}
