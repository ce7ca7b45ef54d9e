// Disk full and a read-only database, on a running simpul-data: writes get a clear status
// (RESOURCE_EXHAUSTED "DISK_FULL", FAILED_PRECONDITION "READ_ONLY"), reads go on, nothing
// is corrupted, the data written before is intact, and writes work again once space or
// write access returns, without a restart.
//
// How, without root mounts and the same for root (whom chmod does not stop) and others:
//  - disk full: the server's RLIMIT_FSIZE is lowered from here (prlimit(2) on its pid) so
//    that no database file may grow, with SIGXFSZ ignored (inherited from this process), so
//    a write past the limit fails with EFBIG instead of killing it; raised again to recover.
//  - read-only: an LD_PRELOAD library (readonly_preload.c) makes every write to the database
//    files fail with EROFS while a flag file exists, as a file system remounted read-only.
#include "checks.h"
#include "simpul/core/v1/error.pb.h"
#include "storage/database.h"
#include "storage/error.h"
#include "support.h"

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/resource.h>

namespace simpul::reliability {
namespace {

namespace v1 = pmks::v1;

// The reason code of the error detail the server attaches.
std::string reasonOf(const grpc::Status& status, const grpc::ClientContext& ctx) {
  const auto& trailers = ctx.GetServerTrailingMetadata();
  const auto it = trailers.find("simpul-error-bin");
  if (it == trailers.end()) {
    return "";
  }
  core::v1::ErrorDetail detail;
  detail.ParseFromString(std::string(it->second.data(), it->second.size()));
  return detail.reason() + " / " + detail.message_en() + " / " + status.error_message();
}

class ReliabilityStorage : public ::testing::Test {
protected:
  void SetUp() override {
    copyTemplate(m_db);
    const auto& rows = generatedRows(300);
    m_before.assign(rows.begin(), rows.begin() + 150);
    m_after.assign(rows.begin() + 150, rows.end());
  }

  void startAndFill() {
    m_server.start();
    m_admin = std::make_unique<client::Session>(m_server.login());
    const ImportCall first = importRows(*m_admin, m_before, v1::RECORD_STATUS_DRAFT);
    ASSERT_TRUE(first.status.ok()) << first.status.error_message();
    ASSERT_EQ(first.response.records_created(), 150);
  }

  // An UpdateRecord of the first record's notes, with its current etag.
  grpc::Status updateNotes(const std::string& notes, std::string* reason = nullptr) {
    auto stub = v1::PmksService::NewStub(m_admin->channel());
    v1::GetRecordRequest get;
    get.set_name("pmks/records/1");
    v1::Record current;
    auto ctx = m_admin->context();
    const grpc::Status read = stub->GetRecord(ctx.get(), get, &current);
    EXPECT_TRUE(read.ok()) << "reads must go on: " << read.error_message();
    v1::UpdateRecordRequest update;
    update.mutable_record()->set_name(get.name());
    update.mutable_record()->set_etag(current.etag());
    update.mutable_record()->set_notes(notes);
    update.mutable_update_mask()->add_paths("notes");
    v1::Record out;
    auto ctx2 = m_admin->context();
    const grpc::Status status = stub->UpdateRecord(ctx2.get(), update, &out);
    if (reason != nullptr) {
      *reason = reasonOf(status, *ctx2);
    }
    return status;
  }

  // After the fault is gone: writes work, the data is whole and consistent.
  void expectRecovered() {
    const ImportCall again = importRows(*m_admin, m_after, v1::RECORD_STATUS_DRAFT);
    ASSERT_TRUE(again.status.ok()) << again.status.error_message() << "\n" << m_server.logTail();
    EXPECT_EQ(again.response.records_created(), 150) << "nothing of the refused import stayed";
    EXPECT_TRUE(updateNotes("sesudah").ok());
    SqlFile sql(m_db);
    EXPECT_EQ(sql.scalar("SELECT count(*) FROM pmks_records"), 300);
    EXPECT_EQ(recordKeys(sql), recordKeysOf(generatedRows(300)));
    std::vector<std::string> problems = checkStoredState(sql);
    for (auto&& p : checkThroughServer(*m_admin, sql, "2025"))
      problems.push_back(p);
    for (const auto& problem : problems)
      ADD_FAILURE() << problem;
    // And a crash now finds nothing to repair either.
    m_server.kill();
    m_server.start();
    SqlFile after(m_db);
    EXPECT_TRUE(checkIntegrity(after).empty());
    EXPECT_EQ(after.scalar("SELECT count(*) FROM pmks_records"), 300);
  }

  TempDir m_dir;
  std::string m_db = m_dir.file("s.db");
  Server m_server{m_db, m_dir.path()};
  std::unique_ptr<client::Session> m_admin;
  std::vector<bench::GenRow> m_before, m_after;
};

TEST_F(ReliabilityStorage, DiskFullIsResourceExhaustedAndRecovers) {
  std::signal(SIGXFSZ, SIG_IGN); // inherited by the server: EFBIG instead of death
  startAndFill();
  struct rlimit normal {};
  ASSERT_EQ(::prlimit(m_server.pid(), RLIMIT_FSIZE, nullptr, &normal), 0);
  const struct rlimit full = {1, normal.rlim_max}; // no file may grow past its first byte
  ASSERT_EQ(::prlimit(m_server.pid(), RLIMIT_FSIZE, &full, nullptr), 0);

  const ImportCall refused = importRows(*m_admin, m_after, v1::RECORD_STATUS_DRAFT);
  EXPECT_EQ(refused.status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED)
      << refused.status.error_message() << "\n"
      << m_server.logTail();
  EXPECT_NE(refused.status.error_message().find("penuh"), std::string::npos)
      << refused.status.error_message();
  std::string reason;
  const grpc::Status update = updateNotes("saat penuh", &reason);
  EXPECT_EQ(update.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << reason;
  EXPECT_EQ(reason.rfind("DISK_FULL", 0), 0u) << reason;

  ASSERT_EQ(::prlimit(m_server.pid(), RLIMIT_FSIZE, &normal, nullptr), 0);
  expectRecovered();
}

TEST_F(ReliabilityStorage, ReadOnlyDatabaseIsFailedPreconditionAndRecovers) {
  const std::string flag = m_dir.file("readonly");
  // Under the asan preset the sanitizer's runtime must come first unless told otherwise.
  const char* asan = std::getenv("ASAN_OPTIONS");
  m_server.setEnvironment(
      {{"LD_PRELOAD", SIMPUL_RELIABILITY_READONLY_PRELOAD},
       {"SIMPUL_RELIABILITY_READONLY_FLAG", flag},
       {"ASAN_OPTIONS", std::string(asan != nullptr && *asan ? std::string(asan) + ":" : "") +
                            "verify_asan_link_order=0"}});
  startAndFill();
  std::ofstream(flag) << "on\n";

  const ImportCall refused = importRows(*m_admin, m_after, v1::RECORD_STATUS_DRAFT);
  EXPECT_EQ(refused.status.error_code(), grpc::StatusCode::FAILED_PRECONDITION)
      << refused.status.error_message() << "\n"
      << m_server.logTail();
  std::string reason;
  const grpc::Status update = updateNotes("saat hanya-baca", &reason);
  EXPECT_EQ(update.error_code(), grpc::StatusCode::FAILED_PRECONDITION) << reason;
  EXPECT_EQ(reason.rfind("READ_ONLY", 0), 0u) << reason;

  std::remove(flag.c_str());
  expectRecovered();
}

// The classification the statuses above rest on, on plain SQLite errors: SQLITE_FULL (a full
// disk on a real file system; here max_page_count) and SQLITE_READONLY (a file opened
// read-only).
TEST(ReliabilityStorageError, TellsAFullDiskAndAReadOnlyFileFromOtherIoErrors) {
  TempDir dir;
  const std::string path = dir.file("e.db");
  {
    storage::Database db = storage::Database::open(path);
    db.exec("CREATE TABLE t (v BLOB)");
    db.exec("PRAGMA max_page_count = 20");
    try {
      for (int i = 0; i < 100; ++i) {
        db.exec("INSERT INTO t VALUES (zeroblob(8192))");
      }
      ADD_FAILURE() << "max_page_count did not fill the file";
    } catch (const storage::StorageError& e) {
      EXPECT_EQ(e.code(), storage::ErrorCode::Io) << e.what();
      EXPECT_TRUE(e.diskFull()) << e.what();
      EXPECT_FALSE(e.readOnly()) << e.what();
    }
  }
  storage::OpenOptions readOnly;
  readOnly.readOnly = true;
  storage::Database db = storage::Database::open(path, readOnly);
  try {
    db.exec("INSERT INTO t VALUES (1)");
    ADD_FAILURE() << "a read-only connection wrote";
  } catch (const storage::StorageError& e) {
    EXPECT_EQ(e.code(), storage::ErrorCode::Io) << e.what();
    EXPECT_TRUE(e.readOnly()) << e.what();
    EXPECT_FALSE(e.diskFull()) << e.what();
  }
  const storage::StorageError other(storage::ErrorCode::Io, "disk I/O error", 778 /* IOERR_WRITE */,
                                    5 /* EIO */);
  EXPECT_FALSE(other.diskFull());
  EXPECT_FALSE(other.readOnly());
}

} // namespace
} // namespace simpul::reliability
