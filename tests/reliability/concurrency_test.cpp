// Concurrency: 64 clients, each on its own connection, increment a counter kept in the notes
// of the same few records with read-modify-write and etags (UpdateRecord refuses a stale
// etag with ABORTED; the client reads again and retries). No update may be lost: each
// record's final counter equals the number of increments the server acknowledged on it.
// Then several ImportRecords streams of overlapping files at once: no record twice.
#include "checks.h"
#include "support.h"

#include <atomic>
#include <gtest/gtest.h>
#include <iostream>
#include <random>
#include <thread>

namespace simpul::reliability {
namespace {

namespace v1 = pmks::v1;

constexpr int kClients = 64;
constexpr int kIncrementsPerClient = 4;
constexpr std::size_t kSharedRecords = 3;

class ReliabilityConcurrency : public ::testing::Test {
protected:
  void SetUp() override {
    copyTemplate(m_dir.file("c.db"));
    m_server.start();
  }
  TempDir m_dir;
  Server m_server{m_dir.file("c.db"), m_dir.path()};
};

TEST_F(ReliabilityConcurrency, SixtyFourClientsWithEtagsLoseNoUpdate) {
  const client::Session admin = m_server.login();
  const std::vector<bench::GenRow> rows(generatedRows(kSharedRecords));
  const ImportCall base = importRows(admin, rows, v1::RECORD_STATUS_DRAFT);
  ASSERT_TRUE(base.status.ok()) << base.status.error_message();
  std::vector<std::string> names;
  {
    SqlFile sql(m_dir.file("c.db"));
    for (const auto& row : sql.rows("SELECT id FROM pmks_records ORDER BY id")) {
      names.push_back("pmks/records/" + row[0]);
    }
  }
  ASSERT_EQ(names.size(), kSharedRecords);

  std::vector<std::atomic<int>> acknowledged(kSharedRecords);
  std::atomic<int> conflicts = 0;
  std::atomic<int> failures = 0;
  std::vector<std::thread> threads;
  for (int c = 0; c < kClients; ++c) {
    threads.emplace_back([&, c] {
      const client::Session session(admin.address(), admin.token());
      auto stub = v1::PmksService::NewStub(session.channel());
      std::mt19937 rng(static_cast<unsigned>(c));
      for (int i = 0; i < kIncrementsPerClient; ++i) {
        const std::size_t r =
            std::uniform_int_distribution<std::size_t>(0, kSharedRecords - 1)(rng);
        for (int attempt = 0; attempt < 1000; ++attempt) {
          v1::GetRecordRequest get;
          get.set_name(names[r]);
          v1::Record current;
          auto ctx = session.context();
          if (!stub->GetRecord(ctx.get(), get, &current).ok()) {
            ++failures;
            return;
          }
          const int counter = current.notes().empty() ? 0 : std::stoi(current.notes());
          v1::UpdateRecordRequest update;
          update.mutable_record()->set_name(names[r]);
          update.mutable_record()->set_etag(current.etag());
          update.mutable_record()->set_notes(std::to_string(counter + 1));
          update.mutable_update_mask()->add_paths("notes");
          v1::Record out;
          auto ctx2 = session.context();
          const grpc::Status status = stub->UpdateRecord(ctx2.get(), update, &out);
          if (status.ok()) {
            ++acknowledged[r];
            break;
          }
          // ABORTED: someone else changed it since the read. UNAVAILABLE: the writer was
          // busy. Both say "try again"; anything else is a failure.
          if (status.error_code() == grpc::StatusCode::ABORTED ||
              status.error_code() == grpc::StatusCode::UNAVAILABLE) {
            ++conflicts;
            continue;
          }
          ++failures;
          ADD_FAILURE() << "UpdateRecord: " << status.error_code() << " " << status.error_message();
          return;
        }
      }
    });
  }
  for (auto& thread : threads) {
    thread.join();
  }
  EXPECT_EQ(failures, 0);
  SqlFile sql(m_dir.file("c.db"));
  int total = 0;
  for (std::size_t r = 0; r < kSharedRecords; ++r) {
    const std::string id = names[r].substr(names[r].rfind('/') + 1);
    EXPECT_EQ(sql.scalar("SELECT CAST(notes AS INTEGER) FROM pmks_records WHERE id = " + id),
              acknowledged[r].load())
        << names[r] << ": the counter differs from the acknowledged increments";
    // Every acknowledged change is in the audit log too.
    EXPECT_EQ(sql.scalar("SELECT count(*) FROM core_audit WHERE resource = '" + names[r] +
                         "' AND method LIKE '%UpdateRecord'"),
              acknowledged[r].load());
    total += acknowledged[r];
  }
  EXPECT_EQ(total, kClients * kIncrementsPerClient);
  for (const auto& problem : checkIntegrity(sql))
    ADD_FAILURE() << problem;
  std::cout << "reliability: " << kClients << " clients, " << total << " acknowledged increments, "
            << conflicts << " etag conflicts retried" << std::endl;
}

TEST_F(ReliabilityConcurrency, OverlappingImportsCreateNoDuplicate) {
  const client::Session admin = m_server.login();
  const std::vector<bench::GenRow>& all = generatedRows(900);
  // Three files: rows 0-599, 300-899 and all 900 backwards: every row is in two or three.
  std::vector<std::vector<bench::GenRow>> files = {
      {all.begin(), all.begin() + 600}, {all.begin() + 300, all.end()}, {all.rbegin(), all.rend()}};
  std::vector<ImportCall> calls(files.size());
  std::vector<std::thread> threads;
  for (std::size_t f = 0; f < files.size(); ++f) {
    threads.emplace_back([&, f] {
      const client::Session session(admin.address(), admin.token());
      calls[f] = importRows(session, files[f], v1::RECORD_STATUS_VALIDATED, 25,
                            "overlap-" + std::to_string(f));
    });
  }
  for (auto& thread : threads) {
    thread.join();
  }
  int created = 0;
  for (std::size_t f = 0; f < files.size(); ++f) {
    ASSERT_TRUE(calls[f].status.ok()) << calls[f].status.error_message();
    const auto& r = calls[f].response;
    EXPECT_EQ(r.rows_failed(), 0);
    EXPECT_EQ(r.records_created() + r.records_existing(), static_cast<int>(files[f].size()));
    created += r.records_created();
  }
  EXPECT_EQ(created, static_cast<int>(all.size())) << "each row created exactly once";
  SqlFile sql(m_dir.file("c.db"));
  EXPECT_EQ(sql.scalar("SELECT count(*) FROM pmks_records"), static_cast<std::int64_t>(all.size()));
  EXPECT_EQ(recordKeys(sql), recordKeysOf(all));
  std::vector<std::string> problems = checkStoredState(sql);
  for (auto&& p : checkThroughServer(admin, sql, "2025"))
    problems.push_back(p);
  for (const auto& problem : problems)
    ADD_FAILURE() << problem;
}

} // namespace
} // namespace simpul::reliability
