// TableReader: CSV as spreadsheets and people write it, XLSX written by libxlsxwriter.

#include "import_file.h"
#include "xlsx_parts.h"

#include <QTemporaryDir>
#include <fstream>
#include <gtest/gtest.h>
#include <xlsxwriter.h>

namespace simpul::pmks {
namespace {

using Values = std::vector<std::string>;

class ImportFileTest : public ::testing::Test {
protected:
  std::string write(const std::string& name, const std::string& bytes) {
    const std::string path = m_dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    return path;
  }
  std::string path(const std::string& name) const {
    return m_dir.filePath(QString::fromStdString(name)).toStdString();
  }

  // Every row after the header; fails the test when the reader reports an error.
  static std::vector<TableRow> rows(TableReader& reader) {
    std::vector<TableRow> out;
    TableRow row;
    while (reader.next(row)) {
      out.push_back(row);
    }
    EXPECT_EQ(reader.error(), "");
    return out;
  }

  static std::unique_ptr<TableReader> open(const std::string& file) {
    std::string error;
    auto reader = TableReader::open(file, &error);
    EXPECT_NE(reader, nullptr) << error;
    return reader;
  }

  QTemporaryDir m_dir;
};

TEST_F(ImportFileTest, CsvWithBomCrlfAndCommas) {
  auto reader =
      open(write("a.csv", "\xEF\xBB\xBF nik , Nama ,periode\r\n1,Siti,2021\r\n2,Budi,2022"));
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->header(), (Values{"nik", "Nama", "periode"}));
  const auto all = rows(*reader);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].line, 2);
  EXPECT_EQ(all[0].values, (Values{"1", "Siti", "2021"}));
  EXPECT_EQ(all[1].line, 3);
  EXPECT_EQ(all[1].values, (Values{"2", "Budi", "2022"}));
  EXPECT_DOUBLE_EQ(reader->progress(), 1.0);
}

TEST_F(ImportFileTest, CsvSemicolonDetectedFromHeader) {
  auto reader = open(write("b.csv", "nik;nama;keterangan\n1;Siti;rumah, dekat pasar\n"));
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->header().size(), 3u);
  const auto all = rows(*reader);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].values, (Values{"1", "Siti", "rumah, dekat pasar"}));
}

TEST_F(ImportFileTest, CsvQuotesWithEscapedQuotesAndLineBreaks) {
  auto reader =
      open(write("c.csv", "a,b\n\"x, \"\"y\"\"\",\"two\nlines\r\nhere\"\n\"\",z\nlast,row\n"));
  ASSERT_NE(reader, nullptr);
  const auto all = rows(*reader);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].line, 2);
  EXPECT_EQ(all[0].values, (Values{"x, \"y\"", "two\nlines\nhere"}));
  EXPECT_EQ(all[1].line, 5); // the row after a value spanning lines 2-4
  EXPECT_EQ(all[1].values, (Values{"", "z"}));
  EXPECT_EQ(all[2].line, 6);
}

TEST_F(ImportFileTest, CsvBlankRowsSkippedShortRowsKept) {
  auto reader = open(write("d.csv", "a,b,c\n\n , ,\n1\n\r\n2,3\n"));
  ASSERT_NE(reader, nullptr);
  const auto all = rows(*reader);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].line, 4);
  EXPECT_EQ(all[0].values, (Values{"1"}));
  EXPECT_EQ(all[1].line, 6);
  EXPECT_EQ(all[1].values, (Values{"2", "3"}));
}

TEST_F(ImportFileTest, CsvUnclosedQuoteIsAnErrorNamingItsLine) {
  auto reader = open(write("e.csv", "a,b\n1,2\n3,\"open\n4,5\n"));
  ASSERT_NE(reader, nullptr);
  TableRow row;
  ASSERT_TRUE(reader->next(row));
  EXPECT_FALSE(reader->next(row));
  EXPECT_NE(reader->error().find("line 3"), std::string::npos) << reader->error();
}

TEST_F(ImportFileTest, CsvLatin1IsReadAsUtf8) {
  auto reader = open(write("f.csv", "nama\nJos\xE9\n"));
  ASSERT_NE(reader, nullptr);
  const auto all = rows(*reader);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].values[0], "Jos\xC3\xA9");
}

TEST_F(ImportFileTest, EmptyOrMissingFileIsRefused) {
  std::string error;
  EXPECT_EQ(TableReader::open(write("g.csv", "\xEF\xBB\xBF\r\n \n"), &error), nullptr);
  EXPECT_NE(error.find("header"), std::string::npos) << error;
  EXPECT_EQ(TableReader::open(path("missing.csv"), &error), nullptr);
  EXPECT_NE(error.find("cannot be opened"), std::string::npos) << error;
  EXPECT_EQ(TableReader::open(write("h.xlsx", "nik,nama\n1,2\n"), &error), nullptr);
  EXPECT_NE(error.find("XLSX"), std::string::npos) << error;
}

// Writes a workbook with shared strings (normal mode) or inline strings (constant memory).
std::string writeWorkbook(const std::string& file, bool constantMemory) {
  lxw_workbook_options options{};
  options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* book = workbook_new_opt(file.c_str(), &options);
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Data");
  lxw_format* dmy = workbook_add_format(book);
  format_set_num_format(dmy, "dd/mm/yyyy");
  lxw_format* builtIn = workbook_add_format(book);
  format_set_num_format_index(builtIn, 14);
  lxw_format* decimals = workbook_add_format(book);
  format_set_num_format(decimals, "#,##0.00");
  worksheet_write_string(sheet, 0, 0, "NIK", nullptr);
  worksheet_write_string(sheet, 0, 1, " nama ", nullptr);
  worksheet_write_string(sheet, 0, 2, "tanggal_lahir", nullptr);
  worksheet_write_string(sheet, 0, 3, "lain", nullptr);
  worksheet_write_string(sheet, 0, 4, "rt", nullptr);
  // Row 2: NIK as a number, a date in a custom format, a decimal, a text with leading zero.
  worksheet_write_number(sheet, 1, 0, 3204051234567890.0, nullptr);
  worksheet_write_string(sheet, 1, 1, "Siti Rahayu", nullptr);
  worksheet_write_number(sheet, 1, 2, 29221.0, dmy); // 1980-01-01
  worksheet_write_number(sheet, 1, 3, 1.5, decimals);
  worksheet_write_string(sheet, 1, 4, "003", nullptr);
  // Row 3 left empty; row 4: a built-in date style, a boolean, a gap before the last cell.
  worksheet_write_string(sheet, 3, 1, "Budi", nullptr);
  worksheet_write_number(sheet, 3, 2, 44927.75, builtIn); // 2023-01-01 18:00
  worksheet_write_boolean(sheet, 3, 3, 1, nullptr);
  worksheet_write_number(sheet, 3, 4, 12.0, nullptr);
  workbook_add_worksheet(book, "Kedua");
  EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
  return file;
}

void expectWorkbookRows(TableReader& reader) {
  EXPECT_EQ(reader.header(), (Values{"NIK", "nama", "tanggal_lahir", "lain", "rt"}));
  std::vector<TableRow> all;
  TableRow row;
  while (reader.next(row)) {
    all.push_back(row);
  }
  EXPECT_EQ(reader.error(), "");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].line, 2);
  EXPECT_EQ(all[0].values, (Values{"3204051234567890", "Siti Rahayu", "1980-01-01", "1.5", "003"}));
  EXPECT_EQ(all[1].line, 4);
  EXPECT_EQ(all[1].values, (Values{"", "Budi", "2023-01-01", "TRUE", "12"}));
  EXPECT_DOUBLE_EQ(reader.progress(), 1.0);
}

TEST_F(ImportFileTest, XlsxSharedStringsNumbersDatesBooleans) {
  auto reader = open(writeWorkbook(path("a.xlsx"), false));
  ASSERT_NE(reader, nullptr);
  expectWorkbookRows(*reader);
}

TEST_F(ImportFileTest, XlsxInlineStringsDetectedByContent) {
  auto reader = open(writeWorkbook(path("a.bin"), true));
  ASSERT_NE(reader, nullptr);
  expectWorkbookRows(*reader);
}

TEST_F(ImportFileTest, XlsxLargeSheetIsStreamedInChunks) {
  const std::string file = path("big.xlsx");
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* book = workbook_new_opt(file.c_str(), &options);
  lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
  worksheet_write_string(sheet, 0, 0, "n", nullptr);
  worksheet_write_string(sheet, 0, 1, "teks", nullptr);
  for (int i = 1; i <= 20000; ++i) {
    worksheet_write_number(sheet, static_cast<lxw_row_t>(i), 0, i, nullptr);
    worksheet_write_string(sheet, static_cast<lxw_row_t>(i), 1, "baris yang cukup panjang",
                           nullptr);
  }
  ASSERT_EQ(workbook_close(book), LXW_NO_ERROR);
  auto reader = open(file);
  ASSERT_NE(reader, nullptr);
  TableRow row;
  int count = 0;
  while (reader->next(row)) {
    ++count;
    ASSERT_EQ(row.line, count + 1);
    ASSERT_EQ(row.values[0], std::to_string(count));
  }
  EXPECT_EQ(reader->error(), "");
  EXPECT_EQ(count, 20000);
}

TEST(XlsxPartsTest, DateFormatCodes) {
  using detail::isDateFormatCode;
  EXPECT_TRUE(isDateFormatCode("dd/mm/yyyy"));
  EXPECT_TRUE(isDateFormatCode("[$-421]d mmmm yyyy"));
  EXPECT_TRUE(isDateFormatCode("yyyy-mm-dd;@"));
  EXPECT_FALSE(isDateFormatCode("0"));
  EXPECT_FALSE(isDateFormatCode("#,##0.00"));
  EXPECT_FALSE(isDateFormatCode("[Red]0.00"));
  EXPECT_FALSE(isDateFormatCode("0\" days\""));
  EXPECT_TRUE(detail::isBuiltInDateFormat(14));
  EXPECT_TRUE(detail::isBuiltInDateFormat(47));
  EXPECT_FALSE(detail::isBuiltInDateFormat(2));
}

TEST(XlsxPartsTest, NumberCells) {
  using detail::formatNumberCell;
  EXPECT_EQ(formatNumberCell("42", false, false), "42");
  EXPECT_EQ(formatNumberCell("42.0", false, false), "42");
  EXPECT_EQ(formatNumberCell("3.2040512345678E+15", false, false), "3204051234567800");
  EXPECT_EQ(formatNumberCell("0.1", false, false), "0.1");
  EXPECT_EQ(formatNumberCell("61", true, false), "1900-03-01");
  EXPECT_EQ(formatNumberCell("59", true, false), "1900-02-28");
  EXPECT_EQ(formatNumberCell("45658", true, false), "2025-01-01");
  EXPECT_EQ(formatNumberCell("0", true, true), "0");
  EXPECT_EQ(formatNumberCell("1", true, true), "1904-01-02");
  EXPECT_EQ(detail::columnOfReference("A1"), 0);
  EXPECT_EQ(detail::columnOfReference("AB12"), 27);
  EXPECT_EQ(detail::columnOfReference("12"), -1);
}

} // namespace
} // namespace simpul::pmks
