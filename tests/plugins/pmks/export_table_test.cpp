// TableWriter (CSV with BOM, XLSX via libxlsxwriter) read back with TableReader, and the
// recap PDF of the exports (recap_pdf.cpp, in PmksCommon since the desktop writes it too).
#include "export_table.h"
#include "import_file.h"
#include "recap_pdf.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <sstream>

namespace simpul::pmks {
namespace {

class ExportTable : public ::testing::Test {
protected:
  void SetUp() override {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "simpul-export-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    m_dir = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(m_dir); }
  std::string file(const std::string& name) const { return (m_dir / name).string(); }

  static std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }

  // Writes the table in `format`, reads it back with TableReader: header then rows.
  std::vector<std::vector<std::string>> roundTrip(ExportFormat format, const std::string& name) {
    std::string error;
    auto writer = TableWriter::create(format, file(name), m_header, "Data PMKS", &error);
    EXPECT_NE(writer, nullptr) << error;
    if (!writer) {
      return {};
    }
    for (const auto& row : m_rows) {
      EXPECT_TRUE(writer->writeRow(row)) << writer->error();
    }
    EXPECT_TRUE(writer->finish()) << writer->error();
    auto reader = TableReader::open(file(name), &error);
    EXPECT_NE(reader, nullptr) << error;
    if (!reader) {
      return {};
    }
    std::vector<std::vector<std::string>> read = {reader->header()};
    TableRow row;
    while (reader->next(row)) {
      read.push_back(row.values);
    }
    EXPECT_EQ(reader->error(), "");
    return read;
  }

  std::vector<std::vector<std::string>> expected() const {
    std::vector<std::vector<std::string>> rows = {m_header};
    for (const auto& row : m_rows) {
      std::vector<std::string> texts;
      for (const auto& cell : row) {
        texts.push_back(std::holds_alternative<std::string>(cell)
                            ? std::get<std::string>(cell)
                            : std::to_string(std::get<std::int64_t>(cell)));
      }
      rows.push_back(texts);
    }
    return rows;
  }

  std::filesystem::path m_dir;
  const std::vector<std::string> m_header = {"nik", "nama", "jenis_pmks", "keterangan", "jumlah"};
  // A 16-digit NIK must stay text (a number would lose its last digit in Excel), names with
  // non-ASCII letters, a comma, quotes and a line break, and plain counts.
  const std::vector<std::vector<ExportCell>> m_rows = {
      {std::string("3204054703900001"), std::string("Siti Nurhaliza"), std::int64_t{11},
       std::string("tinggal, sendiri"), std::int64_t{1}},
      {std::string("3204051203850002"), std::string("Dédé \"Ujang\" Sukmana"), std::int64_t{8},
       std::string("baris satu\nbaris dua"), std::int64_t{1234567}},
      {std::string("3204050101000003"), std::string("Ñoman Ça"), std::int64_t{26}, std::string(""),
       std::int64_t{0}},
  };
};

TEST_F(ExportTable, CsvHasABomAndReadsBackEqual) {
  EXPECT_EQ(roundTrip(ExportFormat::Csv, "out.csv"), expected());
  const std::string bytes = slurp(file("out.csv"));
  EXPECT_EQ(bytes.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(bytes.substr(3, 36), "nik,nama,jenis_pmks,keterangan,jumla");
  EXPECT_NE(bytes.find("\"tinggal, sendiri\""), std::string::npos);
  EXPECT_NE(bytes.find("\"Dédé \"\"Ujang\"\" Sukmana\""), std::string::npos);
}

TEST_F(ExportTable, XlsxReadsBackEqualWithTheNikAsText) {
  EXPECT_EQ(roundTrip(ExportFormat::Xlsx, "out.xlsx"), expected());
  EXPECT_EQ(slurp(file("out.xlsx")).substr(0, 2), "PK");
}

TEST_F(ExportTable, AFileThatCannotBeCreatedIsReported) {
  std::string error;
  EXPECT_EQ(TableWriter::create(ExportFormat::Csv, file("no/such/dir.csv"), m_header, "", &error),
            nullptr);
  EXPECT_NE(error.find("cannot be created"), std::string::npos) << error;
  error.clear();
  EXPECT_EQ(TableWriter::create(ExportFormat::Xlsx, file("no/such/dir.xlsx"), m_header, "", &error),
            nullptr);
  EXPECT_NE(error.find("cannot be created"), std::string::npos) << error;
}

int countOf(const std::string& text, const std::regex& pattern) {
  return static_cast<int>(std::distance(std::sregex_iterator(text.begin(), text.end(), pattern),
                                        std::sregex_iterator()));
}

TEST_F(ExportTable, RecapPdfHasItsPagesTitleAndTotals) {
  RecapTable table;
  table.header = {"kode_wilayah", "nama_wilayah", "jenis_pmks", "nama_jenis",
                  "laki_laki",    "perempuan",    "jumlah"};
  // 100 rows and the total line: 38 lines a page → 3 pages.
  for (int i = 0; i < 100; ++i) {
    table.rows.push_back({std::string("32.04.05"), std::string("Cileunyi (Kulon)"),
                          std::int64_t{i % 26 + 1}, std::string("Lanjut Usia Terlantar"),
                          std::int64_t{2}, std::int64_t{1}, std::int64_t{3}});
  }
  table.wilayah = "32.04";
  table.period = "2025-S1";
  table.status = "validated";
  table.level = "kecamatan";
  table.date = "2026-11-23 10:00";
  std::string error;
  ASSERT_TRUE(writeRecapPdf(file("rekap.pdf"), table, &error)) << error;
  const std::string pdf = slurp(file("rekap.pdf"));
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_EQ(pdf.substr(pdf.size() - 6), "%%EOF\n");
  EXPECT_EQ(countOf(pdf, std::regex("/Type /Page ")), 3);
  EXPECT_NE(pdf.find("/Count 3"), std::string::npos);
  EXPECT_NE(pdf.find("Wilayah: 32.04   Periode: 2025-S1"), std::string::npos);
  EXPECT_NE(pdf.find("Dicetak / printed: 2026-11-23 10:00"), std::string::npos);
  EXPECT_NE(pdf.find("Cileunyi \\(Kulon\\)"), std::string::npos) << "parentheses escaped";
  EXPECT_NE(pdf.find("Jumlah / total"), std::string::npos);
  EXPECT_NE(pdf.find(" 200 "), std::string::npos) << "male total";
  EXPECT_NE(pdf.find(" 300 "), std::string::npos) << "total";
  // The xref offsets point at their objects.
  const auto startxref = pdf.rfind("startxref\n");
  const std::size_t xref = std::stoul(pdf.substr(startxref + 10));
  EXPECT_EQ(pdf.substr(xref, 4), "xref");
  const std::size_t firstEntry = pdf.find('\n', pdf.find('\n', xref) + 1) + 21;
  const std::size_t object1 = std::stoul(pdf.substr(firstEntry, 10));
  EXPECT_EQ(pdf.substr(object1, 7), "1 0 obj");

  EXPECT_FALSE(writeRecapPdf(file("no/such/dir.pdf"), table, &error));
  EXPECT_NE(error.find("cannot be written"), std::string::npos);
}

} // namespace
} // namespace simpul::pmks
