// bench_import: the PMKS import as its users run it, `simpulctl pmks import FILE --status
// validated` as Dinas Sosial into a real simpul-data, against raw SQLite inserts of the
// same rows into the same schema (tests/bench/gen/raw_insert.cpp), measured in the same run.
// Also the data service's peak RSS through the import, against its RSS when idle.
//
//   bench_import --template DB --csv FILE --rows N --seed S --provinsi P --wilayah CSV
//                --names CSV --user NAME --password-file FILE
//
// The CSV must be `simpul-benchgen csv` with the same rows, seed and provinsi: the baseline
// regenerates the same rows in memory. Exits 1 when the import does not create every row.

#include "bench_report.h"
#include "bench_server.h"
#include "generator.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace simpul::bench {
namespace {

int usage(const std::string& problem) {
  if (!problem.empty()) {
    std::cerr << "bench_import: " << problem << "\n";
  }
  std::cerr << "usage: bench_import --template DB --csv FILE --rows N --seed S --provinsi P\n"
               "                    --wilayah CSV --names CSV --user NAME --password-file FILE\n";
  return problem.empty() ? 0 : 2;
}

std::int64_t countRecords(const std::string& dbPath) {
  sqlite3* db = nullptr;
  std::int64_t n = -1;
  if (sqlite3_open_v2(dbPath.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM pmks_records", -1, &stmt, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      n = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return n;
}

void copyDatabase(const std::string& from, const std::string& to) {
  std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing);
}

int run(const std::map<std::string, std::string>& args) {
  GenOptions options;
  options.wilayahCsv = args.at("--wilayah");
  options.namesCsv = args.at("--names");
  options.provinsi = args.at("--provinsi");
  options.rows = std::stoll(args.at("--rows"));
  options.seed = std::stoull(args.at("--seed"));
  const std::string password = readFirstLine(args.at("--password-file"));
  WorkDir work;

  // The baselines: the same rows, generated again in memory, inserted raw, once with
  // SQLite's defaults (the plain insert the goal names) and once with the best settings found.
  double plainRowsPerSecond = 0;
  double tunedRowsPerSecond = 0;
  {
    std::vector<GenRow> rows;
    rows.reserve(static_cast<std::size_t>(options.rows));
    Generator generator(options);
    GenRow row;
    while (generator.next(row)) {
      rows.push_back(row);
    }
    for (const RawSettings settings : {RawSettings::Plain, RawSettings::Tuned}) {
      const bool plain = settings == RawSettings::Plain;
      const std::string rawDb = work.file("raw.db");
      copyDatabase(args.at("--template"), rawDb);
      const RawInsertStats stats = rawInsert(rawDb, rows, settings);
      const double rate = static_cast<double>(stats.rows) / stats.seconds;
      (plain ? plainRowsPerSecond : tunedRowsPerSecond) = rate;
      reportBaseline(plain ? "sqlite.raw_insert.rows_per_s" : "sqlite.raw_insert_tuned.rows_per_s",
                     rate, "rows/s",
                     std::string(plain ? "SQLite's default settings" : "best settings found") +
                         ", " + std::to_string(stats.rows) + " rows in " +
                         std::to_string(stats.seconds) + " s");
      for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(rawDb + suffix);
      }
    }
  }

  // The product: real processes, as a user runs it.
  const std::string db = work.file("import.db");
  copyDatabase(args.at("--template"), db);
  BenchServer server(db);
  const double idleRss = server.currentRssMiB();
  const auto env = testing::environmentWith(
      {{"HOME", work.file("home")}, {"XDG_CONFIG_HOME", work.file("config")}},
      {"SIMPUL_TOKEN", "SIMPUL_SERVER", "SIMPUL_PLUGINS"});
  const std::vector<std::string> ctl = {SIMPULCTL_PATH, "--server", server.address(), "--plugins",
                                        SIMPUL_BENCH_PLUGINS_DIR};
  auto login = ctl;
  login.insert(login.end(), {"login", "--user", args.at("--user"), "--password-file",
                             args.at("--password-file")});
  const auto signedIn = testing::runProcess(login, env);
  if (signedIn.exitCode != 0) {
    std::cerr << "bench_import: simpulctl login failed:\n" << signedIn.err;
    return 1;
  }
  auto import = ctl;
  import.insert(import.end(), {"pmks", "import", args.at("--csv"), "--status", "validated"});
  const auto started = std::chrono::steady_clock::now();
  const auto result = testing::runProcess(import, env, std::chrono::hours(2));
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const double peakRss = server.peakRssMiB();
  server.stop();
  const std::int64_t stored = countRecords(db);
  if (result.exitCode != 0 || stored != options.rows) {
    std::cerr << "bench_import: the import stored " << stored << " of " << options.rows
              << " rows (exit " << result.exitCode << "):\n"
              << result.out << result.err.substr(0, 2000);
    return 1;
  }
  Figure rate;
  rate.name = "pmks.import.rows_per_s";
  rate.value = static_cast<double>(options.rows) / seconds;
  rate.unit = "rows/s";
  rate.baseline = "sqlite.raw_insert.rows_per_s";
  rate.baselineValue = plainRowsPerSecond;
  rate.goal = Goal::ratioAtLeast(1);
  rate.note = std::to_string(options.rows) + " rows in " + std::to_string(seconds) + " s";
  report(rate);
  Figure tuned = rate;
  tuned.name = "pmks.import.rows_per_s.vs_tuned";
  tuned.baseline = "sqlite.raw_insert_tuned.rows_per_s";
  tuned.baselineValue = tunedRowsPerSecond;
  tuned.goal = Goal::none();
  tuned.note = "the same import against the tuned raw insert (no goal; see docs/benchmarks.md)";
  report(tuned);

  reportBaseline("pmks.server.idle_rss.mib", idleRss, "MiB");
  Figure rss;
  rss.name = "pmks.import.server_peak_rss.mib";
  rss.value = peakRss;
  rss.unit = "MiB";
  rss.baseline = "pmks.server.idle_rss.mib";
  rss.baselineValue = idleRss;
  rss.goal = Goal::valueAtMost(256);
  report(rss);
  return 0;
}

} // namespace
} // namespace simpul::bench

int main(int argc, char** argv) {
  std::map<std::string, std::string> args;
  const std::vector<std::string> required = {"--template", "--csv",      "--rows",
                                             "--seed",     "--provinsi", "--wilayah",
                                             "--names",    "--user",     "--password-file"};
  for (int i = 1; i < argc; ++i) {
    const std::string key = argv[i];
    if (key == "--help" || key == "-h") {
      return simpul::bench::usage("");
    }
    if (std::find(required.begin(), required.end(), key) == required.end() || i + 1 >= argc) {
      return simpul::bench::usage("unknown or incomplete argument " + key);
    }
    args[key] = argv[++i];
  }
  for (const auto& key : required) {
    if (args.count(key) == 0) {
      return simpul::bench::usage(key + " is required");
    }
  }
  try {
    return simpul::bench::run(args);
  } catch (const std::exception& e) {
    std::cerr << "bench_import: " << e.what() << "\n";
    return 1;
  }
}
