// XLSX: the first worksheet of the workbook, streamed out of the zip (minizip) through
// QXmlStreamReader, so a sheet of 100,000 rows never sits in memory as XML. Cells come out
// as the text a person sees: shared and inline strings as they are, integers without ".0",
// numbers in a date style as YYYY-MM-DD (the 1900 or 1904 date system of the workbook).

#include "table_readers.h"
#include "xlsx_parts.h"

#include <QByteArray>
#include <QXmlStreamReader>
#include <unzip.h>

namespace simpul::pmks::detail {

namespace {

constexpr int kChunk = 256 * 1024;
constexpr int kMaxRows = 1048576; // Excel's limit

const std::string kCorrupt =
    "Berkas XLSX rusak atau bukan lembar kerja Excel / The XLSX file is damaged or not an "
    "Excel workbook";

class XlsxReader final : public TableReader {
public:
  XlsxReader(unzFile zip, XlsxWorkbook workbook) : m_zip(zip), m_book(std::move(workbook)) {}
  ~XlsxReader() override {
    if (m_open) {
      unzCloseCurrentFile(m_zip);
    }
    unzClose(m_zip);
  }
  XlsxReader(const XlsxReader&) = delete;
  XlsxReader& operator=(const XlsxReader&) = delete;

  bool start(const std::string& sheetPath) {
    if (unzLocateFile(m_zip, sheetPath.c_str(), 2) != UNZ_OK) {
      m_error = kCorrupt;
      return false;
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(m_zip) != UNZ_OK) {
      m_error = kCorrupt;
      return false;
    }
    m_open = true;
    m_size = info.uncompressed_size;
    TableRow row;
    if (!next(row)) {
      if (m_error.empty()) {
        m_error = "Lembar kerja pertama kosong (tanpa baris judul kolom) / The first worksheet is "
                  "empty (no header row)";
      }
      return false;
    }
    for (const auto& value : row.values) {
      m_header.push_back(trimmed(value));
    }
    return true;
  }

  const std::vector<std::string>& header() const override { return m_header; }
  std::string error() const override { return m_error; }
  double progress() const override {
    return m_size == 0 ? 1.0 : static_cast<double>(m_read) / static_cast<double>(m_size);
  }

  bool next(TableRow& row) override {
    if (!m_error.empty() || m_done) {
      return false;
    }
    for (;;) {
      const auto token = m_xml.readNext();
      switch (token) {
      case QXmlStreamReader::StartElement:
        startElement(row);
        break;
      case QXmlStreamReader::EndElement:
        if (endElement(row)) {
          return true;
        }
        break;
      case QXmlStreamReader::Characters:
        if (m_inValue) {
          m_text += m_xml.text();
        }
        break;
      case QXmlStreamReader::EndDocument:
        m_done = true;
        return false;
      case QXmlStreamReader::Invalid:
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed()) {
          break;
        }
        if (m_error.empty()) {
          m_error = kCorrupt;
        }
        return false;
      default:
        break;
      }
    }
  }

private:
  // Adds the next piece of the sheet to the parser; false at its end or on a zip error.
  bool feed() {
    QByteArray chunk(kChunk, Qt::Uninitialized);
    const int n = unzReadCurrentFile(m_zip, chunk.data(), static_cast<unsigned>(chunk.size()));
    if (n <= 0) {
      return false;
    }
    chunk.truncate(n);
    m_read += static_cast<std::uint64_t>(n);
    m_xml.addData(chunk);
    return true;
  }

  void startElement(TableRow& row) {
    const auto name = m_xml.name();
    if (name == u"row") {
      const auto r = m_xml.attributes().value(QLatin1String("r"));
      bool ok = false;
      const int number = r.toInt(&ok);
      // Row numbers are reported to people (error lines) and must increase: an `r` that is
      // missing, outside Excel's 1..1048576 or not after the previous row counts on from the
      // previous row instead (a hostile r="2147483647" followed by a row without `r` would
      // otherwise overflow).
      m_rowNumber = ok && number > m_rowNumber && number <= kMaxRows ? number : m_rowNumber + 1;
      row.line = m_rowNumber;
      row.values.clear();
      m_column = -1;
    } else if (name == u"c") {
      const auto attributes = m_xml.attributes();
      const int column =
          columnOfReference(attributes.value(QLatin1String("r")).toString().toStdString());
      m_column = column >= 0 ? column : m_column + 1;
      m_cellType = attributes.value(QLatin1String("t")).toString().toStdString();
      bool ok = false;
      m_cellStyle = attributes.value(QLatin1String("s")).toInt(&ok);
      if (!ok) {
        m_cellStyle = 0;
      }
      m_text.clear();
    } else if (name == u"v" || (name == u"t" && m_inInline && m_phonetic == 0)) {
      m_inValue = true;
    } else if (name == u"is") {
      m_inInline = true;
    } else if (name == u"rPh") {
      ++m_phonetic;
    }
  }

  // True when a row with a non-blank cell ended.
  bool endElement(TableRow& row) {
    const auto name = m_xml.name();
    if (name == u"v" || name == u"t") {
      m_inValue = false;
    } else if (name == u"is") {
      m_inInline = false;
    } else if (name == u"rPh") {
      --m_phonetic;
    } else if (name == u"c") {
      std::string value = cellText();
      if (!trimmed(value).empty()) {
        if (row.values.size() <= static_cast<std::size_t>(m_column)) {
          row.values.resize(static_cast<std::size_t>(m_column) + 1);
        }
        row.values[static_cast<std::size_t>(m_column)] = std::move(value);
      }
    } else if (name == u"row") {
      return !row.values.empty();
    } else if (name == u"sheetData") {
      m_done = true;
    }
    return false;
  }

  std::string cellText() const {
    const std::string raw = m_text.toStdString();
    if (m_cellType == "s") {
      bool ok = false;
      const long index = m_text.toLong(&ok);
      if (!ok || index < 0 || static_cast<std::size_t>(index) >= m_book.sharedStrings.size()) {
        return {};
      }
      return m_book.sharedStrings[static_cast<std::size_t>(index)];
    }
    if (m_cellType == "inlineStr" || m_cellType == "str" || m_cellType == "e") {
      return raw;
    }
    if (m_cellType == "b") {
      return raw == "1" || raw == "true" ? "TRUE" : "FALSE";
    }
    if (m_cellType == "d") {
      return raw.substr(0, raw.find('T'));
    }
    const bool dateStyle = m_cellStyle >= 0 &&
                           static_cast<std::size_t>(m_cellStyle) < m_book.dateStyles.size() &&
                           m_book.dateStyles[static_cast<std::size_t>(m_cellStyle)];
    return formatNumberCell(raw, dateStyle, m_book.date1904);
  }

  unzFile m_zip;
  XlsxWorkbook m_book;
  bool m_open = false;
  std::uint64_t m_size = 0;
  std::uint64_t m_read = 0;
  QXmlStreamReader m_xml;
  bool m_done = false;
  int m_rowNumber = 0;
  int m_column = -1;
  std::string m_cellType;
  int m_cellStyle = 0;
  QString m_text;
  bool m_inValue = false;
  bool m_inInline = false;
  int m_phonetic = 0;
  std::vector<std::string> m_header;
  std::string m_error;
};

} // namespace

std::unique_ptr<TableReader> openXlsx(const std::string& path, std::string* error) {
  unzFile zip = unzOpen64(path.c_str());
  if (zip == nullptr) {
    *error = kCorrupt;
    return nullptr;
  }
  std::string sheetPath;
  std::optional<XlsxWorkbook> book = readWorkbook(zip, &sheetPath);
  if (!book) {
    unzClose(zip);
    *error = kCorrupt;
    return nullptr;
  }
  auto reader = std::make_unique<XlsxReader>(zip, std::move(*book));
  if (!reader->start(sheetPath)) {
    *error = reader->error();
    return nullptr;
  }
  return reader;
}

} // namespace simpul::pmks::detail
