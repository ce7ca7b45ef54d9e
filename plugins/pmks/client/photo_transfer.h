#pragma once

// The halves of the record photos that run on a ClientSession pool thread (RecordPhotoList
// dispatches them): reading and checking a local file, then UploadAttachment; and
// DownloadAttachment into memory with the checks of what arrived.

#include "client/qt/call_status.h"

#include <QByteArray>
#include <QString>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <memory>

namespace simpul::pmks::ui {

// The largest photo the desktop uploads (the server's own limit is larger).
inline constexpr qint64 kMaxPhotoBytes = 8 * 1024 * 1024;

// Why a photo could not be added or shown, apart from what the server says.
enum class PhotoProblem {
  None,
  Missing,        // no such file
  Empty,          // an empty file
  TooLarge,       // larger than kMaxPhotoBytes
  NotImage,       // not a JPEG or PNG by its content
  Unreadable,     // the file cannot be read
  Damaged,        // a download that does not match its SHA-256
  TooLargeToShow, // a download beyond what the desktop keeps in memory
  NotShowable     // an attachment that is no image
};

struct PhotoUpload {
  PhotoProblem problem = PhotoProblem::None;
  qint64 size = 0;  // of the file, when known
  QByteArray bytes; // the file, to show it without downloading it again
  simpul::client::CallStatus status;
  QString name; // "attachments/<sha256>"
};

struct PhotoDownload {
  PhotoProblem problem = PhotoProblem::None;
  QByteArray bytes;
  simpul::client::CallStatus status;
};

// The SHA-256 of an attachment name "attachments/<64 lowercase hex>", "" for another name.
QString photoKey(const QString& name);

// Reads and checks the file at `path` (JPEG or PNG by content, at most kMaxPhotoBytes), then
// streams it to UploadAttachment on `context`.
PhotoUpload uploadPhoto(const QString& path, grpc::ClientContext& context,
                        const std::shared_ptr<grpc::Channel>& channel);

// DownloadAttachment of `name` on `context`; checks that the bytes are the content of `key`
// and an image Qt can decode.
PhotoDownload downloadPhoto(const QString& name, const QString& key, grpc::ClientContext& context,
                            const std::shared_ptr<grpc::Channel>& channel);

} // namespace simpul::pmks::ui
