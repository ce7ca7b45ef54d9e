#pragma once

// The gRPC half of importing a file, shared by `simpulctl pmks import` and the desktop import
// wizard: a TableReader streamed to PmksService.ImportRecords (the options first, then the
// rows in messages of kImportRowsPerMessage) with a progress callback and a cancellation
// check between messages, and the error report both write (CSV `baris,kolom,alasan`).

#include "import_file.h"
#include "simpul/pmks/v1/pmks_service.pb.h"

#include <functional>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>
#include <memory>
#include <ostream>
#include <string>

namespace simpul::pmks {

inline constexpr int kImportRowsPerMessage = 500;

struct ImportStreamOptions {
  simpul::pmks::v1::RecordStatus targetStatus = simpul::pmks::v1::RECORD_STATUS_DRAFT;
  std::string fileName;  // the file's name without its folder (the audit log shows it)
  std::string requestId; // names the import in the audit log (newImportRequestId())
  // After each message of rows: how far the file has been read (0..1, never decreasing,
  // 1 after the last row) and how many rows were sent. Called on the streaming thread.
  std::function<void(double fraction, int rowsSent)> progress;
  // Asked before each message of rows; true stops the import (the call is cancelled).
  std::function<bool()> cancelled;
};

enum class ImportStreamEnd {
  Finished,   // the server answered: `status`, and `response` when it is OK
  Cancelled,  // cancelled() said stop; the rows already sent may be saved
  ReadFailed, // the file could not be read to its end (`readError`); the same holds
};

struct ImportStreamResult {
  ImportStreamEnd end = ImportStreamEnd::Finished;
  grpc::Status status;
  simpul::pmks::v1::ImportRecordsResponse response;
  int rowsSent = 0;
  std::string readError; // "<Indonesian> / <English>", for ReadFailed
};

// Runs one ImportRecords call on `channel` with `context` (its token and deadline already
// set) and returns when the server has answered or the import stopped. `reader` is read from
// where it is (a fresh reader: its first row).
ImportStreamResult streamImport(TableReader& reader, const std::shared_ptr<grpc::Channel>& channel,
                                grpc::ClientContext& context, const ImportStreamOptions& options);

// 32 random hex digits.
std::string newImportRequestId();

// The error report: `baris,kolom,alasan` then one line per bad row (the column, the
// Indonesian message and the reason code in brackets), CRLF line ends, and a last line when
// the server cut the list short.
void writeImportErrorReport(std::ostream& out,
                            const simpul::pmks::v1::ImportRecordsResponse& response);
// The report written to `path` (replaced). False with `error` set ("<Indonesian> /
// <English>") when it cannot be written.
bool saveImportErrorReport(const std::string& path,
                           const simpul::pmks::v1::ImportRecordsResponse& response,
                           std::string* error);

} // namespace simpul::pmks
