// simpulctl pmks export records|recap: the records of a filter (PmksExportService) or a recap
// (PmksService.GetRecap) written to a CSV, XLSX or (recap only) PDF file.
#include "export_stream.h"
#include "pmks_cli.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

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
  grpc::ClientContext context;
  // A whole kab/kota takes a while; the server streams in short reads, so only the client
  // waits this long.
  call.prepare(context, std::chrono::seconds(3600));
  const RecordExport result =
      exportRecordsToFile(call.channel(), context, request, tableFormat(target.format), target.out);
  if (result.outcome == RecordExport::Outcome::ServerFailed) {
    call.check(result.status, context);
  }
  if (!result.ok()) {
    throw sdk::CliError::failure(result.fileError);
  }
  call.err() << result.rows << " data diekspor / records exported → " << target.out << '\n';
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

  RecapTable table = recapTable(request, response);
  table.status = statusLabel;
  table.level = call.value("--level").value_or("");
  std::string error;
  const RecapFormat format = target.format == "pdf"    ? RecapFormat::Pdf
                             : target.format == "xlsx" ? RecapFormat::Xlsx
                                                       : RecapFormat::Csv;
  if (!writeRecapFile(format, target.out, table, &error)) {
    throw sdk::CliError::failure(error);
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
