// The photos of a PMKS record (Record.attachments) through a real simpul-data: a file
// uploaded with core's AttachmentService is attached on create and on update, read back and
// downloaded; a malformed, unknown, repeated or eleventh name is refused on
// "record.attachments"; a PSM of another desa cannot reach the record at all.

#include "pmks_fixture.h"
#include "simpul/core/v1/attachment.grpc.pb.h"
#include "storage/sha256.h"

#include <gtest/gtest.h>
#include <string>

namespace simpul::testing {
namespace {

namespace v1 = simpul::pmks::v1;
namespace core = simpul::core::v1;

// A real 1×1 PNG.
const std::string kPng("\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00"
                       "\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90\x77\x53\xde\x00\x00\x00"
                       "\x0c\x49\x44\x41\x54\x78\x9c\x63\xd0\xeb\x0e\x07\x00\x01\xfb\x01\x11\x74"
                       "\x26\x14\xe9\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
                       69);

class PmksPhotos : public PmksFixture {
protected:
  std::string nik(int serial) { return nikFor(kKecamatan, 1980, 5, 10, false, serial); }

  std::unique_ptr<core::AttachmentService::Stub> attachments() {
    return core::AttachmentService::NewStub(channel());
  }

  // UploadAttachment as `token`; the attachment's name ("" on failure).
  std::string upload(const std::string& token, const std::string& content,
                     const std::string& contentType = "image/png") {
    core::Attachment stored;
    auto ctx = context(token);
    auto writer = attachments()->UploadAttachment(ctx.get(), &stored);
    core::UploadAttachmentRequest message;
    message.mutable_metadata()->set_filename("foto-rumah.png");
    message.mutable_metadata()->set_content_type(contentType);
    writer->Write(message);
    message.set_chunk(content);
    writer->Write(message);
    writer->WritesDone();
    const grpc::Status status = writer->Finish();
    EXPECT_TRUE(status.ok()) << status.error_message();
    return status.ok() ? stored.name() : std::string();
  }

  // DownloadAttachment as `token`: the content ("" on failure, with *code set).
  std::string download(const std::string& token, const std::string& name,
                       grpc::StatusCode* code = nullptr) {
    auto ctx = context(token);
    core::DownloadAttachmentRequest request;
    request.set_name(name);
    auto reader = attachments()->DownloadAttachment(ctx.get(), request);
    core::DownloadAttachmentResponse message;
    std::string content;
    while (reader->Read(&message)) {
      if (message.has_chunk()) {
        content += message.chunk();
      }
    }
    const grpc::Status status = reader->Finish();
    if (code != nullptr) {
      *code = status.error_code();
    }
    return status.ok() ? content : std::string();
  }

  grpc::Status get(const std::string& token, const std::string& name, v1::Record* out) {
    v1::GetRecordRequest request;
    request.set_name(name);
    auto ctx = context(token);
    return stub()->GetRecord(ctx.get(), request, out);
  }

  // UpdateRecord of the attachments only; *detail gets the ErrorDetail when given.
  grpc::Status setAttachments(const std::string& token, const v1::Record& current,
                              const std::vector<std::string>& names, v1::Record* out,
                              core::ErrorDetail* detail = nullptr) {
    v1::UpdateRecordRequest request;
    request.mutable_record()->set_name(current.name());
    request.mutable_record()->set_etag(current.etag());
    for (const std::string& name : names) {
      request.mutable_record()->add_attachments(name);
    }
    request.mutable_update_mask()->add_paths("attachments");
    auto ctx = context(token);
    const grpc::Status status = stub()->UpdateRecord(ctx.get(), request, out);
    if (detail != nullptr) {
      *detail = errorDetail(*ctx);
    }
    return status;
  }

  static std::vector<std::string> namesOf(const v1::Record& record) {
    return {record.attachments().begin(), record.attachments().end()};
  }

  static void expectRefused(const grpc::Status& status, const core::ErrorDetail& detail,
                            const std::string& reason) {
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << status.error_message();
    EXPECT_EQ(detail.field(), "record.attachments");
    EXPECT_EQ(detail.reason(), reason);
    EXPECT_FALSE(detail.message_id().empty());
    EXPECT_FALSE(detail.message_en().empty());
  }
};

TEST_F(PmksPhotos, UploadedPhotoIsAttachedReadBackAndDownloaded) {
  const std::string photo = upload(psmToken(), kPng);
  ASSERT_EQ(photo, "attachments/" + storage::sha256Hex(kPng));

  // On create.
  v1::Record record = personRecord(11, nik(1));
  record.add_attachments(photo);
  v1::Record created;
  ASSERT_TRUE(create(psmToken(), record, &created).ok());
  EXPECT_EQ(namesOf(created), std::vector<std::string>{photo});

  // On update: a second photo after the first; the order is kept.
  const std::string second = upload(psmToken(), "\xff\xd8\xff\xe0 not really a jpeg", "image/jpeg");
  ASSERT_FALSE(second.empty());
  v1::Record updated;
  ASSERT_TRUE(setAttachments(psmToken(), created, {photo, second}, &updated).ok());
  EXPECT_EQ(namesOf(updated), (std::vector<std::string>{photo, second}));
  EXPECT_NE(updated.etag(), created.etag());

  // Read back by whoever may read the record, and downloaded by name.
  v1::Record seen;
  ASSERT_TRUE(get(kadesToken(), created.name(), &seen).ok());
  EXPECT_EQ(namesOf(seen), (std::vector<std::string>{photo, second}));
  EXPECT_EQ(download(kadesToken(), photo), kPng);

  // An update of other fields keeps the photos; a removal keeps the file in core.
  v1::UpdateRecordRequest notes;
  notes.mutable_record()->set_name(created.name());
  notes.mutable_record()->set_etag(updated.etag());
  notes.mutable_record()->set_notes("Rumah tidak layak huni");
  notes.mutable_update_mask()->add_paths("notes");
  auto ctx = context(psmToken());
  ASSERT_TRUE(stub()->UpdateRecord(ctx.get(), notes, &updated).ok());
  EXPECT_EQ(namesOf(updated), (std::vector<std::string>{photo, second}));
  ASSERT_TRUE(setAttachments(psmToken(), updated, {second}, &updated).ok());
  EXPECT_EQ(namesOf(updated), std::vector<std::string>{second});
  EXPECT_EQ(download(psmToken(), photo), kPng);
  EXPECT_EQ(count("SELECT count(*) FROM core_audit WHERE method LIKE '%PmksService/UpdateRecord'"
                  " AND resource = '" +
                  created.name() + "'"),
            3);
}

TEST_F(PmksPhotos, MalformedUnknownRepeatedOrTooManyNamesAreRefused) {
  const std::string photo = upload(psmToken(), kPng);
  v1::Record created;
  ASSERT_TRUE(create(psmToken(), personRecord(11, nik(2)), &created).ok());
  const std::string digest = photo.substr(std::string("attachments/").size());
  std::string upper = digest;
  for (char& c : upper) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  ASSERT_NE(upper, digest);

  const struct {
    std::vector<std::string> names;
    const char* reason;
  } cases[] = {
      {{"foto.png"}, "ATTACHMENT_NAME_INVALID"},
      {{digest}, "ATTACHMENT_NAME_INVALID"},
      {{"attachments/" + upper}, "ATTACHMENT_NAME_INVALID"},
      {{"attachments/" + digest.substr(1)}, "ATTACHMENT_NAME_INVALID"},
      {{"attachments/" + std::string(64, '0')}, "ATTACHMENT_NOT_FOUND"},
      {{photo, photo}, "ATTACHMENT_DUPLICATE"},
      {std::vector<std::string>(11, photo), "TOO_MANY_ATTACHMENTS"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.reason);
    v1::Record out;
    core::ErrorDetail detail;
    expectRefused(setAttachments(psmToken(), created, c.names, &out, &detail), detail, c.reason);
  }
  // Nothing changed.
  v1::Record seen;
  ASSERT_TRUE(get(psmToken(), created.name(), &seen).ok());
  EXPECT_EQ(seen.etag(), created.etag());
  EXPECT_EQ(seen.attachments_size(), 0);

  // CreateRecord keeps the same rule, and writes nothing.
  v1::Record record = personRecord(12, nik(3));
  record.add_attachments("attachments/" + std::string(64, 'f'));
  core::ErrorDetail detail;
  expectRefused(create(psmToken(), record, nullptr, &detail), detail, "ATTACHMENT_NOT_FOUND");
  EXPECT_EQ(count("SELECT count(*) FROM pmks_records WHERE pmks_type = 12"), 0);

  // Ten distinct photos are the limit, not an error.
  std::vector<std::string> ten;
  for (int i = 0; i < 10; ++i) {
    ten.push_back(upload(psmToken(), kPng + std::to_string(i)));
  }
  v1::Record full;
  ASSERT_TRUE(setAttachments(psmToken(), created, ten, &full).ok());
  EXPECT_EQ(full.attachments_size(), 10);
}

TEST_F(PmksPhotos, PsmOfAnotherDesaCannotReachTheRecordOrItsPhotos) {
  const std::string photo = upload(psmToken(), kPng);
  v1::Record record = personRecord(11, nik(4));
  record.add_attachments(photo);
  v1::Record created;
  ASSERT_TRUE(create(psmToken(), record, &created).ok());

  v1::Record seen;
  EXPECT_EQ(get(otherPsmToken(), created.name(), &seen).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(seen.attachments_size(), 0);
  // Nor can it change them: the record is as missing for an update as for a read.
  const std::string own = upload(otherPsmToken(), kPng + "lain");
  v1::Record out;
  EXPECT_EQ(setAttachments(otherPsmToken(), created, {own}, &out).error_code(),
            grpc::StatusCode::NOT_FOUND);
  ASSERT_TRUE(get(psmToken(), created.name(), &seen).ok());
  EXPECT_EQ(namesOf(seen), std::vector<std::string>{photo});
}

} // namespace
} // namespace simpul::testing
