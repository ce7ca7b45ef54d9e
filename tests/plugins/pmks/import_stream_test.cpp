// streamImport (plugins/pmks/common/import_stream.h), the streaming half of `simpulctl pmks
// import` and the desktop import wizard, against a real simpul-data with the pmks plugin:
// rows arrive in messages of 500 with a progress that only grows and ends at 1,
// cancellation stops the stream, a file that breaks off stops it too, and the error report
// is the CSV the CLI's --errors writes.

#include "export_table.h"
#include "import_file.h"
#include "import_stream.h"
#include "pmks_fixture.h"

#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace simpul::testing {
namespace {

namespace v1 = simpul::pmks::v1;
using pmks::ImportStreamEnd;
using pmks::ImportStreamOptions;
using pmks::ImportStreamResult;

constexpr const char* kHeader = "nik,no_kk,nama,jenis_kelamin,tanggal_lahir,kode_wilayah,dusun,rw,"
                                "rt,jenis_pmks,jenis_disabilitas,periode,keterangan\n";

struct Progress {
  double fraction;
  int rows;
};

class PmksImportStream : public PmksFixture {
protected:
  // A CSV line of type 12 (any age) for a person of kecamatan Cileunyi born 7 March `year`.
  static std::string row(int serial, bool female, int year, const std::string& type = "12",
                         const std::string& birth = "") {
    char date[16];
    std::snprintf(date, sizeof date, "07/03/%04d", year);
    return nikFor(kKecamatan, year, 3, 7, female, serial) + ",,Warga " + std::to_string(serial) +
           ',' + (female ? "P" : "L") + ',' + (birth.empty() ? date : birth) + ',' + kDesa +
           ",,01,02," + type + ",,2025,\n";
  }

  // A file of `rows` good rows (serials 1..rows) plus `tail`, in the test's directory.
  std::string writeCsv(const std::string& name, int rows, const std::string& tail = "") {
    const std::string path = tempDir() + "/" + name;
    std::ofstream out(path, std::ios::binary);
    out << kHeader;
    for (int i = 1; i <= rows; ++i) {
      out << row(i, i % 2 == 0, 1950 + i % 50);
    }
    out << tail;
    return path;
  }

  ImportStreamResult stream(const std::string& path, const std::string& token,
                            v1::RecordStatus status, std::function<bool()> cancelled = {}) {
    std::string error;
    const auto reader = pmks::TableReader::open(path, &error);
    EXPECT_TRUE(reader) << error;
    if (!reader) {
      return {};
    }
    auto ctx = context(token);
    ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(120));
    ImportStreamOptions options;
    options.targetStatus = status;
    options.fileName = "uji.csv";
    options.requestId = pmks::newImportRequestId();
    options.progress = [this](double fraction, int rows) {
      m_progress.push_back({fraction, rows});
    };
    options.cancelled = std::move(cancelled);
    return pmks::streamImport(*reader, channel(), *ctx, options);
  }

  std::vector<Progress> m_progress;
};

TEST_F(PmksImportStream, RowsArriveInMessagesOf500WithAProgressThatEndsAtOne) {
  const std::string path = writeCsv("baik.csv", 1234);
  const ImportStreamResult result = stream(path, dinsosToken(), v1::RECORD_STATUS_VALIDATED);
  ASSERT_EQ(result.end, ImportStreamEnd::Finished);
  ASSERT_TRUE(result.status.ok()) << result.status.error_message();
  EXPECT_EQ(result.rowsSent, 1234);
  EXPECT_EQ(result.response.rows_read(), 1234);
  EXPECT_EQ(result.response.records_created(), 1234);
  EXPECT_EQ(result.response.rows_failed(), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pmks_records WHERE status = 4"), 1234);

  ASSERT_EQ(m_progress.size(), 3u);
  EXPECT_EQ(m_progress[0].rows, 500);
  EXPECT_EQ(m_progress[1].rows, 1000);
  EXPECT_EQ(m_progress[2].rows, 1234);
  for (std::size_t i = 1; i < m_progress.size(); ++i) {
    EXPECT_GE(m_progress[i].fraction, m_progress[i - 1].fraction);
  }
  EXPECT_GT(m_progress[0].fraction, 0.0);
  EXPECT_DOUBLE_EQ(m_progress.back().fraction, 1.0);
}

TEST_F(PmksImportStream, AnEmptyFileStillEndsAtOne) {
  const std::string path = writeCsv("kosong.csv", 0);
  const ImportStreamResult result = stream(path, dinsosToken(), v1::RECORD_STATUS_DRAFT);
  ASSERT_TRUE(result.status.ok()) << result.status.error_message();
  EXPECT_EQ(result.response.rows_read(), 0);
  ASSERT_EQ(m_progress.size(), 1u);
  EXPECT_EQ(m_progress[0].rows, 0);
  EXPECT_DOUBLE_EQ(m_progress[0].fraction, 1.0);
}

TEST_F(PmksImportStream, CancellingStopsTheStreamAndAFullImportAfterwardsCreatesTheRest) {
  const std::string path = writeCsv("batal.csv", 1234);
  // Stop once the first message has gone.
  ImportStreamResult result =
      stream(path, dinsosToken(), v1::RECORD_STATUS_DRAFT, [this] { return !m_progress.empty(); });
  EXPECT_EQ(result.end, ImportStreamEnd::Cancelled);
  EXPECT_EQ(result.status.error_code(), grpc::StatusCode::CANCELLED);
  EXPECT_EQ(result.rowsSent, 500);
  ASSERT_EQ(m_progress.size(), 1u);
  // The server may still be writing the message it had when the call was cancelled.
  EXPECT_LE(count("SELECT COUNT(*) FROM pmks_records"), 500) << "nothing past that message";

  m_progress.clear();
  result = stream(path, dinsosToken(), v1::RECORD_STATUS_DRAFT);
  ASSERT_TRUE(result.status.ok()) << result.status.error_message();
  EXPECT_EQ(result.response.records_created() + result.response.records_existing(), 1234);
  EXPECT_LE(result.response.records_existing(), 500);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pmks_records"), 1234);
}

TEST_F(PmksImportStream, CancelledBeforeTheFirstMessageSendsNoRow) {
  const std::string path = writeCsv("nol.csv", 30);
  const ImportStreamResult result =
      stream(path, dinsosToken(), v1::RECORD_STATUS_DRAFT, [] { return true; });
  EXPECT_EQ(result.end, ImportStreamEnd::Cancelled);
  EXPECT_EQ(result.rowsSent, 0);
  EXPECT_TRUE(m_progress.empty());
  EXPECT_EQ(count("SELECT COUNT(*) FROM pmks_records"), 0);
}

TEST_F(PmksImportStream, AFileThatBreaksOffStopsTheImport) {
  // 600 good rows, then a quote that is never closed.
  const std::string path = writeCsv("putus.csv", 600, "\"3204050703800999,,Tanpa akhir\n");
  const ImportStreamResult result = stream(path, dinsosToken(), v1::RECORD_STATUS_DRAFT);
  EXPECT_EQ(result.end, ImportStreamEnd::ReadFailed);
  EXPECT_NE(result.readError.find("never closed"), std::string::npos) << result.readError;
  EXPECT_EQ(result.rowsSent, 500);
  EXPECT_LE(count("SELECT COUNT(*) FROM pmks_records"), 500);
}

TEST_F(PmksImportStream, ARefusedImportEndsWithTheServersStatus) {
  const std::string path = writeCsv("psm.csv", 3);
  const ImportStreamResult result = stream(path, psmToken(), v1::RECORD_STATUS_VALIDATED);
  EXPECT_EQ(result.end, ImportStreamEnd::Finished);
  EXPECT_EQ(result.status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pmks_records"), 0);
}

TEST_F(PmksImportStream, TheErrorReportListsEveryBadRowAsTheCliWritesIt) {
  const std::string tail = row(901, false, 1980, "99") +              // line 5: unknown type
                           row(902, true, 1981, "12", "31/02/1981") + // line 6: no such date
                           row(1, false, 1951);                       // line 7: as line 2
  const std::string path = writeCsv("campur.csv", 3, tail);
  const ImportStreamResult result = stream(path, dinsosToken(), v1::RECORD_STATUS_DRAFT);
  ASSERT_TRUE(result.status.ok()) << result.status.error_message();
  EXPECT_EQ(result.response.records_created(), 3);
  EXPECT_EQ(result.response.records_existing(), 1);
  ASSERT_EQ(result.response.rows_failed(), 2);

  std::ostringstream report;
  pmks::writeImportErrorReport(report, result.response);
  const v1::RowError& date = result.response.errors(1);
  EXPECT_EQ(report.str(), "baris,kolom,alasan\r\n"
                          "5,jenis_pmks,\"Jenis PMKS tidak dikenal: tulis nomor 1-26, nama, atau "
                          "nama lama (sebelum 2012). [UNKNOWN_TYPE]\"\r\n"
                          "6,tanggal_lahir," +
                              pmks::csvQuoted(date.message_id() + " [" + date.reason() + "]") +
                              "\r\n");
  EXPECT_EQ(date.reason(), "BAD_DATE");

  // The same report in a file; a path that cannot be written says so.
  const std::string out = tempDir() + "/laporan.csv";
  std::string error;
  ASSERT_TRUE(pmks::saveImportErrorReport(out, result.response, &error)) << error;
  std::ifstream in(out, std::ios::binary);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), report.str());
  EXPECT_FALSE(
      pmks::saveImportErrorReport(tempDir() + "/tidak/ada/laporan.csv", result.response, &error));
  EXPECT_NE(error.find("cannot write"), std::string::npos);
}

TEST(PmksImportErrorReport, ACutListSaysSo) {
  v1::ImportRecordsResponse response;
  v1::RowError* e = response.add_errors();
  e->set_line(12);
  e->set_column("");
  e->set_reason("RULE_\"X\"");
  e->set_message_id("Baris, dengan \"kutip\"");
  response.set_errors_truncated(true);
  std::ostringstream report;
  pmks::writeImportErrorReport(report, response);
  EXPECT_EQ(report.str(),
            "baris,kolom,alasan\r\n"
            "12,,\"Baris, dengan \"\"kutip\"\" [RULE_\"\"X\"\"]\"\r\n"
            ",,\"daftar dipotong pada 10.000 kesalahan / list cut at 10,000 errors\"\r\n");
}

} // namespace
} // namespace simpul::testing
