// BackupService against a real simpul-data (ServerFixture): the streamed bytes are a
// database holding what the live one holds.
#include "server_fixture.h"
#include "simpul/core/v1/backup.grpc.pb.h"
#include "storage/database.h"
#include "storage/sha256.h"
#include "storage/statement.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace simpul::server {
namespace {

namespace v1 = ::simpul::core::v1;
namespace fs = std::filesystem;

class BackupServiceTest : public testing::ServerFixture {
protected:
  // The server makes its copy under TMPDIR: point it at a directory of our own (before any
  // server thread runs) so the test can see that the copy is gone afterwards.
  static void SetUpTestSuite() {
    if (const char* previous = std::getenv("TMPDIR")) {
      s_previousTmp = previous;
    }
    std::string pattern = (fs::temp_directory_path() / "simpul-backup-test-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    s_tmp = pattern;
    ::setenv("TMPDIR", s_tmp.c_str(), 1);
  }
  static void TearDownTestSuite() {
    if (s_previousTmp.empty()) {
      ::unsetenv("TMPDIR");
    } else {
      ::setenv("TMPDIR", s_previousTmp.c_str(), 1);
    }
    std::error_code ignored;
    fs::remove_all(s_tmp, ignored);
  }

  struct Received {
    grpc::Status status;
    std::vector<char> order; // 'n' size, 'c' chunk, 's' sha256
    std::int64_t size = -1;
    std::string bytes;
    std::string sha256;
    std::size_t largestChunk = 0;
  };

  Received backup(const std::string& token) {
    Received out;
    auto stub = v1::BackupService::NewStub(channel());
    auto ctx = context(token);
    auto reader = stub->CreateBackup(ctx.get(), {});
    v1::CreateBackupResponse message;
    while (reader->Read(&message)) {
      switch (message.part_case()) {
      case v1::CreateBackupResponse::kSizeBytes:
        out.order.push_back('n');
        out.size = message.size_bytes();
        break;
      case v1::CreateBackupResponse::kChunk:
        out.order.push_back('c');
        out.bytes += message.chunk();
        out.largestChunk = std::max(out.largestChunk, message.chunk().size());
        break;
      case v1::CreateBackupResponse::kSha256:
        out.order.push_back('s');
        out.sha256 = message.sha256();
        break;
      default:
        ADD_FAILURE() << "empty message";
      }
    }
    out.status = reader->Finish();
    return out;
  }

  static std::vector<std::string> users(const std::string& path, bool readOnly) {
    storage::OpenOptions options;
    options.readOnly = readOnly;
    storage::Database db = storage::Database::open(path, options);
    storage::Statement stmt =
        db.prepare("SELECT id, username, password_hash, etag FROM core_users ORDER BY id");
    std::vector<std::string> out;
    while (stmt.step()) {
      out.push_back(std::to_string(stmt.columnInt64(0)) + "|" + stmt.columnText(1) + "|" +
                    stmt.columnText(2) + "|" + stmt.columnText(3));
    }
    return out;
  }

  static std::int64_t backupsAudited(const std::string& path) {
    storage::Database db = storage::Database::open(path);
    storage::Statement stmt = db.prepare(
        "SELECT count(*) FROM core_audit WHERE resource = 'backups' AND changed_fields = ''");
    stmt.step();
    return stmt.columnInt64(0);
  }

  static std::vector<std::string> leftovers() {
    std::vector<std::string> out;
    for (const fs::directory_entry& entry : fs::directory_iterator(s_tmp)) {
      if (entry.path().filename().string().starts_with("simpul-backup")) {
        out.push_back(entry.path().string());
      }
    }
    return out;
  }

  static inline std::string s_tmp;
  static inline std::string s_previousTmp;
};

TEST_F(BackupServiceTest, StreamsACopyOfTheDatabase) {
  createUserAndLogin("psm.a", "psm", "32.04.12.2003");
  createUserAndLogin("tksk.b", "tksk", "32.04.13");
  const Received received = backup(adminToken());
  ASSERT_TRUE(received.status.ok()) << received.status.error_message();

  ASSERT_GE(received.order.size(), 3u);
  EXPECT_EQ(received.order.front(), 'n');
  EXPECT_EQ(received.order.back(), 's');
  for (std::size_t i = 1; i + 1 < received.order.size(); ++i) {
    EXPECT_EQ(received.order[i], 'c');
  }
  EXPECT_LE(received.largestChunk, 256u * 1024u);
  EXPECT_EQ(received.size, static_cast<std::int64_t>(received.bytes.size()));
  EXPECT_EQ(received.sha256, storage::sha256Hex(received.bytes));

  const std::string copy = tempDir() + "/received.sqlite";
  {
    std::ofstream out(copy, std::ios::binary);
    out.write(received.bytes.data(), static_cast<std::streamsize>(received.bytes.size()));
  }
  const std::vector<std::string> copied = users(copy, true);
  EXPECT_EQ(copied.size(), 3u); // admin, psm.a, tksk.b
  EXPECT_EQ(copied, users(dbPath(), false));
  {
    storage::OpenOptions options;
    options.readOnly = true;
    storage::Database db = storage::Database::open(copy, options);
    storage::Statement check = db.prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.columnText(0), "ok");
  }

  EXPECT_EQ(backupsAudited(dbPath()), 1);
  EXPECT_TRUE(leftovers().empty());
}

TEST_F(BackupServiceTest, NeedsTheRightEverywhere) {
  const std::string psm = createUserAndLogin("psm.a", "psm", "32.04.12.2003");
  EXPECT_EQ(backup(psm).status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  // An administrator bound to one kabupaten holds the permission, but not everywhere.
  const std::string localAdmin = createUserAndLogin("admin.kab", "admin", "32.04");
  EXPECT_EQ(backup(localAdmin).status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(backupsAudited(dbPath()), 0);
  EXPECT_TRUE(leftovers().empty());
}

TEST_F(BackupServiceTest, NeedsAToken) {
  EXPECT_EQ(backup("").status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(backup("bogus").status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
}

} // namespace
} // namespace simpul::server
