// AuditService against a real simpul-data (ServerFixture): entries written through the API
// and straight into the database file, scoping, paging, and tampering while the server runs.
#include "server/audit/audit_log.h"
#include "server_fixture.h"
#include "simpul/core/v1/attachment.grpc.pb.h"
#include "simpul/core/v1/audit.grpc.pb.h"
#include "simpul/core/v1/user.grpc.pb.h"
#include "storage/database.h"
#include "storage/sha256.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <set>
#include <string>
#include <vector>

namespace simpul::server {
namespace {

namespace v1 = ::simpul::core::v1;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

constexpr const char* kDesaA = "32.04.12.2003"; // in kecamatan A (32.04.12)
constexpr const char* kKecamatanA = "32.04.12";
constexpr const char* kDesaB = "32.04.13.2001"; // in kecamatan B (32.04.13)

class AuditServiceTest : public testing::ServerFixture {
protected:
  std::unique_ptr<v1::AuditService::Stub> stub() { return v1::AuditService::NewStub(channel()); }

  grpc::Status verify(const std::string& token, v1::VerifyAuditChainResponse* response) {
    auto ctx = context(token);
    return stub()->VerifyAuditChain(ctx.get(), {}, response);
  }

  // Every entry the caller sees, following next_page_token.
  std::vector<v1::AuditEntry> listAll(const std::string& token, const std::string& resource = {},
                                      int pageSize = 0) {
    std::vector<v1::AuditEntry> all;
    v1::ListAuditEntriesRequest request;
    request.set_resource(resource);
    request.set_page_size(pageSize);
    for (int pages = 0; pages < 100; ++pages) {
      v1::ListAuditEntriesResponse response;
      auto ctx = context(token);
      const grpc::Status status = stub()->ListAuditEntries(ctx.get(), request, &response);
      EXPECT_TRUE(status.ok()) << status.error_message();
      all.insert(all.end(), response.entries().begin(), response.entries().end());
      if (!status.ok() || response.next_page_token().empty()) {
        break;
      }
      request.set_page_token(response.next_page_token());
    }
    return all;
  }

  // An entry written the way simpulctl writes one: a second connection on the live file.
  void appendDirect(const std::string& resource, const std::string& wilayah) {
    storage::Database db = storage::Database::open(dbPath());
    storage::Transaction tx(db);
    appendAudit(db, "simpulctl", {"/test/Change", resource, {"status"}, wilayah}, now());
    tx.commit();
  }

  std::vector<std::int64_t> sequencesInFile() {
    storage::Database db = storage::Database::open(dbPath());
    storage::Statement stmt = db.prepare("SELECT sequence FROM core_audit ORDER BY sequence");
    std::vector<std::int64_t> out;
    while (stmt.step()) {
      out.push_back(stmt.columnInt64(0));
    }
    return out;
  }

  std::string upload(const std::string& token, const std::string& content) {
    auto attachments = v1::AttachmentService::NewStub(channel());
    auto ctx = context(token);
    v1::Attachment result;
    auto writer = attachments->UploadAttachment(ctx.get(), &result);
    v1::UploadAttachmentRequest message;
    message.mutable_metadata()->set_filename("laporan.txt");
    message.mutable_metadata()->set_content_type("text/plain");
    writer->Write(message);
    message.set_chunk(content);
    writer->Write(message);
    writer->WritesDone();
    const grpc::Status status = writer->Finish();
    EXPECT_TRUE(status.ok()) << status.error_message();
    return result.name();
  }

  static std::set<std::string> resources(const std::vector<v1::AuditEntry>& entries) {
    std::set<std::string> out;
    for (const v1::AuditEntry& entry : entries) {
      out.insert(entry.resource());
    }
    return out;
  }
};

TEST_F(AuditServiceTest, ChangesThroughTheApiKeepTheChainIntact) {
  const std::string admin = adminToken();
  auto users = v1::UserService::NewStub(channel());
  for (const char* name : {"petugas.satu", "petugas.dua"}) {
    v1::CreateUserRequest request;
    request.mutable_user()->set_username(name);
    request.mutable_user()->set_display_name("Petugas");
    request.set_password("a-long-password-1");
    v1::User created;
    auto ctx = context(admin);
    const grpc::Status status = users->CreateUser(ctx.get(), request, &created);
    EXPECT_TRUE(status.ok()) << status.error_message();
  }
  const std::string first = upload(admin, "isi lampiran pertama");
  const std::string second = upload(admin, "isi lampiran kedua");
  appendDirect("persons/1", kDesaA);

  const std::vector<v1::AuditEntry> entries = listAll(admin);
  const std::set<std::string> seen = resources(entries);
  EXPECT_TRUE(seen.count(first)) << first;
  EXPECT_TRUE(seen.count(second)) << second;
  EXPECT_TRUE(seen.count("persons/1"));
  for (const v1::AuditEntry& entry : entries) {
    if (entry.resource() == first) {
      EXPECT_EQ(entry.actor(), "admin");
      EXPECT_EQ(entry.method(), "/simpul.core.v1.AttachmentService/UploadAttachment");
      EXPECT_THAT(entry.changed_fields(), UnorderedElementsAre("filename", "content_type", "size"));
    }
  }

  v1::VerifyAuditChainResponse result;
  ASSERT_TRUE(verify(admin, &result).ok());
  EXPECT_TRUE(result.intact()) << result.problem();
  EXPECT_EQ(result.entries_checked(), static_cast<std::int64_t>(sequencesInFile().size()));
  EXPECT_GE(result.entries_checked(), 3);
  EXPECT_EQ(result.first_broken_sequence(), 0);
}

TEST_F(AuditServiceTest, TamperingWhileTheServerRunsIsFound) {
  const std::string admin = adminToken();
  appendDirect("persons/1", kDesaA);
  appendDirect("persons/2", kDesaA);
  upload(admin, "bukti");
  appendDirect("persons/3", kDesaB);
  const std::vector<std::int64_t> sequences = sequencesInFile();
  ASSERT_GE(sequences.size(), 4u);
  const std::int64_t victim = sequences[sequences.size() - 3];

  v1::VerifyAuditChainResponse before;
  ASSERT_TRUE(verify(admin, &before).ok());
  ASSERT_TRUE(before.intact()) << before.problem();

  {
    storage::Database db = storage::Database::open(dbPath());
    db.exec("DROP TRIGGER core_audit_no_update");
    storage::Statement update =
        db.prepare("UPDATE core_audit SET changed_fields = 'nothing' WHERE sequence = ?");
    update.bind(1, victim);
    ASSERT_EQ(update.run(), 1);
  }
  v1::VerifyAuditChainResponse after;
  ASSERT_TRUE(verify(admin, &after).ok());
  EXPECT_FALSE(after.intact());
  EXPECT_EQ(after.first_broken_sequence(), victim);
  EXPECT_THAT(after.problem(), HasSubstr("edited"));
  EXPECT_THAT(after.problem(), HasSubstr(std::to_string(victim)));
}

TEST_F(AuditServiceTest, ListShowsOnlyTheCallersWilayah) {
  appendDirect("persons/10", kDesaA);
  appendDirect("persons/11", kKecamatanA);
  appendDirect("persons/20", kDesaB);
  appendDirect("users/somebody", "");

  const std::string kades = createUserAndLogin("kades.a", "kepala_desa", kDesaA);
  EXPECT_EQ(resources(listAll(kades)), (std::set<std::string>{"persons/10"}));

  const std::string tksk = createUserAndLogin("tksk.a", "tksk", kKecamatanA);
  const std::vector<v1::AuditEntry> tkskEntries = listAll(tksk);
  EXPECT_EQ(resources(tkskEntries), (std::set<std::string>{"persons/10", "persons/11"}));
  for (const v1::AuditEntry& entry : tkskEntries) {
    EXPECT_TRUE(entry.wilayah_code().starts_with(kKecamatanA)) << entry.wilayah_code();
  }
  // Another wilayah's resource is invisible even when asked for by name.
  EXPECT_TRUE(listAll(tksk, "persons/20").empty());
  EXPECT_EQ(resources(listAll(tksk, "persons/10")), (std::set<std::string>{"persons/10"}));

  const std::string dinsos = createUserAndLogin("dinsos.kab", "dinsos", "32.04");
  EXPECT_EQ(resources(listAll(dinsos)),
            (std::set<std::string>{"persons/10", "persons/11", "persons/20"}));

  const std::set<std::string> adminSees = resources(listAll(adminToken()));
  for (const char* resource : {"persons/10", "persons/11", "persons/20", "users/somebody"}) {
    EXPECT_TRUE(adminSees.count(resource)) << resource;
  }
}

TEST_F(AuditServiceTest, NewestFirstInKeysetPages) {
  for (int i = 0; i < 5; ++i) {
    appendDirect("persons/" + std::to_string(i), kDesaA);
  }
  const std::string tksk = createUserAndLogin("tksk.a", "tksk", kKecamatanA);
  const std::vector<v1::AuditEntry> entries = listAll(tksk, {}, 2);
  ASSERT_EQ(entries.size(), 5u);
  for (std::size_t i = 1; i < entries.size(); ++i) {
    EXPECT_GT(entries[i - 1].sequence(), entries[i].sequence());
  }
  EXPECT_EQ(entries.front().resource(), "persons/4");
  EXPECT_EQ(entries.back().resource(), "persons/0");

  v1::ListAuditEntriesRequest request;
  request.set_page_size(-1);
  v1::ListAuditEntriesResponse response;
  auto ctx = context(tksk);
  EXPECT_EQ(stub()->ListAuditEntries(ctx.get(), request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  request.set_page_size(0);
  request.set_page_token("bm90LWEtdG9rZW4");
  auto ctx2 = context(tksk);
  EXPECT_EQ(stub()->ListAuditEntries(ctx2.get(), request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(AuditServiceTest, PermissionsAreChecked) {
  const std::string viewer = createUserAndLogin("viewer.a", "viewer", kDesaA);
  v1::ListAuditEntriesResponse list;
  auto ctx = context(viewer);
  EXPECT_EQ(stub()->ListAuditEntries(ctx.get(), {}, &list).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);

  // core.audit.verify is the admin's alone among the default roles.
  const std::string tksk = createUserAndLogin("tksk.a", "tksk", kKecamatanA);
  v1::VerifyAuditChainResponse result;
  EXPECT_EQ(verify(tksk, &result).error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_TRUE(verify(adminToken(), &result).ok());
}

TEST_F(AuditServiceTest, EveryCallNeedsAToken) {
  for (const std::string& token : {std::string(), std::string("not-a-token")}) {
    v1::ListAuditEntriesResponse list;
    auto ctx = context(token);
    EXPECT_EQ(stub()->ListAuditEntries(ctx.get(), {}, &list).error_code(),
              grpc::StatusCode::UNAUTHENTICATED);
    v1::VerifyAuditChainResponse result;
    EXPECT_EQ(verify(token, &result).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  }
}

} // namespace
} // namespace simpul::server
