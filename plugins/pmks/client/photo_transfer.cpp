#include "photo_transfer.h"

#include "simpul/core/v1/attachment.grpc.pb.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <algorithm>
#include <string_view>

namespace simpul::pmks::ui {

namespace core = simpul::core::v1;

namespace {

constexpr std::string_view kNamePrefix = "attachments/";
constexpr qsizetype kChunkBytes = 256 * 1024;
// Another client may attach up to the server's limit (16 MiB by default).
constexpr qint64 kMaxDownloadBytes = 64 * 1024 * 1024;

// By content, not by the file's name: "image/png", "image/jpeg" or "".
QByteArray contentTypeOf(const QByteArray& bytes) {
  if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
    return QByteArrayLiteral("image/png");
  }
  if (bytes.startsWith("\xff\xd8\xff")) {
    return QByteArrayLiteral("image/jpeg");
  }
  return {};
}

bool decodable(QByteArray bytes) {
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::ReadOnly);
  return QImageReader(&buffer).canRead();
}

} // namespace

QString photoKey(const QString& name) {
  const auto prefix = static_cast<qsizetype>(kNamePrefix.size());
  if (name.size() != prefix + 64 || !name.startsWith(QLatin1String(kNamePrefix.data(), prefix))) {
    return {};
  }
  const QString key = name.mid(prefix);
  const bool hex = std::all_of(key.begin(), key.end(), [](QChar c) {
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
  });
  return hex ? key : QString();
}

PhotoUpload uploadPhoto(const QString& path, grpc::ClientContext& context,
                        const std::shared_ptr<grpc::Channel>& channel) {
  PhotoUpload out;
  const QFileInfo info(path);
  if (!info.isFile()) {
    out.problem = PhotoProblem::Missing;
    return out;
  }
  out.size = info.size();
  if (out.size > kMaxPhotoBytes) {
    out.problem = PhotoProblem::TooLarge;
    return out;
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    out.problem = PhotoProblem::Unreadable;
    return out;
  }
  // One byte more than allowed tells a file that grew since it was measured.
  out.bytes = file.read(kMaxPhotoBytes + 1);
  out.size = out.bytes.size();
  if (file.error() != QFileDevice::NoError) {
    out.problem = PhotoProblem::Unreadable;
  } else if (out.bytes.isEmpty()) {
    out.problem = PhotoProblem::Empty;
  } else if (out.size > kMaxPhotoBytes) {
    out.problem = PhotoProblem::TooLarge;
  } else if (contentTypeOf(out.bytes).isEmpty() || !decodable(out.bytes)) {
    out.problem = PhotoProblem::NotImage;
  }
  if (out.problem != PhotoProblem::None) {
    out.bytes.clear();
    return out;
  }

  core::Attachment stored;
  auto writer = core::AttachmentService::NewStub(channel)->UploadAttachment(&context, &stored);
  core::UploadAttachmentRequest message;
  message.mutable_metadata()->set_filename(info.fileName().toStdString());
  message.mutable_metadata()->set_content_type(contentTypeOf(out.bytes).toStdString());
  bool open = writer->Write(message);
  for (qsizetype offset = 0; open && offset < out.bytes.size(); offset += kChunkBytes) {
    const qsizetype n = std::min(kChunkBytes, out.bytes.size() - offset);
    message.set_chunk(out.bytes.constData() + offset, static_cast<std::size_t>(n));
    open = writer->Write(message); // false: the server has answered already (a refusal)
  }
  writer->WritesDone();
  out.status = simpul::client::callStatus(writer->Finish(), context);
  out.name = QString::fromStdString(stored.name());
  return out;
}

PhotoDownload downloadPhoto(const QString& name, const QString& key, grpc::ClientContext& context,
                            const std::shared_ptr<grpc::Channel>& channel) {
  PhotoDownload out;
  core::DownloadAttachmentRequest request;
  request.set_name(name.toStdString());
  auto reader = core::AttachmentService::NewStub(channel)->DownloadAttachment(&context, request);
  core::DownloadAttachmentResponse message;
  while (reader->Read(&message)) {
    if (!message.has_chunk() || out.problem != PhotoProblem::None) {
      continue; // the metadata; or draining after a cancel
    }
    const std::string& chunk = message.chunk();
    if (out.bytes.size() + static_cast<qint64>(chunk.size()) > kMaxDownloadBytes) {
      out.problem = PhotoProblem::TooLargeToShow;
      context.TryCancel();
      continue;
    }
    out.bytes.append(chunk.data(), static_cast<qsizetype>(chunk.size()));
  }
  out.status = simpul::client::callStatus(reader->Finish(), context);
  if (out.problem == PhotoProblem::None && out.status.ok()) {
    // The name is the content's SHA-256: a copy that does not match it is not the photo.
    const QByteArray digest =
        QCryptographicHash::hash(out.bytes, QCryptographicHash::Sha256).toHex();
    if (QString::fromLatin1(digest) != key) {
      out.problem = PhotoProblem::Damaged;
    } else if (!decodable(out.bytes)) {
      out.problem = PhotoProblem::NotShowable;
    }
  }
  if (out.problem != PhotoProblem::None) {
    out.bytes.clear();
  }
  return out;
}

} // namespace simpul::pmks::ui
