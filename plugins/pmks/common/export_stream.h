#pragma once

// The client half of PMKS exports, shared by simpulctl (pmks export) and the desktop
// (ExportJob): an ExportRecords stream written record by record to a CSV or XLSX file, and a
// GetRecap answer as a table written to CSV, XLSX or PDF. What is exported, and whether the
// NIK is masked, is the server's decision; this only turns records into cells and cells into
// files. Nothing here logs or prints record content.

#include "export_table.h"
#include "recap_pdf.h"
#include "simpul/pmks/v1/export.grpc.pb.h"
#include "simpul/pmks/v1/pmks_service.pb.h"

#include <cstdint>
#include <functional>
#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>
#include <memory>
#include <string>
#include <vector>

namespace simpul::pmks {

// The columns of a record export: the import template's first (nik..keterangan, so an
// export can be corrected and imported again), then what the server adds.
extern const std::vector<std::string> kRecordHeader;

// One record as the cells of kRecordHeader (text stays text; only jenis_pmks is a number).
std::vector<ExportCell> recordCells(const v1::Record& record);

// "draft", "submitted", "verified", "validated", "returned"; "" for UNSPECIFIED.
std::string recordStatusName(v1::RecordStatus status);

// "1980-05-17", as the import template writes dates; "" for an unset date (year 0).
std::string isoDate(const simpul::core::v1::Date& date);

// progress() is called with the rows written so far every this many rows, and at the end.
constexpr std::int64_t kExportProgressStep = 100;

struct RecordExportHooks {
  // On the calling thread (the one that reads the stream).
  std::function<void(std::int64_t rowsWritten)> progress;
  // Asked before each record is written and once more at the end; true stops the export
  // (the call is cancelled, the file removed). A caller on another thread may also cancel
  // the context itself: the stream then ends, and this decides that it was a cancellation.
  std::function<bool()> cancelled;
};

struct RecordExport {
  enum class Outcome {
    Done,
    Cancelled,
    ServerFailed, // `status` (the ClientContext holds its ErrorDetail)
    CannotCreate, // the file could not be created (`fileError`)
    WriteFailed,  // writing or completing the file failed (`fileError`)
    TooManyRows,  // more records than an XLSX sheet holds (`fileError`)
  };
  Outcome outcome = Outcome::Done;
  std::int64_t rows = 0; // records written
  grpc::Status status;
  std::string fileError; // TableWriter's text: "<Indonesian> / <English>"

  bool ok() const { return outcome == Outcome::Done; }
};

// Runs ExportRecords(request) on `channel` with `context` (its deadline and credentials are
// the caller's) and writes every record it streams to `path` as `format`, replacing the file.
// The file is created before the call, so a path that cannot be written costs no call; on
// any outcome but Done it is removed, so no half-written file is mistaken for an export.
RecordExport exportRecordsToFile(const std::shared_ptr<grpc::ChannelInterface>& channel,
                                 grpc::ClientContext& context,
                                 const v1::ExportRecordsRequest& request, ExportFormat format,
                                 const std::string& path, const RecordExportHooks& hooks = {});

// The columns of a recap export.
extern const std::vector<std::string> kRecapHeader;

// "provinsi", "kabupaten", "kecamatan", "desa"; "" for the totals of the wilayah itself.
std::string recapLevelName(v1::RecapLevel level);

// A recap as a table: the rows with a non-zero total, in the answer's order (kode_wilayah,
// nama_wilayah, jenis_pmks, nama_jenis, laki_laki, perempuan, jumlah), and what the PDF
// prints above them, from the request: the wilayah code, the period, the status
// ("validated" when unspecified, "all" for every status), the level, and the time now.
RecapTable recapTable(const v1::GetRecapRequest& request, const v1::GetRecapResponse& response);

enum class RecapFormat { Csv, Xlsx, Pdf };

// Writes `table` to `path` (replacing it). False with `error` set ("<Indonesian> /
// <English>") and no file left behind when it cannot.
bool writeRecapFile(RecapFormat format, const std::string& path, const RecapTable& table,
                    std::string* error);

} // namespace simpul::pmks
