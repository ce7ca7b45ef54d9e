// export_stream (shared by simpulctl pmks export and the desktop's ExportJob) against a real
// simpul-data with the pmks plugin: every record of a filter reaches the file (read back
// with TableReader) with progress along the way, the NIK is masked for a user without
// core.person.read_nik, and a cancelled, refused or unwritable export leaves no file. The
// recap helpers: the table of a GetRecap answer and its CSV, XLSX and PDF files.
#include "export_stream.h"
#include "import_file.h"
#include "pmks_fixture.h"
#include "read_table.h"
#include "storage/database.h"
#include "test_support.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>

namespace simpul::testing {
namespace {

namespace v1 = simpul::pmks::v1;
using pmks::ExportFormat;
using pmks::RecordExport;
using Outcome = pmks::RecordExport::Outcome;

class PmksExportStream : public PmksFixture {
protected:
  std::string nik(int serial, bool female = false) {
    return nikFor(kKecamatan, 1980, 5, 17, female, serial);
  }

  RecordExport run(const std::string& token, const v1::RecordFilter& filter, ExportFormat format,
                   const std::string& path, const pmks::RecordExportHooks& hooks = {}) {
    auto ctx = context(token);
    v1::ExportRecordsRequest request;
    *request.mutable_filter() = filter;
    return pmks::exportRecordsToFile(channel(), *ctx, request, format, path, hooks);
  }

  static std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }

  static bool exists(const std::string& path) { return std::filesystem::exists(path); }

  TempDir m_dir;
};

TEST_F(PmksExportStream, WritesEveryRecordOfTheFilterWithProgress) {
  // 205 records of 2024 in the desa and one of another period that the filter leaves out.
  constexpr int kCount = 205;
  std::set<std::string> created;
  for (int i = 1; i <= kCount; ++i) {
    created.insert(
        mustCreate(dinsosToken(), personRecord(i % 2 == 0 ? 11 : 12, nik(i, i % 3 == 0), "2024"))
            .name());
  }
  mustCreate(dinsosToken(), personRecord(11, nik(kCount + 1), "2023"));
  v1::RecordFilter filter;
  filter.set_wilayah_code(kKabupaten);
  filter.set_period("2024");

  for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
    const std::string path = m_dir.file(format == ExportFormat::Csv ? "data.csv" : "data.xlsx");
    std::vector<std::int64_t> progress;
    pmks::RecordExportHooks hooks;
    hooks.progress = [&progress](std::int64_t rows) {
      progress.push_back(rows);
    };
    const RecordExport result = run(dinsosToken(), filter, format, path, hooks);
    ASSERT_TRUE(result.ok()) << result.fileError << result.status.error_message();
    EXPECT_EQ(result.rows, kCount);
    EXPECT_EQ(progress, (std::vector<std::int64_t>{100, 200, 205}));

    const auto rows = readTable(path);
    ASSERT_EQ(rows.size(), static_cast<std::size_t>(kCount + 1));
    EXPECT_EQ(rows[0], pmks::kRecordHeader);
    std::set<std::string> names;
    std::set<std::string> niks;
    for (std::size_t i = 1; i < rows.size(); ++i) {
      names.insert(rows[i][21]);
      niks.insert(rows[i][0]);
      EXPECT_EQ(rows[i][11], "2024");
      EXPECT_EQ(rows[i][5], kDesa);
    }
    EXPECT_EQ(names, created) << "each record once";
    EXPECT_EQ(niks.count(nik(1)), 1u) << "dinsos reads whole NIKs";
    // Newest first, as the list shows them.
    EXPECT_EQ(rows[1][0], nik(kCount, kCount % 3 == 0));
  }
}

TEST_F(PmksExportStream, MasksTheNikForAUserWithoutReadNik) {
  // pmks.record.export for the psm role (the default roles give it to dinsos only), who does
  // not hold core.person.read_nik. Before the psm logs in.
  {
    auto db = storage::Database::open(dbPath());
    db.exec("INSERT INTO core_role_permissions (role, permission) VALUES ('psm', "
            "'pmks.record.export')");
  }
  const v1::Record record = mustCreate(psmToken(), personRecord(11, nik(7)));
  const std::string path = m_dir.file("psm.csv");
  const RecordExport result = run(psmToken(), {}, ExportFormat::Csv, path);
  ASSERT_TRUE(result.ok()) << result.fileError << result.status.error_message();
  const auto rows = readTable(path);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][21], record.name());
  EXPECT_NE(rows[1][0], nik(7));
  EXPECT_NE(rows[1][0].find('*'), std::string::npos) << "masked";
  EXPECT_EQ(slurp(path).find(nik(7)), std::string::npos) << "the whole NIK is nowhere";
}

TEST_F(PmksExportStream, CancellingLeavesNoFile) {
  for (int i = 1; i <= 30; ++i) {
    mustCreate(dinsosToken(), personRecord(11, nik(i)));
  }
  for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
    const std::string path =
        m_dir.file(format == ExportFormat::Csv ? "cancelled.csv" : "cancelled.xlsx");
    int asked = 0;
    pmks::RecordExportHooks hooks;
    hooks.cancelled = [&asked] {
      return ++asked > 10; // after ten records
    };
    const RecordExport result = run(dinsosToken(), {}, format, path, hooks);
    EXPECT_EQ(result.outcome, Outcome::Cancelled);
    EXPECT_EQ(result.rows, 10);
    EXPECT_FALSE(exists(path));
  }

  // Cancelled from elsewhere (the desktop's Batal cancels the context): the same.
  const std::string path = m_dir.file("context.csv");
  auto ctx = context(dinsosToken());
  ctx->TryCancel();
  pmks::RecordExportHooks hooks;
  hooks.cancelled = [] {
    return true;
  };
  const RecordExport result =
      pmks::exportRecordsToFile(channel(), *ctx, {}, ExportFormat::Csv, path, hooks);
  EXPECT_EQ(result.outcome, Outcome::Cancelled);
  EXPECT_FALSE(exists(path));
}

TEST_F(PmksExportStream, RefusedOrUnwritableLeavesNoFile) {
  mustCreate(psmToken(), personRecord(11, nik(1)));
  // The psm may not export: the server refuses, the file made for it goes again.
  const std::string refused = m_dir.file("refused.xlsx");
  RecordExport result = run(psmToken(), {}, ExportFormat::Xlsx, refused);
  EXPECT_EQ(result.outcome, Outcome::ServerFailed);
  EXPECT_EQ(result.status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_FALSE(exists(refused));

  // A folder that does not exist: no call, no file.
  const std::string nowhere = m_dir.file("no/such/folder.csv");
  result = run(dinsosToken(), {}, ExportFormat::Csv, nowhere);
  EXPECT_EQ(result.outcome, Outcome::CannotCreate);
  EXPECT_NE(result.fileError.find("cannot be created"), std::string::npos) << result.fileError;
  EXPECT_FALSE(exists(nowhere));
}

v1::RecapRow recapRow(const std::string& code, const std::string& name, int type,
                      const std::string& typeName, int male, int female) {
  v1::RecapRow row;
  row.set_wilayah_code(code);
  row.set_wilayah_name(name);
  row.set_pmks_type(type);
  row.set_pmks_type_name(typeName);
  row.set_male(male);
  row.set_female(female);
  row.set_total(male + female);
  return row;
}

TEST(PmksRecapExport, TableKeepsNonZeroRowsAndSaysWhatItCounts) {
  v1::GetRecapRequest request;
  request.set_wilayah_code("32.04");
  request.set_period("2025-S1");
  request.set_level(v1::RECAP_LEVEL_KECAMATAN);
  v1::GetRecapResponse response;
  *response.add_rows() = recapRow("32.04.05", "Cileunyi", 11, "Lanjut Usia Terlantar", 2, 1);
  *response.add_rows() = recapRow("32.04.05", "Cileunyi", 12, "Anak Balita Terlantar", 0, 0);
  *response.add_rows() = recapRow("32.04.06", "Cikancung", 9, "Penyandang Disabilitas", 0, 4);

  pmks::RecapTable table = pmks::recapTable(request, response);
  EXPECT_EQ(table.header, pmks::kRecapHeader);
  EXPECT_EQ(table.header,
            (std::vector<std::string>{"kode_wilayah", "nama_wilayah", "jenis_pmks", "nama_jenis",
                                      "laki_laki", "perempuan", "jumlah"}));
  ASSERT_EQ(table.rows.size(), 2u) << "the zero row is left out";
  EXPECT_EQ(table.rows[0],
            (std::vector<pmks::ExportCell>{std::string("32.04.05"), std::string("Cileunyi"),
                                           std::int64_t{11}, std::string("Lanjut Usia Terlantar"),
                                           std::int64_t{2}, std::int64_t{1}, std::int64_t{3}}));
  EXPECT_EQ(std::get<std::string>(table.rows[1][0]), "32.04.06");
  EXPECT_EQ(table.wilayah, "32.04");
  EXPECT_EQ(table.period, "2025-S1");
  EXPECT_EQ(table.status, "validated");
  EXPECT_EQ(table.level, "kecamatan");
  EXPECT_EQ(table.date.size(), std::string("2025-01-01 10:00").size());

  request.set_all_statuses(true);
  EXPECT_EQ(pmks::recapTable(request, response).status, "all");
  request.set_all_statuses(false);
  request.set_status(v1::RECORD_STATUS_SUBMITTED);
  request.set_level(v1::RECAP_LEVEL_UNSPECIFIED);
  const pmks::RecapTable submitted = pmks::recapTable(request, response);
  EXPECT_EQ(submitted.status, "submitted");
  EXPECT_EQ(submitted.level, "");
}

TEST(PmksRecapExport, WritesCsvXlsxAndPdf) {
  TempDir dir;
  v1::GetRecapRequest request;
  request.set_wilayah_code("32.04");
  request.set_period("2025");
  request.set_level(v1::RECAP_LEVEL_KECAMATAN);
  v1::GetRecapResponse response;
  *response.add_rows() = recapRow("32.04.05", "Cileunyi", 11, "Lanjut Usia Terlantar", 2, 1);
  *response.add_rows() = recapRow("32.04.06", "Cikancung", 9, "Penyandang Disabilitas", 0, 4);
  const pmks::RecapTable table = pmks::recapTable(request, response);

  for (const auto& [format, name] :
       {std::pair{pmks::RecapFormat::Csv, "rekap.csv"}, {pmks::RecapFormat::Xlsx, "rekap.xlsx"}}) {
    std::string error;
    ASSERT_TRUE(pmks::writeRecapFile(format, dir.file(name), table, &error)) << error;
    std::string readError;
    auto reader = pmks::TableReader::open(dir.file(name), &readError);
    ASSERT_NE(reader, nullptr) << readError;
    EXPECT_EQ(reader->header(), pmks::kRecapHeader);
    std::vector<std::vector<std::string>> rows;
    pmks::TableRow row;
    while (reader->next(row)) {
      rows.push_back(row.values);
    }
    EXPECT_EQ(rows, (std::vector<std::vector<std::string>>{
                        {"32.04.05", "Cileunyi", "11", "Lanjut Usia Terlantar", "2", "1", "3"},
                        {"32.04.06", "Cikancung", "9", "Penyandang Disabilitas", "0", "4", "4"}}))
        << name;
  }

  std::string error;
  ASSERT_TRUE(pmks::writeRecapFile(pmks::RecapFormat::Pdf, dir.file("rekap.pdf"), table, &error))
      << error;
  std::ifstream in(dir.file("rekap.pdf"), std::ios::binary);
  std::stringstream pdf;
  pdf << in.rdbuf();
  EXPECT_EQ(pdf.str().substr(0, 5), "%PDF-");
  EXPECT_NE(pdf.str().find("Wilayah: 32.04   Periode: 2025   Status: validated   Tingkat: "
                           "kecamatan"),
            std::string::npos);
  EXPECT_NE(pdf.str().find("Cikancung"), std::string::npos);

  for (const auto format :
       {pmks::RecapFormat::Csv, pmks::RecapFormat::Xlsx, pmks::RecapFormat::Pdf}) {
    const std::string nowhere = dir.file("no/such/folder.out");
    error.clear();
    EXPECT_FALSE(pmks::writeRecapFile(format, nowhere, table, &error));
    EXPECT_FALSE(error.empty());
    EXPECT_FALSE(std::filesystem::exists(nowhere));
  }
}

} // namespace
} // namespace simpul::testing
