// simpulctl pmks recap: PmksService.GetRecap as CSV (for spreadsheets and scripts) or as a
// table (for people).
#include "pmks_cli.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <algorithm>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <ostream>

namespace simpul::pmks::cli {

namespace {

namespace v1 = simpul::pmks::v1;

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

void setStatus(const std::string& text, v1::GetRecapRequest& request) {
  static const std::pair<const char*, v1::RecordStatus> kStatuses[] = {
      {"draft", v1::RECORD_STATUS_DRAFT},       {"submitted", v1::RECORD_STATUS_SUBMITTED},
      {"verified", v1::RECORD_STATUS_VERIFIED}, {"validated", v1::RECORD_STATUS_VALIDATED},
      {"returned", v1::RECORD_STATUS_RETURNED},
  };
  if (text == "all") {
    request.set_all_statuses(true);
    return;
  }
  for (const auto& [name, status] : kStatuses) {
    if (text == name) {
      request.set_status(status);
      return;
    }
  }
  throw sdk::CliError::usage(
      "--status: expected draft, submitted, verified, validated, returned or all, got '" + text +
      "'");
}

std::string required(sdk::CliInvocation& call, std::string_view option) {
  auto value = call.value(option);
  if (!value || value->empty()) {
    throw sdk::CliError::usage(std::string(option) + " is required");
  }
  return *value;
}

void printCsv(std::ostream& out, const v1::GetRecapResponse& response) {
  out << "kode_wilayah,nama_wilayah,jenis_pmks,nama_jenis,laki_laki,perempuan,jumlah\n";
  for (const v1::RecapRow& row : response.rows()) {
    if (row.total() == 0) {
      continue;
    }
    out << csvField(row.wilayah_code()) << ',' << csvField(row.wilayah_name()) << ','
        << row.pmks_type() << ',' << csvField(row.pmks_type_name()) << ',' << row.male() << ','
        << row.female() << ',' << row.total() << '\n';
  }
}

std::string padded(const std::string& text, std::size_t width, bool right = false) {
  // Width in characters, not bytes: wilayah names are UTF-8.
  const auto length = static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
  const std::string fill(width > length ? width - length : 0, ' ');
  return right ? fill + text : text + fill;
}

void printTable(std::ostream& out, const v1::GetRecapResponse& response) {
  const std::vector<std::string> head = {"Kode", "Wilayah", "No", "Jenis PMKS", "L", "P", "Jumlah"};
  std::vector<std::vector<std::string>> rows;
  std::int64_t male = 0;
  std::int64_t female = 0;
  std::int64_t total = 0;
  for (const v1::RecapRow& row : response.rows()) {
    if (row.total() == 0) {
      continue;
    }
    rows.push_back({row.wilayah_code(), row.wilayah_name(), std::to_string(row.pmks_type()),
                    row.pmks_type_name(), std::to_string(row.male()), std::to_string(row.female()),
                    std::to_string(row.total())});
    male += row.male();
    female += row.female();
    total += row.total();
  }
  rows.push_back({"", "Jumlah / total", "", "", std::to_string(male), std::to_string(female),
                  std::to_string(total)});
  std::vector<std::size_t> widths(head.size());
  for (std::size_t c = 0; c < head.size(); ++c) {
    widths[c] = padded(head[c], 0).size();
    for (const auto& row : rows) {
      widths[c] = std::max(widths[c], row[c].size());
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      text += padded(cells[c], widths[c], c == 2 || c >= 4) + (c + 1 < cells.size() ? "  " : "");
    }
    text.erase(text.find_last_not_of(' ') + 1);
    out << text << '\n';
  };
  line(head);
  for (const auto& row : rows) {
    line(row);
  }
}

int recap(sdk::CliInvocation& call) {
  v1::GetRecapRequest request;
  request.set_wilayah_code(required(call, "--wilayah"));
  request.set_period(required(call, "--period"));
  if (const auto level = call.value("--level")) {
    request.set_level(parseLevel(*level));
  }
  if (const auto status = call.value("--status")) {
    setStatus(*status, request);
  }
  const std::string format = call.value("--format").value_or("table");
  if (format != "csv" && format != "table") {
    throw sdk::CliError::usage("--format: expected csv or table, got '" + format + "'");
  }

  auto stub = v1::PmksService::NewStub(call.channel());
  grpc::ClientContext context;
  call.prepare(context);
  v1::GetRecapResponse response;
  call.check(stub->GetRecap(&context, request, &response), context);
  if (format == "csv") {
    printCsv(call.out(), response);
  } else {
    printTable(call.out(), response);
  }
  return sdk::kCliExitOk;
}

} // namespace

sdk::CliCommand recapCommand() {
  return {
      .name = "pmks recap",
      .synopsis = "--wilayah CODE --period P [--level LEVEL] [--status STATUS] [--format F]",
      .summary = "PMKS counts per wilayah, type and sex for a period.",
      .details = "Without --level: the totals of CODE itself, one row per type. With --level:\n"
                 "one row per wilayah at that level below CODE and per type. Only non-zero\n"
                 "rows. Counts VALIDATED records unless --status says otherwise.\n"
                 "--format csv prints the header\n"
                 "kode_wilayah,nama_wilayah,jenis_pmks,nama_jenis,laki_laki,perempuan,jumlah\n"
                 "(jenis_pmks is the type's number, 1-26).\n",
      .options = {{"--wilayah", "CODE", "the wilayah (dotted or plain code); required"},
                  {"--period", "P", "the period: 2025 or 2025-S1; required"},
                  {"--level", "LEVEL", "provinsi, kabupaten, kecamatan or desa"},
                  {"--status", "STATUS",
                   "draft, submitted, verified, validated (default), returned or all"},
                  {"--format", "F", "csv or table (default)"}},
      .run = recap,
  };
}

} // namespace simpul::pmks::cli
