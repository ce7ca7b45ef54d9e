#pragma once

// The parts of an XLSX workbook the sheet reader needs before its first row: the shared
// strings, which cell styles are dates, the date system, and where the first worksheet is.
// Internal to Simpul::PmksCommon (xlsx_reader.cpp), declared here to be tested on its own.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::pmks::detail {

struct XlsxWorkbook {
  std::vector<std::string> sharedStrings;
  std::vector<bool> dateStyles; // by cell style index (the `s` attribute of a cell)
  bool date1904 = false;
};

// `zip` is an unzFile. nullopt when the workbook part or its first sheet cannot be found.
std::optional<XlsxWorkbook> readWorkbook(void* zip, std::string* sheetPath);

// "B12" -> 1; -1 when it starts with no letter.
int columnOfReference(std::string_view reference);

// A custom number format that shows a date: it has d, m or y outside quotes, escapes and
// [..] sections ("dd/mm/yyyy", "[$-421]d mmmm yyyy"), unlike "0.00" or "#,##0".
bool isDateFormatCode(std::string_view code);
// Built-in number formats that are dates or times (14-22, 45-47).
bool isBuiltInDateFormat(int numFmtId);

// The text of a numeric cell: integers without ".0" (the digits as stored when the cell
// holds them exactly), other numbers in their shortest form, a date style as YYYY-MM-DD.
std::string formatNumberCell(const std::string& raw, bool dateStyle, bool date1904);

} // namespace simpul::pmks::detail
