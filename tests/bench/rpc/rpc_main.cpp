// bench_rpc: the PMKS RPC figures of issue 6 against a real simpul-data (BenchServer) on a
// generated database, as the given user (Dinas Sosial of the provinsi in run.sh):
//  - GetRecord of random existing ids and ListRecords first pages (page_size 50, filtered to
//    a random kecamatan) at 16 concurrent clients over the unix socket: calls/s and p99,
//    as a ratio to the raw gRPC echo (sync server, like simpul-data) at 16 clients over a
//    unix socket, measured in this process right before (goal >= 0.5);
//  - deep paging: ListRecords page_size 50, without a filter and with a kabupaten filter,
//    the page starting at row 0.9 x rows (row 900,000 of a 1M list) against the first page,
//    medians of --runs (goal <= 1.5).
//
//   bench_rpc --db DB --user NAME --password-file F [--seconds S] [--warmup W] [--runs R]
//             [--clients N] [--kabupaten 32.04] [--channels shared|per-client]
#include "bench_report.h"
#include "bench_server.h"
#include "echo_bench.h"
#include "pmks_rpc_bench.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

namespace {

using namespace simpul::bench;

constexpr const char* kUsage =
    "usage: bench_rpc --db DB --user NAME --password-file F [--seconds S] [--warmup W]\n"
    "                 [--runs R] [--clients N] [--kabupaten CODE] [--channels shared|per-client]\n"
    "  --db DB          a generated database (simpul-benchgen db); simpul-data is started on it\n"
    "  --user NAME      who signs in (Dinas Sosial of the provinsi in run.sh)\n"
    "  --password-file  the user's password, first line\n"
    "  --seconds S      measured seconds of each throughput figure (default 3)\n"
    "  --warmup W       warm-up seconds before each (default: S/3, at most 1)\n"
    "  --runs R         timed calls of each page for the deep-paging medians (default 7)\n"
    "  --clients N      concurrent clients of the throughput figures (default 16)\n"
    "  --kabupaten CODE the filter of the second deep-paging list (default 32.04)\n"
    "  --channels M     shared (default) or per-client, as in bench_grpc_echo\n"
    "  --server ADDR    use a simpul-data already running on DB at ADDR (e.g. under a\n"
    "                   profiler) instead of starting one\n"
    "  --only PARTS     comma list of get, list, deep (default: all)\n";

[[noreturn]] void usageError(const std::string& message) {
  std::cerr << "bench_rpc: " << message << "\n" << kUsage;
  std::exit(2);
}

double number(const std::string& flag, const std::string& text, double min) {
  try {
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    if (used == text.size() && value >= min && (min > 0 || value >= 0)) {
      return value;
    }
  } catch (const std::exception&) {
  }
  usageError(flag + " needs a number of at least " + std::to_string(min) + ", not '" + text + "'");
}

std::string fmt(const char* format, double a, double b = 0) {
  char text[160];
  std::snprintf(text, sizeof text, format, a, b);
  return text;
}

void reportDeep(const std::string& prefix, const std::string& filterText, const DeepPageResult& r) {
  const std::string what = filterText + ", page_size 50, " + std::to_string(r.rows) + " rows";
  reportBaseline(prefix + ".first_page.ms", r.firstPageMs, "ms",
                 "median of " + std::to_string(r.firstSamples.size()) + "; " + what);
  Figure deep;
  deep.name = prefix + (prefix == "pmks.list" ? ".page_at_900k.ms" : ".deep_page.ms");
  deep.value = r.deepPageMs;
  deep.unit = "ms";
  deep.baseline = prefix + ".first_page.ms";
  deep.baselineValue = r.firstPageMs;
  deep.goal = Goal::ratioAtMost(1.5);
  deep.note = "page starting at row " + std::to_string(r.position) + ", median of " +
              std::to_string(r.deepSamples.size()) + "; " + what;
  report(deep);
}

} // namespace

int main(int argc, char** argv) {
  std::string db, user, passwordFile, kabupaten = "32.04", serverAddress, only = "get,list,deep";
  double seconds = 3, warmup = -1;
  int runs = 7, clients = 16;
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
    if (arg == "--db") {
      db = value;
    } else if (arg == "--user") {
      user = value;
    } else if (arg == "--password-file") {
      passwordFile = value;
    } else if (arg == "--seconds") {
      seconds = number(arg, value, 0.001);
    } else if (arg == "--warmup") {
      warmup = number(arg, value, 0);
    } else if (arg == "--runs") {
      runs = static_cast<int>(number(arg, value, 1));
    } else if (arg == "--clients") {
      clients = static_cast<int>(number(arg, value, 1));
    } else if (arg == "--kabupaten") {
      kabupaten = value;
    } else if (arg == "--server") {
      serverAddress = value;
    } else if (arg == "--only") {
      only = value;
    } else if (arg == "--channels") {
      if (value != "per-client" && value != "shared") {
        usageError("--channels is per-client or shared, not '" + value + "'");
      }
      mode = value == "shared" ? ChannelMode::Shared : ChannelMode::PerClient;
    } else {
      usageError("unknown argument: " + arg);
    }
  }
  if (db.empty() || user.empty() || passwordFile.empty()) {
    usageError("--db, --user and --password-file are required");
  }
  if (!std::filesystem::is_regular_file(db)) {
    usageError("no database file " + db);
  }
  if (warmup < 0) {
    warmup = std::min(1.0, seconds / 3);
  }

  try {
    const std::string password = readFirstLine(passwordFile);
    ListOracle oracle(db, user);
    const auto ids = oracle.randomIds(8192);
    const auto kecamatan = oracle.kecamatanWithRecords();
    std::unique_ptr<BenchServer> server;
    if (serverAddress.empty()) {
      server = std::make_unique<BenchServer>(db);
      serverAddress = server->address();
    }
    const RpcTarget target{serverAddress,
                           simpul::bench::loginAt(serverAddress, user, password).token(), mode};
    auto wanted = [&](const std::string& part) {
      return ("," + only + ",").find("," + part + ",") != std::string::npos;
    };
    const LoadOptions load{clients, warmup, seconds};
    const std::string c = ".c" + std::to_string(clients);
    const std::string echoName = "grpc.echo.sync.unix" + c + ".calls_per_s";

    // The baseline right before: a sync server, like simpul-data, over a unix socket.
    LoadResult echo;
    {
      EchoServer echoServer(EchoServerKind::Sync);
      echo = runEcho(echoServer.unixAddress(), mode, load);
      if (echo.failures > 0 || echo.calls == 0) {
        throw std::runtime_error("echo baseline failed: " + echo.firstError);
      }
    }
    const double recordBytes = meanRecordBytes(target, ids);
    const std::string echoNote =
        "echo in this run " + fmt("%.0f calls/s, p99 %.3g ms", echo.callsPerSecond, echo.p99Ms) +
        ", " + std::to_string(sampleEchoRecord(1).ByteSizeLong()) + "-byte message";

    auto throughput = [&](const std::string& name, const LoadResult& r, const std::string& what) {
      if (r.failures > 0 || r.calls == 0) {
        throw std::runtime_error(name + ": " + std::to_string(r.failures) +
                                 " failed calls; first: " + r.firstError);
      }
      Figure f;
      f.name = name;
      f.value = r.callsPerSecond;
      f.unit = "calls/s";
      f.baseline = echoName;
      f.baselineValue = echo.callsPerSecond;
      f.goal = Goal::ratioAtLeast(0.5);
      f.note = describeLatency(r) + "; " + what + "; " + echoNote + "; " + channelModeName(mode);
      report(f);
      Figure p99;
      p99.name = name.substr(0, name.rfind(".calls_per_s")) + ".p99_ms";
      p99.value = r.p99Ms;
      p99.unit = "ms";
      p99.baseline = "grpc.echo.sync.unix" + c + ".p99_ms";
      p99.baselineValue = echo.p99Ms;
      report(p99);
    };
    if (wanted("get")) {
      throughput("pmks.rpc.get_record" + c + ".calls_per_s", runGetRecords(target, ids, load),
                 "random ids of " + std::to_string(ids.size()) + ", " +
                     fmt("%.0f-byte records", recordBytes));
    }
    if (wanted("list")) {
      throughput("pmks.rpc.list_records" + c + ".calls_per_s",
                 runListFirstPages(target, kecamatan, load),
                 "first pages of 50 in a random kecamatan of " + std::to_string(kecamatan.size()));
    }
    if (wanted("deep")) {
      reportDeep("pmks.list", "no filter", measureDeepPage(target, oracle, "", runs));
      reportDeep("pmks.list.kabupaten", "filter " + kabupaten,
                 measureDeepPage(target, oracle, kabupaten, runs));
    }
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "bench_rpc: " << e.what() << "\n";
    return 1;
  }
}
