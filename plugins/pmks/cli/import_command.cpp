// simpulctl pmks import FILE: reads a CSV or XLSX file with TableReader and streams it to
// PmksService.ImportRecords (import_stream.h, shared with the desktop's import wizard), with
// a progress line, a summary and the bad rows.
#include "import_file.h"
#include "import_stream.h"
#include "pmks_cli.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <memory>
#include <ostream>

namespace simpul::pmks::cli {

namespace {

namespace v1 = simpul::pmks::v1;

constexpr std::size_t kErrorsShown = 20;
// A whole file goes in one stream; 100,000 rows take minutes, not hours.
constexpr auto kImportDeadline = std::chrono::hours(2);

v1::RecordStatus parseStatus(const std::string& text) {
  if (text == "draft") {
    return v1::RECORD_STATUS_DRAFT;
  }
  if (text == "submitted") {
    return v1::RECORD_STATUS_SUBMITTED;
  }
  if (text == "verified") {
    return v1::RECORD_STATUS_VERIFIED;
  }
  if (text == "validated") {
    return v1::RECORD_STATUS_VALIDATED;
  }
  throw sdk::CliError::usage("--status: expected draft, submitted, verified or validated, got '" +
                             text + "'");
}

// "\r" rewrites one line on a terminal; a log gets a line every 10%.
class Progress {
public:
  Progress(std::ostream& err, bool terminal) : m_err(err), m_terminal(terminal) {}
  void update(double fraction, int rows) {
    const int percent = static_cast<int>(fraction * 100.0);
    if (m_terminal) {
      m_err << "\rmengimpor / importing… " << percent << "% (" << rows << " baris / rows)"
            << std::flush;
    } else if (percent / 10 > m_lastTenth) {
      m_lastTenth = percent / 10;
      m_err << "mengimpor / importing… " << percent << "% (" << rows << " baris / rows)\n";
    }
  }
  void finish() {
    if (m_terminal) {
      m_err << '\n';
    }
  }

private:
  std::ostream& m_err;
  bool m_terminal;
  int m_lastTenth = 0;
};

int importFile(sdk::CliInvocation& call) {
  const std::string path = call.positionals()[0];
  const v1::RecordStatus status = parseStatus(call.value("--status").value_or("draft"));
  // Opened first, so a wrong path fails before anything is imported.
  std::ofstream errorsFile;
  if (const auto errorsPath = call.value("--errors")) {
    errorsFile.open(*errorsPath, std::ios::binary | std::ios::trunc);
    if (!errorsFile) {
      throw sdk::CliError::failure("tidak dapat menulis / cannot write " + *errorsPath);
    }
  }
  std::string error;
  const std::unique_ptr<TableReader> reader = TableReader::open(path, &error);
  if (!reader) {
    throw sdk::CliError::failure(error);
  }

  const std::shared_ptr<grpc::Channel> channel = call.channel();
  grpc::ClientContext context;
  call.prepare(context, kImportDeadline);
  Progress progress(call.err(), call.errIsTerminal());
  ImportStreamOptions options;
  options.targetStatus = status;
  options.fileName = std::filesystem::path(path).filename().string();
  options.requestId = newImportRequestId();
  options.progress = [&progress](double fraction, int rows) {
    progress.update(fraction, rows);
  };
  const ImportStreamResult result = streamImport(*reader, channel, context, options);
  progress.finish();
  if (result.end == ImportStreamEnd::ReadFailed) {
    throw sdk::CliError::failure(result.readError +
                                 "\nimpor dihentikan; baris yang sudah terkirim mungkin sudah "
                                 "tersimpan / import stopped; rows already sent may be saved");
  }
  call.check(result.status, context);
  const v1::ImportRecordsResponse& response = result.response;

  call.out() << "dibaca / read:                 " << response.rows_read() << '\n'
             << "dibuat / created:              " << response.records_created() << '\n'
             << "sudah ada / existing:          " << response.records_existing() << '\n'
             << "orang baru / persons created:  " << response.persons_created() << '\n'
             << "gagal / failed:                " << response.rows_failed() << '\n';
  if (response.legacy_review_advised() > 0) {
    call.out() << "jenis lama, perlu ditinjau / legacy types to review: "
               << response.legacy_review_advised() << '\n';
  }

  const auto& errors = response.errors();
  for (int i = 0; i < errors.size() && static_cast<std::size_t>(i) < kErrorsShown; ++i) {
    const v1::RowError& e = errors[i];
    call.err() << "baris / line " << e.line() << (e.column().empty() ? "" : ", " + e.column())
               << ": " << e.message_id() << " / " << e.message_en() << " [" << e.reason() << "]\n";
  }
  if (static_cast<std::size_t>(errors.size()) > kErrorsShown || response.errors_truncated()) {
    call.err() << "… " << response.rows_failed() - static_cast<int>(kErrorsShown)
               << " kesalahan lain / more errors"
               << (errorsFile.is_open() ? " (lihat / see --errors)" : " (--errors FILE)") << '\n';
  }
  if (errorsFile.is_open()) {
    writeImportErrorReport(errorsFile, response);
    errorsFile.flush();
    if (!errorsFile) {
      throw sdk::CliError::failure("tidak dapat menulis / cannot write " + *call.value("--errors"));
    }
  }
  return response.rows_failed() == 0 ? sdk::kCliExitOk : sdk::kCliExitFailure;
}

} // namespace

sdk::CliCommand importCommand() {
  return {
      .name = "pmks import",
      .synopsis = "FILE [--status STATUS] [--errors OUT.csv]",
      .summary = "Import PMKS records from a CSV or XLSX file.",
      .details =
          "FILE follows the template: nik,no_kk,nama,jenis_kelamin,tanggal_lahir,kode_wilayah,\n"
          "dusun,rw,rt,jenis_pmks,jenis_disabilitas,periode,keterangan (any order, any case).\n"
          "Good rows are saved even when others fail; a record that already exists (same NIK,\n"
          "type and period) is counted, not created again, so importing a file twice is safe.\n"
          "Prints a summary; the first 20 bad rows go to stderr, all of them to --errors as\n"
          "CSV (baris,kolom,alasan). Exit status: 0 when no row failed, 1 when some did (or\n"
          "the import could not run), 2 for a wrong command line.\n",
      .options = {{"--status", "STATUS",
                   "draft (default); submitted, verified or validated: historical data, "
                   "Dinas Sosial only (pmks.record.validate)"},
                  {"--errors", "OUT.csv", "write every bad row here"}},
      .minPositionals = 1,
      .maxPositionals = 1,
      .run = importFile,
  };
}

} // namespace simpul::pmks::cli
