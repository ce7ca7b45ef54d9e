#include "xlsx_parts.h"

#include <QByteArray>
#include <QXmlStreamReader>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <unzip.h>

namespace simpul::pmks::detail {

namespace {

// The whole part `name`, or nullopt when the archive has none.
std::optional<QByteArray> readPart(unzFile zip, const std::string& name) {
  if (unzLocateFile(zip, name.c_str(), 2) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK) {
    return std::nullopt;
  }
  QByteArray bytes;
  char buffer[64 * 1024];
  int n = 0;
  while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
    bytes.append(buffer, n);
  }
  unzCloseCurrentFile(zip);
  if (n < 0) {
    return std::nullopt;
  }
  return bytes;
}

std::vector<std::string> parseSharedStrings(const QByteArray& xml) {
  std::vector<std::string> strings;
  QXmlStreamReader reader(xml);
  QString current;
  int phonetic = 0;
  bool inText = false;
  while (!reader.atEnd()) {
    switch (reader.readNext()) {
    case QXmlStreamReader::StartElement:
      if (reader.name() == u"si") {
        current.clear();
      } else if (reader.name() == u"rPh") {
        ++phonetic;
      } else if (reader.name() == u"t" && phonetic == 0) {
        inText = true;
      }
      break;
    case QXmlStreamReader::EndElement:
      if (reader.name() == u"si") {
        strings.push_back(current.toStdString());
      } else if (reader.name() == u"rPh") {
        --phonetic;
      } else if (reader.name() == u"t") {
        inText = false;
      }
      break;
    case QXmlStreamReader::Characters:
      if (inText) {
        current += reader.text();
      }
      break;
    default:
      break;
    }
  }
  return strings;
}

std::vector<bool> parseDateStyles(const QByteArray& xml) {
  std::vector<std::pair<int, bool>> customFormats; // numFmtId, is a date
  std::vector<bool> styles;
  QXmlStreamReader reader(xml);
  bool inCellXfs = false;
  while (!reader.atEnd()) {
    const auto token = reader.readNext();
    if (token == QXmlStreamReader::StartElement) {
      const auto attributes = reader.attributes();
      if (reader.name() == u"numFmt") {
        customFormats.emplace_back(
            attributes.value(QLatin1String("numFmtId")).toInt(),
            isDateFormatCode(
                attributes.value(QLatin1String("formatCode")).toString().toStdString()));
      } else if (reader.name() == u"cellXfs") {
        inCellXfs = true;
      } else if (reader.name() == u"xf" && inCellXfs) {
        const int id = attributes.value(QLatin1String("numFmtId")).toInt();
        bool date = isBuiltInDateFormat(id);
        for (const auto& [customId, customDate] : customFormats) {
          if (customId == id) {
            date = customDate;
          }
        }
        styles.push_back(date);
      }
    } else if (token == QXmlStreamReader::EndElement && reader.name() == u"cellXfs") {
      inCellXfs = false;
    }
  }
  return styles;
}

std::string dateText(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd(day);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

} // namespace

std::optional<XlsxWorkbook> readWorkbook(void* zipHandle, std::string* sheetPath) {
  auto zip = static_cast<unzFile>(zipHandle);
  const auto workbook = readPart(zip, "xl/workbook.xml");
  if (!workbook) {
    return std::nullopt;
  }
  XlsxWorkbook book;
  QString firstSheetRelation;
  {
    QXmlStreamReader reader(*workbook);
    while (!reader.atEnd()) {
      if (reader.readNext() != QXmlStreamReader::StartElement) {
        continue;
      }
      const auto attributes = reader.attributes();
      if (reader.name() == u"workbookPr") {
        const auto value = attributes.value(QLatin1String("date1904"));
        book.date1904 = value == u"1" || value == u"true";
      } else if (reader.name() == u"sheet" && firstSheetRelation.isEmpty()) {
        for (const auto& attribute : attributes) {
          if (attribute.name() == u"id") {
            firstSheetRelation = attribute.value().toString();
          }
        }
      }
    }
  }
  *sheetPath = "xl/worksheets/sheet1.xml";
  if (const auto rels = readPart(zip, "xl/_rels/workbook.xml.rels");
      rels && !firstSheetRelation.isEmpty()) {
    QXmlStreamReader reader(*rels);
    while (!reader.atEnd()) {
      if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"Relationship" &&
          reader.attributes().value(QLatin1String("Id")) == firstSheetRelation) {
        std::string target =
            reader.attributes().value(QLatin1String("Target")).toString().toStdString();
        *sheetPath = target.starts_with('/') ? target.substr(1) : "xl/" + target;
      }
    }
  }
  if (const auto strings = readPart(zip, "xl/sharedStrings.xml")) {
    book.sharedStrings = parseSharedStrings(*strings);
  }
  if (const auto styles = readPart(zip, "xl/styles.xml")) {
    book.dateStyles = parseDateStyles(*styles);
  }
  return book;
}

int columnOfReference(std::string_view reference) {
  int column = 0;
  std::size_t i = 0;
  for (; i < reference.size(); ++i) {
    const char c = reference[i];
    if (c >= 'A' && c <= 'Z') {
      column = column * 26 + (c - 'A' + 1);
    } else if (c >= 'a' && c <= 'z') {
      column = column * 26 + (c - 'a' + 1);
    } else {
      break;
    }
    if (column > 16384) {
      return -1;
    }
  }
  return i == 0 ? -1 : column - 1;
}

bool isBuiltInDateFormat(int numFmtId) {
  return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47);
}

bool isDateFormatCode(std::string_view code) {
  bool inQuotes = false;
  bool inBrackets = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (inQuotes) {
      inQuotes = c != '"';
    } else if (inBrackets) {
      inBrackets = c != ']';
    } else if (c == '"') {
      inQuotes = true;
    } else if (c == '[') {
      inBrackets = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i; // the next character is literal (or padding)
    } else if (c == ';') {
      break; // the first section decides (positive numbers)
    } else if (c == 'd' || c == 'D' || c == 'm' || c == 'M' || c == 'y' || c == 'Y') {
      return true;
    }
  }
  return false;
}

std::string formatNumberCell(const std::string& raw, bool dateStyle, bool date1904) {
  const char* begin = raw.data();
  const char* end = raw.data() + raw.size();
  double value = 0;
  const auto parsed = std::from_chars(begin, end, value);
  if (parsed.ec != std::errc() || parsed.ptr != end || !std::isfinite(value)) {
    return raw;
  }
  if (dateStyle && value >= 1 && value < 2958466) { // up to 9999-12-31
    using namespace std::chrono;
    const auto days = static_cast<int>(std::floor(value));
    sys_days day;
    if (date1904) {
      day = sys_days(year{1904} / January / 1) + std::chrono::days(days);
    } else if (days >= 61) {
      day = sys_days(year{1899} / December / 30) + std::chrono::days(days);
    } else {
      // Excel's 1900 system counts a 29 February 1900 that never was (serial 60).
      day = sys_days(year{1899} / December / 31) + std::chrono::days(days);
    }
    return dateText(day);
  }
  const bool digitsOnly = raw.find_first_not_of("-0123456789") == std::string::npos;
  if (digitsOnly) {
    return raw;
  }
  char buffer[64];
  std::to_chars_result written;
  if (value == std::floor(value) && std::fabs(value) < 1e21) {
    written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 0);
  } else {
    written = std::to_chars(buffer, buffer + sizeof buffer, value);
  }
  return std::string(buffer, written.ptr);
}

} // namespace simpul::pmks::detail
