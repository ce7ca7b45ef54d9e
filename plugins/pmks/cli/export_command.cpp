// simpulctl pmks export records|recap: the records of a filter (PmksExportService) or a recap
// (PmksService.GetRecap) written to a CSV, XLSX or (recap only) PDF file.
#include "export_table.h"
#include "pmks_cli.h"
#include "recap_pdf.h"
#include "simpul/pmks/v1/export.grpc.pb.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <QDateTime>
#include <cstdio>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <ostream>

namespace simpul::pmks::cli {

namespace {

namespace v1 = simpul::pmks::v1;

constexpr std::pair<const char*, v1::RecordStatus> kStatuses[] = {
    {"draft", v1::RECORD_STATUS_DRAFT},       {"submitted", v1::RECORD_STATUS_SUBMITTED},
    {"verified", v1::RECORD_STATUS_VERIFIED}, {"validated", v1::RECORD_STATUS_VALIDATED},
    {"returned", v1::RECORD_STATUS_RETURNED},
};

std::string statusText(v1::RecordStatus status) {
  for (const auto& [name, value] : kStatuses) {
    if (value == status) {
      return name;
    }
  }
  return {};
}

std::string required(sdk::CliInvocation& call, std::string_view option) {
  auto value = call.value(option);
  if (!value || value->empty()) {
    throw sdk::CliError::usage(std::string(option) + " is required");
  }
  return *value;
}

v1::RecordStatus parseStatus(const std::string& text) {
  for (const auto& [name, status] : kStatuses) {
    if (text == name) {
      return status;
    }
  }
  throw sdk::CliError::usage(
      "--status: expected draft, submitted, verified, validated or returned, got '" + text + "'");
}

v1::RecapLevel parseLevel(const std::string& text) {
  if (text == "provinsi") {
    return v1::RECAP_LEVEL_PROVINSI;
  }
  if (text == "kabupaten" || text == "kota") {
    return v1::RECAP_LEVEL_KABUPATEN;
  }
  if (text == "kecamatan") {
    return v1::RECAP_LEVEL_KECAMATAN;
  }
  if (text == "desa" || text == "kelurahan") {
    return v1::RECAP_LEVEL_DESA;
  }
  throw sdk::CliError::usage("--level: expected provinsi, kabupaten, kecamatan or desa, got '" +
                             text + "'");
}

std::string isoDate(const simpul::core::v1::Date& date) {
  if (date.year() == 0) {
    return {};
  }
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
  return text;
}

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

// The import template's columns first (nik..keterangan, so an export can be edited and
// imported again), then what the server adds.
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
          statusText(r.status()),
          r.return_reason(),
          r.collected_by(),
          r.name()};
}

struct Target {
  std::string kind; // records | recap
  std::string format;
  std::string out;
};

ExportFormat tableFormat(const std::string& format) {
  return format == "xlsx" ? ExportFormat::Xlsx : ExportFormat::Csv;
}

int exportRecords(sdk::CliInvocation& call, const Target& target) {
  if (target.format == "pdf") {
    throw sdk::CliError::usage("--format pdf is for recaps only; records: csv or xlsx");
  }
  if (call.value("--level")) {
    throw sdk::CliError::usage("--level is for recaps only");
  }
  v1::ExportRecordsRequest request;
  v1::RecordFilter& filter = *request.mutable_filter();
  filter.set_wilayah_code(call.value("--wilayah").value_or(""));
  filter.set_period(call.value("--period").value_or(""));
  if (const auto type = call.value("--type")) {
    int order = 0;
    try {
      order = std::stoi(*type);
    } catch (const std::exception&) {
    }
    if (order < 1 || order > 26) {
      throw sdk::CliError::usage("--type: expected a PMKS type number 1-26, got '" + *type + "'");
    }
    filter.set_pmks_type(order);
  }
  if (const auto status = call.value("--status")) {
    filter.set_status(parseStatus(*status));
  }
  std::string error;
  auto writer = TableWriter::create(tableFormat(target.format), target.out, kRecordHeader,
                                    "Data PMKS", &error);
  if (!writer) {
    throw sdk::CliError::failure(error);
  }
  auto stub = v1::PmksExportService::NewStub(call.channel());
  grpc::ClientContext context;
  // A whole kab/kota takes a while; the server streams in short reads, so only the client
  // waits this long.
  call.prepare(context, std::chrono::seconds(3600));
  auto reader = stub->ExportRecords(&context, request);
  v1::Record record;
  std::int64_t count = 0;
  bool written = true;
  while (reader->Read(&record)) {
    if (written && !writer->writeRow(recordCells(record))) {
      written = false;
      context.TryCancel();
    }
    ++count;
  }
  const grpc::Status status = reader->Finish();
  if (!written) {
    throw sdk::CliError::failure(writer->error());
  }
  call.check(status, context);
  if (!writer->finish()) {
    throw sdk::CliError::failure(writer->error());
  }
  call.err() << count << " data diekspor / records exported → " << target.out << '\n';
  return sdk::kCliExitOk;
}

int exportRecap(sdk::CliInvocation& call, const Target& target) {
  v1::GetRecapRequest request;
  request.set_wilayah_code(required(call, "--wilayah"));
  request.set_period(required(call, "--period"));
  if (const auto level = call.value("--level")) {
    request.set_level(parseLevel(*level));
  }
  std::string statusLabel = "validated";
  if (const auto status = call.value("--status")) {
    statusLabel = *status;
    if (*status == "all") {
      request.set_all_statuses(true);
    } else {
      request.set_status(parseStatus(*status));
    }
  }
  if (call.value("--type")) {
    throw sdk::CliError::usage("--type is for records only");
  }
  auto stub = v1::PmksService::NewStub(call.channel());
  grpc::ClientContext context;
  call.prepare(context);
  v1::GetRecapResponse response;
  call.check(stub->GetRecap(&context, request, &response), context);

  RecapTable table;
  table.header = {"kode_wilayah", "nama_wilayah", "jenis_pmks", "nama_jenis",
                  "laki_laki",    "perempuan",    "jumlah"};
  for (const v1::RecapRow& row : response.rows()) {
    if (row.total() == 0) {
      continue;
    }
    table.rows.push_back({row.wilayah_code(), row.wilayah_name(), std::int64_t{row.pmks_type()},
                          row.pmks_type_name(), std::int64_t{row.male()},
                          std::int64_t{row.female()}, std::int64_t{row.total()}});
  }
  if (target.format == "pdf") {
    table.wilayah = request.wilayah_code();
    table.period = request.period();
    table.status = statusLabel;
    table.level = call.value("--level").value_or("");
    table.date = QDateTime::currentDateTime().toString("yyyy-MM-dd HH:mm").toStdString();
    std::string error;
    if (!writeRecapPdf(target.out, table, &error)) {
      throw sdk::CliError::failure(error);
    }
  } else {
    std::string error;
    auto writer = TableWriter::create(tableFormat(target.format), target.out, table.header,
                                      "Rekap PMKS", &error);
    if (!writer) {
      throw sdk::CliError::failure(error);
    }
    for (const auto& row : table.rows) {
      writer->writeRow(row);
    }
    if (!writer->finish()) {
      throw sdk::CliError::failure(writer->error());
    }
  }
  call.err() << table.rows.size() << " baris rekap / recap rows → " << target.out << '\n';
  return sdk::kCliExitOk;
}

int exportRun(sdk::CliInvocation& call) {
  Target target;
  target.kind = call.positionals().at(0);
  if (target.kind != "records" && target.kind != "recap") {
    throw sdk::CliError::usage("expected 'records' or 'recap', got '" + target.kind + "'");
  }
  target.format = required(call, "--format");
  if (target.format != "csv" && target.format != "xlsx" && target.format != "pdf") {
    throw sdk::CliError::usage("--format: expected csv, xlsx or pdf, got '" + target.format + "'");
  }
  target.out = required(call, "--out");
  try {
    return target.kind == "records" ? exportRecords(call, target) : exportRecap(call, target);
  } catch (...) {
    // No half-written file is left behind to be mistaken for a complete export.
    std::remove(target.out.c_str());
    throw;
  }
}

} // namespace

sdk::CliCommand exportCommand() {
  return {
      .name = "pmks export",
      .synopsis = "records|recap --format F --out FILE [--wilayah CODE] [--period P] "
                  "[--type N] [--status S] [--level LEVEL]",
      .summary = "Write PMKS records or a recap to a CSV, XLSX or PDF file.",
      .details =
          "records: every record of the filter that you may read and export\n"
          "(pmks.record.export), newest first; --format csv or xlsx. The first columns are\n"
          "the import template's, so the file can be corrected and imported again. The NIK\n"
          "is masked unless you may see it (core.person.read_nik).\n"
          "recap: as `pmks recap` (--wilayah and --period required; VALIDATED unless --status\n"
          "says otherwise, `all` for every status); --format csv, xlsx or pdf (a printable\n"
          "table with the wilayah, the period and the date).\n"
          "CSV files are UTF-8 with a byte order mark, so that Excel shows names right.\n",
      .options = {{"--format", "F", "csv, xlsx or pdf (recap only); required"},
                  {"--out", "FILE", "the file to write (replaced); required"},
                  {"--wilayah", "CODE", "records: this wilayah and below; recap: required"},
                  {"--period", "P", "2025 or 2025-S1; required for recap"},
                  {"--type", "N", "records: only type N (1-26)"},
                  {"--status", "S",
                   "draft, submitted, verified, validated or returned (recap: also all)"},
                  {"--level", "LEVEL", "recap: provinsi, kabupaten, kecamatan or desa"}},
      .minPositionals = 1,
      .maxPositionals = 1,
      .run = exportRun,
  };
}

} // namespace simpul::pmks::cli
