// bench_recap: the recap of a kabupaten/kota (one row per kecamatan) and of a whole
// provinsi (one row per kabupaten/kota) through PmksService.GetRecap on a real simpul-data,
// against a plain GROUP BY over pmks_records run with sqlite3 on the same file. Both answers
// must agree (exit 1 if not). Then the provinsi recap again on a database ten times larger.
//   bench_recap --db dbN.db [--db10 db10N.db] --user dinsos --password-file PW
//               [--kabupaten 32.04] [--provinsi 32] [--period 2025] [--runs 15]

#include "bench_report.h"
#include "bench_server.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"
#include "sqlite_util.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <tuple>

namespace {

namespace v1 = simpul::pmks::v1;
using simpul::bench::Figure;
using simpul::bench::Goal;

constexpr int kValidated = 4;

constexpr const char* kUsage =
    "usage: bench_recap --db DB [--db10 DB10] --user USER --password-file FILE\n"
    "                   [--kabupaten 32.04] [--provinsi 32] [--period 2025] [--runs 15]\n"
    "                   [--db10-check records|counts]\n"
    "\n"
    "GetRecap of the kabupaten (by kecamatan) and of the provinsi (by kabupaten/kota),\n"
    "VALIDATED records of the period, against a plain GROUP BY over pmks_records on the\n"
    "same file. With --db10 (ten times the records) also the provinsi recap's growth; its\n"
    "answer is checked by one GROUP BY over the records (records, the default: about 40 s\n"
    "at 10M) or against the desa rows of the kept counts (counts: about a second).\n";

// (wilayah code, type) -> (male, female, total)
using Answer = std::map<std::pair<std::string, int>, std::tuple<long long, long long, long long>>;

double msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

// The median of `runs` timed calls after two warm-up calls; `call` returns its answer.
double medianMs(int runs, const std::function<void()>& call) {
  call();
  call();
  std::vector<double> samples;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    call();
    samples.push_back(msSince(start));
  }
  return simpul::bench::percentile(samples, 50);
}

struct Recap {
  std::string code; // "32.04" or "32"
  v1::RecapLevel level;
  int prefixLength; // of the rows' wilayah codes: kecamatan 8, kabupaten 5
};

Answer viaRpc(v1::PmksService::Stub& stub, const simpul::client::Session& session,
              const Recap& recap, const std::string& period) {
  v1::GetRecapRequest request;
  request.set_wilayah_code(recap.code);
  request.set_period(period);
  request.set_level(recap.level);
  v1::GetRecapResponse response;
  auto ctx = session.context(std::chrono::seconds(120));
  const grpc::Status status = stub.GetRecap(ctx.get(), request, &response);
  if (!status.ok()) {
    throw std::runtime_error("GetRecap " + recap.code + " failed: " + status.error_message());
  }
  Answer answer;
  for (const auto& row : response.rows()) {
    answer[{row.wilayah_code(), row.pmks_type()}] = {row.male(), row.female(), row.total()};
  }
  return answer;
}

// Rows of (wilayah code, type, sex, count) summed into an answer.
Answer readAnswer(simpul::bench::sql::Stmt& stmt) {
  Answer answer;
  while (stmt.step()) {
    const char* code = reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), 0));
    auto& [male, female, total] = answer[{code, sqlite3_column_int(stmt.get(), 1)}];
    const int sex = sqlite3_column_int(stmt.get(), 2);
    const long long n = sqlite3_column_int64(stmt.get(), 3);
    if (sex == 1) {
      male += n;
    } else if (sex == 2) {
      female += n;
    }
    total += n;
  }
  return answer;
}

// The plain GROUP BY over pmks_records. `scan`: a full table scan ("+" keeps SQLite off the
// wilayah index), else a range over pmks_records_by_wilayah; the benchmark takes the faster,
// since SQLite without statistics picks the index even for a whole provinsi.
Answer viaGroupBy(simpul::bench::sql::Db& db, const Recap& recap, const std::string& period,
                  bool scan) {
  const std::string column = scan ? "+wilayah_code" : "wilayah_code";
  simpul::bench::sql::Stmt stmt(
      db, "SELECT substr(wilayah_code, 1, " + std::to_string(recap.prefixLength) +
              "), pmks_type, sex, count(*) FROM pmks_records WHERE period = ?1 AND status = " +
              std::to_string(kValidated) + " AND " + column + " >= ?2 || '.' AND " + column +
              " < ?2 || '/' GROUP BY 1, 2, 3");
  stmt.text(1, period);
  stmt.text(2, recap.code);
  return readAnswer(stmt);
}

// The same answer from the desa rows of pmks_recap_counts: a check of the kept counts of
// every level against each other, in a second instead of a GROUP BY over 10N records.
Answer viaDesaCounts(simpul::bench::sql::Db& db, const Recap& recap, const std::string& period) {
  simpul::bench::sql::Stmt stmt(
      db, "SELECT substr(wilayah_code, 1, " + std::to_string(recap.prefixLength) +
              "), pmks_type, sex, sum(n) FROM pmks_recap_counts WHERE period = ?1 AND level = 4 "
              "AND status = " +
              std::to_string(kValidated) +
              " AND wilayah_code >= ?2 || '.' AND wilayah_code < ?2 || '/' GROUP BY 1, 2, 3 "
              "HAVING sum(n) != 0");
  stmt.text(1, period);
  stmt.text(2, recap.code);
  return readAnswer(stmt);
}

long long totalOf(const Answer& answer) {
  long long sum = 0;
  for (const auto& [key, counts] : answer) {
    sum += std::get<2>(counts);
  }
  return sum;
}

struct Timing {
  double recapMs = 0;
  double groupByMs = 0;
  std::string groupByPlan;
};

// Times one recap both ways on the running server and the same file; throws when the
// answers differ. `groupByRuns` 0: the GROUP BY runs once (to check the answer); -1: no
// GROUP BY, the answer is checked against the desa rows of the kept counts instead.
Timing measure(const simpul::client::Session& session, const std::string& dbPath,
               const Recap& recap, const std::string& period, int runs, int groupByRuns) {
  auto stub = v1::PmksService::NewStub(session.channel());
  simpul::bench::sql::Db db(dbPath, SQLITE_OPEN_READONLY);
  db.exec("PRAGMA cache_size=-262144");
  Timing timing;
  Answer rpc;
  Answer direct;
  timing.recapMs = medianMs(runs, [&] { rpc = viaRpc(*stub, session, recap, period); });
  // One run of each plan (the first also warms the cache), then the faster one.
  // With groupByRuns 0 (the 10N check) only one full scan: the index plan over a whole
  // provinsi of 10N records takes minutes.
  double best[2] = {1e300, 1e300};
  std::vector<int> plans;
  if (groupByRuns > 0) {
    plans = {0, 1, 0, 1};
  } else if (groupByRuns == 0) {
    plans = {1};
  } else {
    direct = viaDesaCounts(db, recap, period);
  }
  for (int scan : plans) {
    const auto start = std::chrono::steady_clock::now();
    direct = viaGroupBy(db, recap, period, scan == 1);
    best[scan] = msSince(start);
  }
  const bool scan = best[1] < best[0];
  timing.groupByPlan = plans.empty() ? "none" : scan ? "full scan" : "wilayah index";
  timing.groupByMs = best[scan ? 1 : 0];
  if (groupByRuns > 0) {
    timing.groupByMs = medianMs(groupByRuns, [&] { direct = viaGroupBy(db, recap, period, scan); });
  }
  if (rpc != direct) {
    throw std::runtime_error("the recap of " + recap.code + " differs from the direct count (" +
                             std::to_string(rpc.size()) + " rows, total " +
                             std::to_string(totalOf(rpc)) + " vs " + std::to_string(direct.size()) +
                             " rows, total " + std::to_string(totalOf(direct)) + ")");
  }
  if (direct.empty()) {
    throw std::runtime_error("no VALIDATED records of " + period + " in " + recap.code +
                             ": wrong database or arguments?");
  }
  std::printf("recap %s: %zu rows, %lld records\n", recap.code.c_str(), direct.size(),
              totalOf(direct));
  return timing;
}

int usageError(const std::string& message) {
  std::fprintf(stderr, "bench_recap: %s\n\n%s", message.c_str(), kUsage);
  return 2;
}

} // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> args = {{"--kabupaten", "32.04"},
                                             {"--provinsi", "32"},
                                             {"--period", "2025"},
                                             {"--runs", "15"},
                                             {"--db10-check", "records"}};
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (arg != "--db" && arg != "--db10" && arg != "--user" && arg != "--password-file" &&
        !args.contains(arg)) {
      return usageError("unknown option '" + arg + "'");
    }
    if (i + 1 >= argc) {
      return usageError(arg + " needs a value");
    }
    args[arg] = argv[++i];
  }
  for (const char* required : {"--db", "--user", "--password-file"}) {
    if (!args.contains(required) || args[required].empty()) {
      return usageError(std::string(required) + " is required");
    }
  }
  int runs = 0;
  try {
    runs = std::stoi(args["--runs"]);
  } catch (const std::exception&) {
  }
  if (runs < 1) {
    return usageError("--runs must be a positive number");
  }
  if (args["--db10-check"] != "records" && args["--db10-check"] != "counts") {
    return usageError("--db10-check must be records or counts");
  }
  const Recap kabupaten{args["--kabupaten"], v1::RECAP_LEVEL_KECAMATAN, 8};
  const Recap provinsi{args["--provinsi"], v1::RECAP_LEVEL_KABUPATEN, 5};
  if (kabupaten.code.size() != 5 || provinsi.code.size() != 2) {
    return usageError("--kabupaten must be like 32.04 and --provinsi like 32");
  }
  const std::string& period = args["--period"];
  const int groupByRuns = std::max(3, runs / 3);
  try {
    const std::string password = simpul::bench::readFirstLine(args["--password-file"]);
    Timing kab;
    Timing prov;
    {
      simpul::bench::BenchServer server(args["--db"]);
      const auto session = server.login(args["--user"], password);
      kab = measure(session, args["--db"], kabupaten, period, runs, groupByRuns);
      prov = measure(session, args["--db"], provinsi, period, runs, groupByRuns);
    }
    simpul::bench::reportBaseline("sqlite.groupby.kabupaten.ms", kab.groupByMs, "ms",
                                  "GROUP BY over pmks_records, " + kabupaten.code + ", " +
                                      kab.groupByPlan);
    simpul::bench::reportBaseline("sqlite.groupby.provinsi.ms", prov.groupByMs, "ms",
                                  "GROUP BY over pmks_records, " + provinsi.code + ", " +
                                      prov.groupByPlan);
    Figure f;
    f.name = "pmks.recap.kabupaten.ms";
    f.value = kab.recapMs;
    f.unit = "ms";
    f.baseline = "sqlite.groupby.kabupaten.ms";
    f.baselineValue = kab.groupByMs;
    f.ratio = kab.groupByMs / kab.recapMs;
    f.goal = Goal::ratioAtLeast(50);
    f.note = "GetRecap " + kabupaten.code + " by kecamatan, median of " + std::to_string(runs);
    simpul::bench::report(f);
    f.name = "pmks.recap.provinsi.ms";
    f.value = prov.recapMs;
    f.baseline = "sqlite.groupby.provinsi.ms";
    f.baselineValue = prov.groupByMs;
    f.ratio = prov.groupByMs / prov.recapMs;
    f.note = "GetRecap " + provinsi.code + " by kabupaten/kota, median of " + std::to_string(runs);
    simpul::bench::report(f);

    if (args.contains("--db10")) {
      Timing prov10;
      {
        simpul::bench::BenchServer server(args["--db10"]);
        const auto session = server.login(args["--user"], password);
        prov10 = measure(session, args["--db10"], provinsi, period, runs,
                         args["--db10-check"] == "counts" ? -1 : 0);
      }
      if (prov10.groupByPlan != "none") {
        simpul::bench::reportBaseline("sqlite.groupby.provinsi.10x.ms", prov10.groupByMs, "ms",
                                      "on --db10, " + prov10.groupByPlan);
      }
      Figure s;
      s.name = "pmks.recap.provinsi.scale_10x";
      s.value = prov10.recapMs / prov.recapMs;
      s.unit = "x";
      s.baseline = "pmks.recap.provinsi.ms";
      s.baselineValue = prov.recapMs;
      s.ratio = s.value;
      s.goal = Goal::ratioAtMost(1.5);
      char note[96];
      std::snprintf(note, sizeof note, "GetRecap %s at 10N: %.3f ms", provinsi.code.c_str(),
                    prov10.recapMs);
      s.note = note;
      simpul::bench::report(s);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_recap: %s\n", e.what());
    return 1;
  }
  return 0;
}
