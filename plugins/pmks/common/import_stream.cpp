// Streaming a TableReader to PmksService.ImportRecords, and the error report (see
// import_stream.h).
#include "import_stream.h"

#include "export_table.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <random>
#include <sstream>

namespace simpul::pmks {

namespace v1 = simpul::pmks::v1;

ImportStreamResult streamImport(TableReader& reader, const std::shared_ptr<grpc::Channel>& channel,
                                grpc::ClientContext& context, const ImportStreamOptions& options) {
  ImportStreamResult result;
  auto stub = v1::PmksService::NewStub(channel);
  const auto writer = stub->ImportRecords(&context, &result.response);

  v1::ImportRecordsRequest first;
  v1::ImportOptions* header = first.mutable_options();
  header->set_request_id(options.requestId);
  header->set_target_status(options.targetStatus);
  for (const std::string& column : reader.header()) {
    header->add_columns(column);
  }
  header->set_file_name(options.fileName);
  bool streaming = writer->Write(first);

  double reported = 0.0;
  auto report = [&](double fraction) {
    // A reader's estimate never goes back on screen.
    reported = std::clamp(fraction, reported, 1.0);
    if (options.progress) {
      options.progress(reported, result.rowsSent);
    }
  };
  auto stop = [&](ImportStreamEnd end) {
    // Batches already sent may be saved; importing the file again creates nothing twice.
    context.TryCancel();
    result.status = writer->Finish();
    result.end = end;
    return result;
  };

  v1::ImportRecordsRequest batch;
  auto flush = [&] {
    if (streaming && batch.rows().rows_size() > 0) {
      streaming = writer->Write(batch);
      result.rowsSent += batch.rows().rows_size();
      report(reader.progress());
    }
    batch.Clear();
  };
  TableRow row;
  while (streaming && reader.next(row)) {
    v1::ImportRow* out = batch.mutable_rows()->add_rows();
    out->set_line(row.line);
    for (std::string& value : row.values) {
      out->add_values(std::move(value));
    }
    if (batch.rows().rows_size() >= kImportRowsPerMessage) {
      if (options.cancelled && options.cancelled()) {
        return stop(ImportStreamEnd::Cancelled);
      }
      flush();
    }
  }
  if (streaming && !reader.error().empty()) {
    result.readError = reader.error();
    return stop(ImportStreamEnd::ReadFailed);
  }
  if (streaming && batch.rows().rows_size() > 0 && options.cancelled && options.cancelled()) {
    return stop(ImportStreamEnd::Cancelled);
  }
  flush();
  if (streaming) {
    if (reported < 1.0) {
      report(1.0);
    }
    writer->WritesDone();
  }
  result.status = writer->Finish();
  return result;
}

std::string newImportRequestId() {
  std::random_device random;
  std::ostringstream id;
  for (int i = 0; i < 4; ++i) {
    id << std::hex << std::setw(8) << std::setfill('0') << random();
  }
  return id.str();
}

void writeImportErrorReport(std::ostream& out, const v1::ImportRecordsResponse& response) {
  out << "baris,kolom,alasan\r\n";
  for (const v1::RowError& e : response.errors()) {
    out << e.line() << ',' << csvQuoted(e.column()) << ','
        << csvQuoted(e.message_id() + " [" + e.reason() + "]") << "\r\n";
  }
  if (response.errors_truncated()) {
    out << ",,\"daftar dipotong pada 10.000 kesalahan / list cut at 10,000 errors\"\r\n";
  }
}

bool saveImportErrorReport(const std::string& path, const v1::ImportRecordsResponse& response,
                           std::string* error) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (file) {
    writeImportErrorReport(file, response);
    file.flush();
  }
  if (!file) {
    if (error != nullptr) {
      *error = "tidak dapat menulis / cannot write " + path;
    }
    return false;
  }
  return true;
}

} // namespace simpul::pmks
