// Crash safety: simpul-data is SIGKILLed at a random moment during a streaming import and,
// separately, during workflow updates from several clients; then it is restarted on the
// same file and everything that must survive a crash is checked (checks.h), and the import
// is run again. SIMPUL_RELIABILITY_RUNS (default 20) runs are split between the two; the
// seed is printed, and SIMPUL_RELIABILITY_SEED=<seed> replays the same kill points (as far as
// the timing of the machine allows). tests/reliability/crash.sh runs 100.
#include "checks.h"
#include "crash_workflow.h"
#include "support.h"

#include <condition_variable>
#include <gtest/gtest.h>
#include <iostream>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>

namespace simpul::reliability {
namespace {

namespace v1 = pmks::v1;

constexpr std::size_t kImportRows = 600;

struct ImportFigures {
  int runs = 0;
  int killsInCall = 0; // the kill landed while an ImportRecords call was open
  int killsBetween = 0;
  std::int64_t rowsChecked = 0;
};

void fail(std::uint64_t seed, const std::vector<std::string>& problems, const std::string& when) {
  for (const auto& problem : problems) {
    ADD_FAILURE() << "seed " << seed << ", " << when << ": " << problem;
  }
}

// The file is sent as a series of ImportRecords calls (one "batch" each, acknowledged by its
// response); each is smaller than the server's transaction (10,000 rows), so a call the
// client saw acknowledged must be all there and the one in flight all there or not at all.
void importCrashRun(std::uint64_t seed, ImportFigures& figures) {
  std::mt19937_64 rng(seed);
  const auto& rows = generatedRows(kImportRows);
  TempDir dir;
  const std::string db = dir.file("run.db");
  copyTemplate(db);
  Server server(db, dir.path());
  server.start();
  const client::Session admin = server.login();

  std::vector<std::pair<std::size_t, std::size_t>> chunks;
  for (std::size_t at = 0; at < rows.size();) {
    const std::size_t end =
        std::min(rows.size(), at + std::uniform_int_distribution<std::size_t>(40, 160)(rng));
    chunks.emplace_back(at, end);
    at = end;
  }
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t acked = 0;
  bool inCall = false;
  bool done = false; // the importer stopped (all sent, or a failure)
  std::vector<double> seconds;
  std::string unexpected;
  std::thread importer([&] {
    for (const auto& [from, to] : chunks) {
      {
        std::lock_guard lock(mutex);
        inCall = true;
      }
      const auto started = std::chrono::steady_clock::now();
      const std::vector<bench::GenRow> part(rows.begin() + static_cast<std::ptrdiff_t>(from),
                                            rows.begin() + static_cast<std::ptrdiff_t>(to));
      const ImportCall call = importRows(admin, part, v1::RECORD_STATUS_VALIDATED);
      std::lock_guard lock(mutex);
      inCall = false;
      if (!call.status.ok()) {
        break; // the kill
      }
      if (call.response.records_created() != static_cast<int>(part.size()) ||
          call.response.rows_failed() != 0) {
        unexpected = "an acknowledged call created " +
                     std::to_string(call.response.records_created()) + " of " +
                     std::to_string(part.size()) + " rows";
      }
      seconds.push_back(
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
      ++acked;
      changed.notify_all();
    }
    std::lock_guard lock(mutex);
    done = true;
    changed.notify_all();
  });
  // The kill point: after k acknowledged calls, somewhere within the next call's length.
  const std::size_t k = std::uniform_int_distribution<std::size_t>(0, chunks.size() - 1)(rng);
  double window = 0.3;
  {
    std::unique_lock lock(mutex);
    changed.wait_for(lock, std::chrono::seconds(120), [&] { return acked >= k || done; });
    if (!seconds.empty()) {
      window = 1.2 * std::accumulate(seconds.begin(), seconds.end(), 0.0) /
               static_cast<double>(seconds.size());
    }
  }
  std::this_thread::sleep_for(
      std::chrono::duration<double>(std::uniform_real_distribution<double>(0, window)(rng)));
  {
    std::lock_guard lock(mutex);
    (inCall ? figures.killsInCall : figures.killsBetween) += 1;
  }
  server.kill();
  importer.join();
  ++figures.runs;
  if (!unexpected.empty()) {
    fail(seed, {unexpected}, "before the kill");
  }

  server.start();
  SqlFile sql(db);
  std::vector<std::string> problems = checkStoredState(sql);
  const std::set<std::string> keys = recordKeys(sql);
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    std::size_t present = 0;
    for (std::size_t r = chunks[i].first; r < chunks[i].second; ++r) {
      present += keys.count(recordKey(rows[r]));
    }
    const std::size_t size = chunks[i].second - chunks[i].first;
    if (i < acked && present != size) {
      problems.push_back("acknowledged call " + std::to_string(i) + ": " +
                         std::to_string(size - present) + " of " + std::to_string(size) +
                         " rows missing");
    } else if (i == acked && present != 0 && present != size) {
      problems.push_back("the call in flight is half there: " + std::to_string(present) + " of " +
                         std::to_string(size) + " rows");
    } else if (i > acked && present != 0) {
      problems.push_back("rows of a call never sent are there");
    }
  }
  figures.rowsChecked += static_cast<std::int64_t>(keys.size());
  const client::Session again = server.login();
  for (auto&& p : checkThroughServer(again, sql, "2025"))
    problems.push_back(p);
  fail(seed, problems, "after the restart (" + std::to_string(acked) + " calls acknowledged)");

  // The same file again: exactly what is missing is added.
  const ImportCall redo = importRows(again, rows, v1::RECORD_STATUS_VALIDATED, 100);
  problems.clear();
  if (!redo.status.ok()) {
    problems.push_back("re-import: " + redo.status.error_message());
  } else if (redo.response.records_created() != static_cast<int>(rows.size() - keys.size()) ||
             redo.response.records_existing() != static_cast<int>(keys.size()) ||
             redo.response.rows_failed() != 0) {
    problems.push_back("re-import created " + std::to_string(redo.response.records_created()) +
                       " and found " + std::to_string(redo.response.records_existing()) +
                       " existing; expected " + std::to_string(rows.size() - keys.size()) +
                       " and " + std::to_string(keys.size()));
  }
  if (sql.scalar("SELECT count(*) FROM pmks_records") != static_cast<std::int64_t>(rows.size())) {
    problems.push_back("after the re-import the file does not hold exactly the file's rows");
  }
  for (auto&& p : checkRecordsComplete(sql, true))
    problems.push_back(p);
  for (auto&& p : checkRecapTable(sql))
    problems.push_back(p);
  for (auto&& p : checkThroughServer(again, sql, "2025"))
    problems.push_back(p);
  fail(seed, problems, "after the re-import");
  figures.rowsChecked += static_cast<std::int64_t>(rows.size());
  // Not stop(): a graceful stop waits seconds for the clients' connections, and one more
  // kill after a completed import is harmless.
  server.kill();
}

int runsOfEach() {
  return std::max(1, intFromEnvironment("SIMPUL_RELIABILITY_RUNS", 20) / 2);
}

TEST(ReliabilityCrash, KillDuringStreamingImport) {
  ASSERT_EQ(recordKeysOf(generatedRows(kImportRows)).size(), kImportRows)
      << "the generated rows must be distinct records";
  const std::uint64_t seed = seedFromEnvironment();
  std::cout << "reliability: import crash runs, seed " << seed
            << " (SIMPUL_RELIABILITY_SEED=" << seed << " replays)" << std::endl;
  ImportFigures figures;
  for (int run = 0; run < runsOfEach(); ++run) {
    importCrashRun(seed + static_cast<std::uint64_t>(run), figures);
    if (::testing::Test::HasFailure()) {
      std::cout << "reliability: failed in run " << run << " (seed " << seed + run << ")\n";
      break;
    }
  }
  std::cout << "reliability: import runs " << figures.runs << ", kills during an import call "
            << figures.killsInCall << ", between calls " << figures.killsBetween
            << ", rows checked " << figures.rowsChecked << std::endl;
}

TEST(ReliabilityCrash, KillDuringWorkflowUpdates) {
  const std::uint64_t seed = seedFromEnvironment();
  std::cout << "reliability: workflow crash runs, seed " << seed
            << " (SIMPUL_RELIABILITY_SEED=" << seed << " replays)" << std::endl;
  WorkflowFigures figures;
  for (int run = 0; run < runsOfEach(); ++run) {
    workflowCrashRun(seed + static_cast<std::uint64_t>(run), figures);
    if (::testing::Test::HasFailure()) {
      std::cout << "reliability: failed in run " << run << " (seed " << seed + run << ")\n";
      break;
    }
  }
  std::cout << "reliability: workflow runs " << figures.runs << ", kills during a call "
            << figures.killsInCall << ", between calls " << figures.killsBetween
            << ", acknowledged operations " << figures.operations << ", records checked "
            << figures.recordsChecked << std::endl;
}

} // namespace
} // namespace simpul::reliability
