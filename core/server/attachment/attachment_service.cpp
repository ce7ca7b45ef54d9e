#include "server/attachment/attachment_service.h"

#include "server/api_error.h"
#include "server/attachment/temp_files.h"
#include "server/call.h"
#include "server/time_util.h"
#include "storage/database.h"
#include "storage/sha256.h"
#include "storage/statement.h"
#include "storage/store.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace simpul::server {

namespace v1 = ::simpul::core::v1;

namespace {

constexpr std::string_view kReadPermission = "core.attachment.read";
constexpr std::string_view kWritePermission = "core.attachment.write";
constexpr std::string_view kUploadMethod = "/simpul.core.v1.AttachmentService/UploadAttachment";
constexpr std::string_view kNamePrefix = "attachments/";
constexpr std::size_t kChunkBytes = 1024 * 1024; // per message and per stored chunk
constexpr std::size_t kMaxFilenameBytes = 255;
constexpr std::size_t kMaxContentTypeBytes = 127;

struct AttachmentRow {
  std::string sha256;
  std::int64_t sizeBytes = 0;
  std::string contentType;
  std::string filename;
  std::int64_t createTimeMs = 0;
  std::int64_t createdBy = 0; // the first uploader; 0 when unknown
};

void toProto(const AttachmentRow& row, v1::Attachment* out) {
  out->set_name(std::string(kNamePrefix) + row.sha256);
  out->set_sha256(row.sha256);
  out->set_size_bytes(row.sizeBytes);
  out->set_content_type(row.contentType);
  out->set_filename(row.filename);
  setTimestamp(out->mutable_create_time(), row.createTimeMs);
}

std::optional<AttachmentRow> findAttachment(storage::Database& db, const std::string& sha256) {
  storage::Statement stmt =
      db.prepare("SELECT size_bytes, content_type, filename, create_time_ms, "
                 "coalesce(created_by, 0) FROM core_attachments WHERE sha256 = ?");
  stmt.bind(1, sha256);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return AttachmentRow{sha256,
                       stmt.columnInt64(0),
                       stmt.columnText(1),
                       stmt.columnText(2),
                       stmt.columnInt64(3),
                       stmt.columnInt64(4)};
}

// Who may download a stored file: a reader everywhere, its first uploader, or a caller who
// sees something that references it (asked of the plugins through the Host).
bool mayDownload(Host& host, storage::Database& db, const Principal& who,
                 const AttachmentRow& row) {
  return who.scopeOf(kReadPermission).isEverywhere() ||
         (row.createdBy != 0 && row.createdBy == who.userId) ||
         host.attachmentReferencedFor(db, who, row.sha256);
}

bool isControl(unsigned char c) {
  return c < 0x20 || c == 0x7f;
}

// The messages never repeat the filename: it may name a person ("KTP <name>.jpg").
std::string checkFilename(const std::string& filename) {
  if (filename.empty()) {
    throw ApiError::invalidArgument("metadata.filename", "FILENAME_REQUIRED",
                                    "Nama berkas wajib diisi.", "A filename is required.");
  }
  if (filename.size() > kMaxFilenameBytes) {
    throw ApiError::invalidArgument("metadata.filename", "FILENAME_TOO_LONG",
                                    "Nama berkas paling panjang 255 byte.",
                                    "A filename is at most 255 bytes long.");
  }
  for (unsigned char c : filename) {
    if (isControl(c) || c == '/' || c == '\\') {
      throw ApiError::invalidArgument(
          "metadata.filename", "FILENAME_INVALID",
          "Nama berkas tidak boleh memuat karakter kendali, '/' atau '\\'.",
          "A filename must not contain control characters, '/' or '\\'.");
    }
  }
  return filename;
}

std::string checkContentType(const std::string& contentType) {
  if (contentType.empty()) {
    return "application/octet-stream";
  }
  bool valid = contentType.size() <= kMaxContentTypeBytes &&
               contentType.find('/') != std::string::npos && contentType.front() != '/';
  for (unsigned char c : contentType) {
    valid = valid && !isControl(c) && c < 0x80;
  }
  if (!valid) {
    throw ApiError::invalidArgument(
        "metadata.content_type", "CONTENT_TYPE_INVALID",
        "Jenis isi harus berbentuk tipe/subtipe, misalnya image/png.",
        "The content type must look like type/subtype, e.g. image/png.");
  }
  return contentType;
}

// "attachments/<64 hex digits>" → the lowercase digest.
std::string digestFromName(const std::string& name) {
  std::string digest;
  if (name.size() == kNamePrefix.size() + 64 && name.starts_with(kNamePrefix)) {
    digest = name.substr(kNamePrefix.size());
    for (char& c : digest) {
      if (c >= 'A' && c <= 'F') {
        c = static_cast<char>(c - 'A' + 'a');
      }
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        digest.clear();
        break;
      }
    }
  }
  if (digest.empty()) {
    throw ApiError::invalidArgument("name", "NAME_INVALID",
                                    "Nama lampiran harus berbentuk attachments/<sha256>.",
                                    "An attachment name has the form attachments/<sha256>.");
  }
  return digest;
}

ApiError dataLoss() {
  return ApiError(grpc::StatusCode::DATA_LOSS, "", "ATTACHMENT_CORRUPT",
                  "Isi lampiran di basis data rusak atau tidak lengkap.",
                  "The attachment's content in the database is damaged or incomplete.");
}

} // namespace

AttachmentServiceImpl::AttachmentServiceImpl(Host& host, std::int64_t maxBytes)
    : m_host(host), m_maxBytes(maxBytes) {}

grpc::Status
AttachmentServiceImpl::UploadAttachment(grpc::ServerContext* context,
                                        grpc::ServerReader<v1::UploadAttachmentRequest>* reader,
                                        v1::Attachment* response) {
  return serve(m_host, context, [&](const Principal& who) {
    if (!who.holdsAnywhere(kWritePermission)) {
      throw ApiError::permissionDenied(kWritePermission);
    }
    // Tells the client at once that the upload was accepted (signed in, allowed), so it can
    // wait for that before streaming megabytes into a refusal.
    reader->SendInitialMetadata();
    v1::UploadAttachmentRequest message;
    if (!reader->Read(&message) || !message.has_metadata()) {
      throw ApiError::invalidArgument("metadata", "METADATA_REQUIRED",
                                      "Pesan pertama harus berisi metadata lampiran.",
                                      "The first message must carry the attachment's metadata.");
    }
    const std::string filename = checkFilename(message.metadata().filename());
    const std::string contentType = checkContentType(message.metadata().content_type());

    // The content goes to an unnamed temp file, not memory (many uploads at once stay cheap)
    // and not the database (the writer lock is not held while a slow client sends).
    AnonymousTempFile file;
    storage::Sha256 hasher;
    std::int64_t size = 0;
    while (reader->Read(&message)) {
      if (!message.has_chunk()) {
        throw ApiError::invalidArgument("chunk", "CHUNK_EXPECTED",
                                        "Setelah metadata hanya boleh ada potongan isi.",
                                        "Only content chunks may follow the metadata.");
      }
      const std::string& chunk = message.chunk();
      if (chunk.size() > kChunkBytes) {
        throw ApiError::invalidArgument("chunk", "CHUNK_TOO_LARGE",
                                        "Setiap potongan isi paling besar 1 MiB.",
                                        "Each content chunk is at most 1 MiB.");
      }
      size += static_cast<std::int64_t>(chunk.size());
      if (size > m_maxBytes) { // refused at once: the rest is never read
        throw ApiError::invalidArgument(
            "chunk", "ATTACHMENT_TOO_LARGE",
            "Lampiran melebihi batas " + std::to_string(m_maxBytes) + " byte.",
            "The attachment exceeds the limit of " + std::to_string(m_maxBytes) + " bytes.");
      }
      hasher.update(chunk);
      file.append(chunk);
    }
    // Read() also returns false when the client gave up; a cut-off upload is not stored.
    if (context->IsCancelled()) {
      throw ApiError(grpc::StatusCode::CANCELLED, "", "CANCELLED", "Unggahan dibatalkan.",
                     "The upload was cancelled.");
    }
    if (size == 0) {
      throw ApiError::invalidArgument("chunk", "ATTACHMENT_EMPTY", "Lampiran tidak boleh kosong.",
                                      "An attachment must not be empty.");
    }
    const std::string digest = hasher.finishHex();

    const AttachmentRow stored = m_host.store().write([&](storage::Database& tx) {
      if (std::optional<AttachmentRow> existing = findAttachment(tx, digest)) {
        return *existing; // same content: nothing changes, nothing to audit
      }
      AttachmentRow row{digest, size, contentType, filename, toMillis(m_host.now()), who.userId};
      storage::Statement insert =
          tx.prepare("INSERT INTO core_attachments (sha256, size_bytes, content_type, filename, "
                     "create_time_ms, created_by) VALUES (?, ?, ?, ?, ?, ?)");
      insert.bindAll(row.sha256, row.sizeBytes, row.contentType, row.filename, row.createTimeMs,
                     who.userId);
      insert.run();

      storage::Statement chunkInsert =
          tx.prepare("INSERT INTO core_attachment_chunks (sha256, seq, data) VALUES (?, ?, ?)");
      std::vector<char> buffer(kChunkBytes);
      std::int64_t seq = 0;
      for (std::int64_t offset = 0; offset < size;
           offset += static_cast<std::int64_t>(kChunkBytes)) {
        const std::size_t n = file.readAt(offset, buffer.data(), buffer.size());
        if (n == 0) {
          throw std::runtime_error("upload temp file shorter than its content");
        }
        chunkInsert.reset();
        chunkInsert.bind(1, digest).bind(2, seq++);
        chunkInsert.bindBlob(3, std::span(reinterpret_cast<const std::uint8_t*>(buffer.data()), n));
        chunkInsert.run();
      }
      m_host.audit(tx, who,
                   AuditRecord{std::string(kUploadMethod),
                               std::string(kNamePrefix) + digest,
                               {"filename", "content_type", "size"},
                               ""});
      return row;
    });
    toProto(stored, response);
  });
}

grpc::Status AttachmentServiceImpl::DownloadAttachment(
    grpc::ServerContext* context, const v1::DownloadAttachmentRequest* request,
    grpc::ServerWriter<v1::DownloadAttachmentResponse>* writer) {
  return serve(m_host, context, [&](const Principal& who) {
    if (!who.holdsAnywhere(kReadPermission)) {
      throw ApiError::permissionDenied(kReadPermission);
    }
    const std::string digest = digestFromName(request->name());
    // A file the caller may not see answers exactly like a missing one.
    const std::optional<AttachmentRow> row =
        m_host.store().read([&](storage::Database& db) -> std::optional<AttachmentRow> {
          std::optional<AttachmentRow> found = findAttachment(db, digest);
          if (found && !mayDownload(m_host, db, who, *found)) {
            found.reset();
          }
          return found;
        });
    if (!row) {
      throw ApiError::notFound(std::string(kNamePrefix) + digest);
    }
    v1::DownloadAttachmentResponse message;
    toProto(*row, message.mutable_attachment());
    if (!writer->Write(message)) {
      return; // the client went away
    }

    // One short read per chunk, so a slow client never pins a reader connection (and its
    // snapshot) for the whole download. Chunks never change: the content is its own key.
    storage::Sha256 hasher;
    std::int64_t sent = 0;
    std::int64_t lastSeq = -1;
    for (;;) {
      std::optional<std::vector<std::uint8_t>> chunk = m_host.store().read(
          [&](storage::Database& db) -> std::optional<std::vector<std::uint8_t>> {
            storage::Statement stmt =
                db.prepare("SELECT seq, data FROM core_attachment_chunks "
                           "WHERE sha256 = ? AND seq > ? ORDER BY seq LIMIT 1");
            stmt.bindAll(digest, lastSeq);
            if (!stmt.step()) {
              return std::nullopt;
            }
            lastSeq = stmt.columnInt64(0);
            return stmt.columnBlob(1);
          });
      if (!chunk) {
        break;
      }
      const std::string_view bytes(reinterpret_cast<const char*>(chunk->data()), chunk->size());
      hasher.update(bytes);
      sent += static_cast<std::int64_t>(bytes.size());
      message.Clear();
      message.set_chunk(std::string(bytes));
      if (!writer->Write(message)) {
        return;
      }
    }
    // The client checks the digest too, but only the server can say the copy it holds is bad.
    if (sent != row->sizeBytes || hasher.finishHex() != digest) {
      throw dataLoss();
    }
  });
}

} // namespace simpul::server
