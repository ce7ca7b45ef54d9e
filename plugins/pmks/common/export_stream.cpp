// PMKS exports on the client side (see export_stream.h): record cells, the ExportRecords
// stream to a file, and recap tables to CSV, XLSX or PDF.
#include "export_stream.h"

#include <QDateTime>
#include <cstdio>
#include <grpcpp/channel.h>
#include <grpcpp/support/sync_stream.h>

namespace simpul::pmks {

namespace {

// An XLSX sheet holds 1,048,576 rows, the header being one of them.
constexpr std::int64_t kXlsxDataRows = 1048575;

constexpr std::pair<v1::RecordStatus, const char*> kStatusNames[] = {
    {v1::RECORD_STATUS_DRAFT, "draft"},       {v1::RECORD_STATUS_SUBMITTED, "submitted"},
    {v1::RECORD_STATUS_VERIFIED, "verified"}, {v1::RECORD_STATUS_VALIDATED, "validated"},
    {v1::RECORD_STATUS_RETURNED, "returned"},
};

std::string joined(const google::protobuf::RepeatedPtrField<std::string>& items) {
  std::string text;
  for (const auto& item : items) {
    text += (text.empty() ? "" : ";") + item;
  }
  return text;
}

std::string sexText(simpul::core::v1::Sex sex) {
  switch (sex) {
  case simpul::core::v1::SEX_MALE:
    return "L";
  case simpul::core::v1::SEX_FEMALE:
    return "P";
  default:
    return {};
  }
}

} // namespace

std::string isoDate(const simpul::core::v1::Date& date) {
  if (date.year() == 0) {
    return {};
  }
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
  return text;
}

const std::vector<std::string> kRecordHeader = {"nik",
                                                "no_kk",
                                                "nama",
                                                "jenis_kelamin",
                                                "tanggal_lahir",
                                                "kode_wilayah",
                                                "dusun",
                                                "rw",
                                                "rt",
                                                "jenis_pmks",
                                                "jenis_disabilitas",
                                                "periode",
                                                "keterangan",
                                                "nama_wilayah",
                                                "slug_pmks",
                                                "nama_komunitas",
                                                "kriteria",
                                                "kejadian_bencana",
                                                "status",
                                                "alasan_dikembalikan",
                                                "dicatat_oleh",
                                                "id_data"};

const std::vector<std::string> kRecapHeader = {
    "kode_wilayah", "nama_wilayah", "jenis_pmks", "nama_jenis", "laki_laki", "perempuan", "jumlah"};

std::string recordStatusName(v1::RecordStatus status) {
  for (const auto& [value, name] : kStatusNames) {
    if (value == status) {
      return name;
    }
  }
  return {};
}

std::vector<ExportCell> recordCells(const v1::Record& r) {
  const v1::Subject& s = r.subject();
  const v1::Location& l = r.location();
  return {s.nik(),
          s.no_kk(),
          s.full_name(),
          sexText(s.sex()),
          isoDate(s.birth_date()),
          l.wilayah_code(),
          l.dusun(),
          l.rw(),
          l.rt(),
          std::int64_t{r.pmks_type()},
          joined(r.disability_kinds()),
          r.period(),
          r.notes(),
          l.wilayah_name(),
          r.pmks_type_slug(),
          s.community_name(),
          joined(r.criteria()),
          r.disaster_event(),
          recordStatusName(r.status()),
          r.return_reason(),
          r.collected_by(),
          r.name()};
}

RecordExport exportRecordsToFile(const std::shared_ptr<grpc::ChannelInterface>& channel,
                                 grpc::ClientContext& context,
                                 const v1::ExportRecordsRequest& request, ExportFormat format,
                                 const std::string& path, const RecordExportHooks& hooks) {
  using Outcome = RecordExport::Outcome;
  RecordExport result;
  const auto cancelled = [&hooks] {
    return hooks.cancelled && hooks.cancelled();
  };
  std::unique_ptr<TableWriter> writer =
      TableWriter::create(format, path, kRecordHeader, "Data PMKS", &result.fileError);
  if (!writer) {
    result.outcome = Outcome::CannotCreate;
    return result;
  }
  auto stub = v1::PmksExportService::NewStub(channel);
  auto reader = stub->ExportRecords(&context, request);
  v1::Record record;
  bool stopped = false; // by us: the rest of the stream is drained, not written
  while (reader->Read(&record)) {
    if (stopped) {
      continue;
    }
    if (cancelled()) {
      result.outcome = Outcome::Cancelled;
    } else if (!writer->writeRow(recordCells(record))) {
      result.outcome = format == ExportFormat::Xlsx && result.rows >= kXlsxDataRows
                           ? Outcome::TooManyRows
                           : Outcome::WriteFailed;
      result.fileError = writer->error();
    } else {
      ++result.rows;
      if (hooks.progress && result.rows % kExportProgressStep == 0) {
        hooks.progress(result.rows);
      }
      continue;
    }
    stopped = true;
    context.TryCancel();
  }
  const grpc::Status status = reader->Finish();
  if (!stopped) {
    if (cancelled()) {
      // Also when the caller cancelled the context from elsewhere (the stream then ends
      // CANCELLED), or asked just as the last record arrived.
      result.outcome = Outcome::Cancelled;
    } else if (!status.ok()) {
      result.outcome = Outcome::ServerFailed;
      result.status = status;
    } else if (!writer->finish()) {
      result.outcome = Outcome::WriteFailed;
      result.fileError = writer->error();
    }
  }
  if (!result.ok()) {
    writer.reset(); // an unfinished XLSX writes its file when released: remove it after
    std::remove(path.c_str());
    return result;
  }
  if (hooks.progress) {
    hooks.progress(result.rows);
  }
  return result;
}

std::string recapLevelName(v1::RecapLevel level) {
  switch (level) {
  case v1::RECAP_LEVEL_PROVINSI:
    return "provinsi";
  case v1::RECAP_LEVEL_KABUPATEN:
    return "kabupaten";
  case v1::RECAP_LEVEL_KECAMATAN:
    return "kecamatan";
  case v1::RECAP_LEVEL_DESA:
    return "desa";
  default:
    return {};
  }
}

RecapTable recapTable(const v1::GetRecapRequest& request, const v1::GetRecapResponse& response) {
  RecapTable table;
  table.header = kRecapHeader;
  for (const v1::RecapRow& row : response.rows()) {
    if (row.total() == 0) {
      continue;
    }
    table.rows.push_back({row.wilayah_code(), row.wilayah_name(), std::int64_t{row.pmks_type()},
                          row.pmks_type_name(), std::int64_t{row.male()},
                          std::int64_t{row.female()}, std::int64_t{row.total()}});
  }
  table.wilayah = request.wilayah_code();
  table.period = request.period();
  if (request.all_statuses()) {
    table.status = "all";
  } else if (request.status() == v1::RECORD_STATUS_UNSPECIFIED) {
    table.status = "validated";
  } else {
    table.status = recordStatusName(request.status());
  }
  table.level = recapLevelName(request.level());
  table.date = QDateTime::currentDateTime().toString("yyyy-MM-dd HH:mm").toStdString();
  return table;
}

bool writeRecapFile(RecapFormat format, const std::string& path, const RecapTable& table,
                    std::string* error) {
  if (format == RecapFormat::Pdf) {
    if (!writeRecapPdf(path, table, error)) {
      std::remove(path.c_str());
      return false;
    }
    return true;
  }
  auto writer =
      TableWriter::create(format == RecapFormat::Xlsx ? ExportFormat::Xlsx : ExportFormat::Csv,
                          path, table.header, "Rekap PMKS", error);
  if (!writer) {
    return false;
  }
  for (const auto& row : table.rows) {
    if (!writer->writeRow(row)) {
      break; // finish() reports it
    }
  }
  if (!writer->finish()) {
    *error = writer->error();
    writer.reset();
    std::remove(path.c_str());
    return false;
  }
  return true;
}

} // namespace simpul::pmks
