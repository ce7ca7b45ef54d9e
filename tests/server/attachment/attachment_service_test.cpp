// AttachmentService against a real simpul-data (ServerFixture).
#include "server_fixture.h"
#include "simpul/core/v1/attachment.grpc.pb.h"
#include "simpul/core/v1/error.pb.h"
#include "storage/database.h"
#include "storage/sha256.h"
#include "storage/statement.h"

#include <gtest/gtest.h>
#include <random>
#include <string>

namespace simpul::server {
namespace {

namespace v1 = ::simpul::core::v1;

constexpr std::size_t kMiB = 1024 * 1024;

std::string randomBytes(std::size_t size, unsigned seed) {
  std::mt19937 random(seed);
  std::string out(size, '\0');
  for (char& c : out) {
    c = static_cast<char>(random() & 0xff);
  }
  return out;
}

// The reason of the ErrorDetail trailer ("" when there is none).
std::string errorReason(const grpc::ClientContext& ctx) {
  const auto& trailers = ctx.GetServerTrailingMetadata();
  const auto found = trailers.find("simpul-error-bin");
  if (found == trailers.end()) {
    return "";
  }
  v1::ErrorDetail detail;
  detail.ParseFromString(std::string(found->second.data(), found->second.size()));
  return detail.reason();
}

struct UploadResult {
  grpc::Status status;
  v1::Attachment attachment;
  std::string reason;
};

class AttachmentServiceTest : public testing::ServerFixture {
protected:
  std::unique_ptr<v1::AttachmentService::Stub> stub() {
    return v1::AttachmentService::NewStub(channel());
  }

  UploadResult upload(const std::string& token, const std::string& content,
                      std::size_t chunkSize = kMiB, bool withMetadata = true) {
    UploadResult result;
    auto ctx = context(token);
    auto writer = stub()->UploadAttachment(ctx.get(), &result.attachment);
    v1::UploadAttachmentRequest message;
    if (withMetadata) {
      message.mutable_metadata()->set_filename("sk-pengangkatan.pdf");
      message.mutable_metadata()->set_content_type("application/pdf");
      writer->Write(message);
    }
    for (std::size_t offset = 0; offset < content.size(); offset += chunkSize) {
      message.set_chunk(content.substr(offset, chunkSize));
      if (!writer->Write(message)) {
        break; // the server has answered already (a refusal)
      }
    }
    writer->WritesDone();
    result.status = writer->Finish();
    result.reason = errorReason(*ctx);
    return result;
  }

  struct Download {
    grpc::Status status;
    v1::Attachment attachment;
    std::string content;
    int metadataMessages = 0;
  };

  Download download(const std::string& token, const std::string& name) {
    Download out;
    auto ctx = context(token);
    v1::DownloadAttachmentRequest request;
    request.set_name(name);
    auto reader = stub()->DownloadAttachment(ctx.get(), request);
    v1::DownloadAttachmentResponse message;
    while (reader->Read(&message)) {
      if (message.has_attachment()) {
        EXPECT_TRUE(out.content.empty()) << "metadata after content";
        out.attachment = message.attachment();
        ++out.metadataMessages;
      } else {
        out.content += message.chunk();
      }
    }
    out.status = reader->Finish();
    return out;
  }

  std::int64_t countRows(const std::string& sql, const std::string& param) {
    storage::Database db = storage::Database::open(dbPath());
    storage::Statement stmt = db.prepare(sql);
    stmt.bind(1, param);
    stmt.step();
    return stmt.columnInt64(0);
  }
};

TEST_F(AttachmentServiceTest, UploadAndDownloadRoundTrip) {
  const std::string content = randomBytes(3 * kMiB + 12345, 1);
  const std::string sha = storage::sha256Hex(content);
  const std::string psm = createUserAndLogin("psm.a", "psm", "32.04.12.2003");

  // Odd chunk sizes on the way in; the server stores 1 MiB chunks regardless.
  const UploadResult up = upload(psm, content, 700 * 1024);
  ASSERT_TRUE(up.status.ok()) << up.status.error_message();
  EXPECT_EQ(up.attachment.name(), "attachments/" + sha);
  EXPECT_EQ(up.attachment.sha256(), sha);
  EXPECT_EQ(up.attachment.size_bytes(), static_cast<std::int64_t>(content.size()));
  EXPECT_EQ(up.attachment.filename(), "sk-pengangkatan.pdf");
  EXPECT_EQ(up.attachment.content_type(), "application/pdf");
  EXPECT_GT(up.attachment.create_time().seconds(), 0);
  EXPECT_EQ(countRows("SELECT count(*) FROM core_attachment_chunks WHERE sha256 = ?", sha), 4);

  const Download down = download(psm, up.attachment.name()); // its uploader
  ASSERT_TRUE(down.status.ok()) << down.status.error_message();
  EXPECT_EQ(down.metadataMessages, 1);
  EXPECT_EQ(down.attachment.name(), up.attachment.name());
  EXPECT_EQ(down.attachment.size_bytes(), up.attachment.size_bytes());
  EXPECT_EQ(down.content.size(), content.size());
  EXPECT_EQ(storage::sha256Hex(down.content), sha);
  EXPECT_TRUE(down.content == content);

  // Names are case-insensitive in their hex digits.
  std::string upper = "attachments/" + sha;
  for (std::size_t i = 12; i < upper.size(); ++i) {
    upper[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[i])));
  }
  EXPECT_TRUE(download(psm, upper).status.ok());
}

TEST_F(AttachmentServiceTest, ReUploadReturnsTheStoredAttachment) {
  const std::string admin = adminToken();
  const std::string content = randomBytes(200 * 1024, 2);
  const UploadResult first = upload(admin, content);
  ASSERT_TRUE(first.status.ok()) << first.status.error_message();
  advanceClock(std::chrono::seconds(60));
  const UploadResult again = upload(admin, content, 64 * 1024);
  ASSERT_TRUE(again.status.ok()) << again.status.error_message();
  EXPECT_EQ(again.attachment.name(), first.attachment.name());
  EXPECT_EQ(again.attachment.create_time().seconds(), first.attachment.create_time().seconds());
  EXPECT_EQ(countRows("SELECT count(*) FROM core_attachments WHERE sha256 = ?",
                      first.attachment.sha256()),
            1);
  // Stored once, audited once.
  EXPECT_EQ(
      countRows("SELECT count(*) FROM core_audit WHERE resource = ?", first.attachment.name()), 1);
}

TEST_F(AttachmentServiceTest, TooLargeIsRefused) {
  nextOptions().maxAttachmentBytes = 2 * kMiB;
  restartServer();
  const std::string admin = adminToken();
  const UploadResult exact = upload(admin, randomBytes(2 * kMiB, 3));
  EXPECT_TRUE(exact.status.ok()) << exact.status.error_message();

  const std::string content = randomBytes(5 * kMiB, 4);
  const UploadResult tooLarge = upload(admin, content);
  EXPECT_EQ(tooLarge.status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(tooLarge.reason, "ATTACHMENT_TOO_LARGE");
  EXPECT_EQ(countRows("SELECT count(*) FROM core_attachments WHERE sha256 = ?",
                      storage::sha256Hex(content)),
            0);
}

TEST_F(AttachmentServiceTest, MalformedUploadsAreRefused) {
  const std::string admin = adminToken();
  const UploadResult empty = upload(admin, "");
  EXPECT_EQ(empty.status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(empty.reason, "ATTACHMENT_EMPTY");

  const UploadResult noMetadata = upload(admin, "isi", kMiB, false);
  EXPECT_EQ(noMetadata.status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(noMetadata.reason, "METADATA_REQUIRED");

  const UploadResult bigChunk = upload(admin, randomBytes(kMiB + 1, 5), kMiB + 1);
  EXPECT_EQ(bigChunk.status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(bigChunk.reason, "CHUNK_TOO_LARGE");

  UploadResult badName;
  {
    auto ctx = context(admin);
    auto writer = stub()->UploadAttachment(ctx.get(), &badName.attachment);
    v1::UploadAttachmentRequest message;
    message.mutable_metadata()->set_filename("../../etc/passwd");
    writer->Write(message);
    writer->WritesDone();
    badName.status = writer->Finish();
    badName.reason = errorReason(*ctx);
  }
  EXPECT_EQ(badName.status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(badName.reason, "FILENAME_INVALID");
}

TEST_F(AttachmentServiceTest, PermissionsAreChecked) {
  const std::string viewer = createUserAndLogin("viewer.a", "viewer", "32.04.12.2003");
  const UploadResult refused = upload(viewer, "isi");
  EXPECT_EQ(refused.status.error_code(), grpc::StatusCode::PERMISSION_DENIED);

  const UploadResult stored = upload(adminToken(), "isi");
  ASSERT_TRUE(stored.status.ok());
  // kepala_desa holds core.attachment.read but not core.attachment.write.
  const std::string kades = createUserAndLogin("kades.a", "kepala_desa", "32.04.12.2003");
  EXPECT_EQ(upload(kades, "lain").status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
}

// A file is served to its uploader, to a reader everywhere, and to whoever sees something
// that references it (a plugin's record; tests/security/leak_test.cpp). Anyone else gets
// NOT_FOUND, exactly as for a file that is not there, though the permission is held.
TEST_F(AttachmentServiceTest, AFileIsServedOnlyToWhoMaySeeIt) {
  const std::string psm = createUserAndLogin("psm.a", "psm", "32.04.12.2003");
  const UploadResult stored = upload(psm, "foto rumah");
  ASSERT_TRUE(stored.status.ok());
  const std::string& name = stored.attachment.name();
  EXPECT_TRUE(download(psm, name).status.ok());
  EXPECT_TRUE(download(adminToken(), name).status.ok());
  const std::string national = createUserAndLogin("dinsos.pusat", "dinsos", "");
  EXPECT_TRUE(download(national, name).status.ok());

  const std::string kades = createUserAndLogin("kades.a", "kepala_desa", "32.04.12.2003");
  const std::string otherPsm = createUserAndLogin("psm.b", "psm", "32.04.12.2003");
  EXPECT_EQ(download(kades, name).status.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(download(otherPsm, name).status.error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(AttachmentServiceTest, UnknownAndMalformedNames) {
  const std::string admin = adminToken();
  const std::string unknown = "attachments/" + storage::sha256Hex("never uploaded");
  EXPECT_EQ(download(admin, unknown).status.error_code(), grpc::StatusCode::NOT_FOUND);
  for (const char* bad : {"", "attachments/", "attachments/xyz", "persons/1",
                          "attachments/../../../../../../../../../../../../../etc/passwd/x"}) {
    EXPECT_EQ(download(admin, bad).status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << bad;
  }
}

TEST_F(AttachmentServiceTest, EveryCallNeedsAToken) {
  const UploadResult up = upload("", "isi");
  EXPECT_EQ(up.status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  const std::string name = "attachments/" + storage::sha256Hex("isi");
  EXPECT_EQ(download("", name).status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(download("bogus", name).status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
}

} // namespace
} // namespace simpul::server
