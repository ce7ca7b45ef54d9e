// PmksExportService.ExportRecords through a real simpul-data with the pmks plugin (the
// permission, the read scope and the sensitive rule, the NIK mask, keyset pages), and
// `simpulctl pmks export` as a real process against the same server: the records as XLSX
// and CSV read back with TableReader, the recap as CSV and PDF.
#include "import_file.h"
#include "pmks_fixture.h"
#include "process.h"
#include "read_table.h"
#include "simpul/pmks/v1/export.grpc.pb.h"
#include "storage/database.h"
#include "test_support.h"

#include <fstream>
#include <gmock/gmock.h>
#include <set>
#include <sstream>

namespace simpul::testing {
namespace {

namespace v1 = simpul::pmks::v1;

class PmksExport : public PmksFixture {
protected:
  std::string nik(int serial, bool female = false) {
    return nikFor(kKecamatan, 1980, 5, 17, female, serial);
  }

  // Everything ExportRecords streams to `token` for `filter`, and the final status.
  grpc::Status exportAll(const std::string& token, const v1::RecordFilter& filter,
                         std::vector<v1::Record>* records) {
    auto ctx = context(token);
    v1::ExportRecordsRequest request;
    *request.mutable_filter() = filter;
    auto stub = v1::PmksExportService::NewStub(channel());
    auto reader = stub->ExportRecords(ctx.get(), request);
    v1::Record record;
    while (reader->Read(&record)) {
      records->push_back(record);
    }
    return reader->Finish();
  }

  // pmks.record.export for the psm role (the default roles give it to dinsos only): a
  // role that exports but does not see full NIKs. Before the psm logs in.
  void letPsmExport() {
    auto db = storage::Database::open(dbPath());
    db.exec("INSERT INTO core_role_permissions (role, permission) VALUES ('psm', "
            "'pmks.record.export')");
  }

  ProcessResult simpulctl(const std::string& token, std::vector<std::string> args) {
    args.insert(args.begin(), {SIMPULCTL_PATH, "--server", socketAddress(), "--plugins",
                               PMKS_PLUGINS_DIR, "pmks", "export"});
    return runProcess(args, environmentWith({{"XDG_CONFIG_HOME", m_dir.file("config")},
                                             {"HOME", m_dir.file("home")},
                                             {"SIMPUL_TOKEN", token}},
                                            {"SIMPUL_SERVER", "SIMPUL_PLUGINS"}));
  }

  TempDir m_dir;
};

TEST_F(PmksExport, NeedsTheExportPermission) {
  mustCreate(psmToken(), personRecord(11, nik(1)));
  for (const std::string& token : {psmToken(), kadesToken(), tkskToken(), viewerToken()}) {
    std::vector<v1::Record> records;
    EXPECT_EQ(exportAll(token, {}, &records).error_code(), grpc::StatusCode::PERMISSION_DENIED);
    EXPECT_TRUE(records.empty());
  }
  std::vector<v1::Record> records;
  EXPECT_TRUE(exportAll(dinsosToken(), {}, &records).ok());
  EXPECT_EQ(records.size(), 1u);
  // One audit entry per export that ran, none for the refused ones.
  auto db = storage::Database::open(dbPath());
  auto stmt = db.prepare("SELECT actor, resource FROM core_audit WHERE method ="
                         " '/simpul.pmks.v1.PmksExportService/ExportRecords'");
  ASSERT_TRUE(stmt.step());
  EXPECT_EQ(stmt.columnText(0), "dinsos1");
  EXPECT_EQ(stmt.columnText(1), "pmks/records");
  EXPECT_FALSE(stmt.step());

  // A wilayah outside the export scope is refused, not answered with an empty file.
  v1::RecordFilter elsewhere;
  elsewhere.set_wilayah_code("32.73");
  records.clear();
  EXPECT_EQ(exportAll(dinsosToken(), elsewhere, &records).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
}

TEST_F(PmksExport, FollowsTheReadScopeAndTheSensitiveRuleAndMasksTheNik) {
  letPsmExport();
  const v1::Record mine = mustCreate(psmToken(), personRecord(11, nik(1)));
  mustCreate(psmToken(), personRecord(16, nik(2))); // sensitive: only dinsos sees it
  const v1::Record other =
      mustCreate(otherPsmToken(), personRecord(11, nik(3, true), "2025", kOtherDesa));

  std::vector<v1::Record> records;
  ASSERT_TRUE(exportAll(psmToken(), {}, &records).ok());
  ASSERT_EQ(records.size(), 1u) << "own desa only, no sensitive type";
  EXPECT_EQ(records[0].name(), mine.name());
  EXPECT_TRUE(records[0].subject().nik_masked());
  EXPECT_NE(records[0].subject().nik(), nik(1));
  EXPECT_EQ(records[0].history_size(), 0);

  v1::RecordFilter otherDesa;
  otherDesa.set_wilayah_code(kOtherDesa);
  records.clear();
  EXPECT_EQ(exportAll(psmToken(), otherDesa, &records).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);

  records.clear();
  ASSERT_TRUE(exportAll(dinsosToken(), {}, &records).ok());
  ASSERT_EQ(records.size(), 3u);
  std::set<std::string> niks;
  for (const auto& r : records) {
    EXPECT_FALSE(r.subject().nik_masked());
    niks.insert(r.subject().nik());
  }
  EXPECT_EQ(niks, (std::set<std::string>{nik(1), nik(2), nik(3, true)}));
  EXPECT_EQ(records[0].name(), other.name()) << "newest first";

  v1::RecordFilter bySensitiveType;
  bySensitiveType.set_pmks_type(16);
  records.clear();
  ASSERT_TRUE(exportAll(dinsosToken(), bySensitiveType, &records).ok());
  EXPECT_EQ(records.size(), 1u);
}

TEST_F(PmksExport, StreamsEveryRecordAcrossPages) {
  // More than one page of 500, so the keyset step between pages is exercised.
  constexpr int kCount = 1003;
  std::set<std::string> created;
  for (int i = 1; i <= kCount; ++i) {
    created.insert(mustCreate(dinsosToken(), personRecord(11, nik(i, i % 2 == 0))).name());
  }
  std::vector<v1::Record> records;
  ASSERT_TRUE(exportAll(dinsosToken(), {}, &records).ok());
  std::set<std::string> names;
  for (const auto& r : records) {
    names.insert(r.name());
  }
  EXPECT_EQ(records.size(), static_cast<std::size_t>(kCount)) << "no record twice";
  EXPECT_EQ(names, created);
}

TEST_F(PmksExport, SimpulctlWritesRecordsAsXlsxAndCsv) {
  mustCreate(psmToken(), personRecord(11, nik(1)));
  v1::Record record = personRecord(9, nik(2, true));
  record.add_disability_kinds("fisik");
  record.set_notes("rumah, \"belakang\" pasar");
  mustCreate(psmToken(), record);

  for (const std::string format : {"xlsx", "csv"}) {
    const std::string out = m_dir.file("data." + format);
    const ProcessResult r =
        simpulctl(dinsosToken(), {"records", "--format", format, "--out", out, "--wilayah", kDesa});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.err, ::testing::HasSubstr("2 data diekspor"));
    const auto rows = readTable(out);
    ASSERT_EQ(rows.size(), 3u) << format;
    EXPECT_EQ(rows[0][0], "nik");
    EXPECT_EQ(rows[0][12], "keterangan");
    // Newest first: the type-9 record.
    EXPECT_EQ(rows[1][0], nik(2, true)) << "a NIK stays 16 digits of text";
    EXPECT_EQ(rows[1][3], "P");
    EXPECT_EQ(rows[1][5], kDesa);
    EXPECT_EQ(rows[1][9], "9");
    EXPECT_EQ(rows[1][10], "fisik");
    EXPECT_EQ(rows[1][11], "2025");
    EXPECT_EQ(rows[1][12], "rumah, \"belakang\" pasar");
    EXPECT_EQ(rows[1][18], "draft");
    EXPECT_EQ(rows[2][0], nik(1));
  }

  // A refused export leaves no file behind.
  const std::string refused = m_dir.file("refused.csv");
  const ProcessResult r = simpulctl(psmToken(), {"records", "--format", "csv", "--out", refused});
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_THAT(r.err, ::testing::HasSubstr("PERMISSION_DENIED"));
  EXPECT_FALSE(std::ifstream(refused).good());
}

TEST_F(PmksExport, SimpulctlWritesTheRecapAsCsvAndPdf) {
  mustCreate(psmToken(), personRecord(11, nik(1)));
  mustCreate(psmToken(), personRecord(11, nik(2, true)));
  const std::string csv = m_dir.file("rekap.csv");
  ProcessResult r =
      simpulctl(viewerToken(), {"recap", "--wilayah", kKecamatan, "--period", "2025", "--level",
                                "desa", "--status", "all", "--format", "csv", "--out", csv});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto rows = readTable(csv);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"kode_wilayah", "nama_wilayah", "jenis_pmks",
                                               "nama_jenis", "laki_laki", "perempuan", "jumlah"}));
  EXPECT_EQ(rows[1][0], kDesa);
  EXPECT_EQ(rows[1][2], "11");
  EXPECT_EQ(std::vector<std::string>(rows[1].begin() + 4, rows[1].end()),
            (std::vector<std::string>{"1", "1", "2"}));

  const std::string pdf = m_dir.file("rekap.pdf");
  r = simpulctl(viewerToken(), {"recap", "--wilayah", kKecamatan, "--period", "2025", "--status",
                                "all", "--format", "pdf", "--out", pdf});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  std::ifstream in(pdf, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const std::string bytes = text.str();
  EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
  EXPECT_NE(bytes.find("/Type /Page "), std::string::npos);
  EXPECT_NE(bytes.find("/Count 1"), std::string::npos);
  EXPECT_NE(bytes.find("Wilayah: 32.04.05   Periode: 2025"), std::string::npos);

  r = simpulctl(viewerToken(), {"records", "--format", "pdf", "--out", pdf});
  EXPECT_EQ(r.exitCode, 2) << r.err;
  r = simpulctl(viewerToken(), {"rekap", "--format", "csv", "--out", csv});
  EXPECT_EQ(r.exitCode, 2) << r.err;
  EXPECT_THAT(r.err, ::testing::HasSubstr("expected 'records' or 'recap'"));
}

} // namespace
} // namespace simpul::testing
