// CSV as spreadsheets and people write it: UTF-8 with or without a BOM (a file that is not
// UTF-8 is read as Latin-1, as a spreadsheet on Windows saves it), `,` or `;` between cells
// (Excel with Indonesian regional settings writes `;`), RFC 4180 quotes with `""` inside and
// line breaks inside quotes, LF, CRLF or CR line ends.

#include "table_readers.h"

#include <cstddef>
#include <string_view>

namespace simpul::pmks::detail {

bool isValidUtf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int extra = 0;
    unsigned min = 0;
    unsigned cp = 0;
    if ((c & 0xE0) == 0xC0) {
      extra = 1, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3, min = 0x10000, cp = c & 0x07;
    } else {
      return false;
    }
    if (i + static_cast<std::size_t>(extra) >= n) {
      return false;
    }
    for (int k = 1; k <= extra; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
      if ((cc & 0xC0) != 0x80) {
        return false;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += static_cast<std::size_t>(extra) + 1;
  }
  return true;
}

std::string latin1ToUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

std::string trimmed(std::string_view text) {
  auto blankAt = [&](std::size_t i, bool fromEnd) -> std::size_t {
    // The length of the blank that starts (or, fromEnd, ends) at i; 0 when none.
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
      return 1;
    }
    if (!fromEnd && c == 0xC2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      return 2;
    }
    if (fromEnd && c == 0xA0 && i >= 1 && static_cast<unsigned char>(text[i - 1]) == 0xC2) {
      return 2;
    }
    return 0;
  };
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end) {
    const std::size_t len = blankAt(begin, false);
    if (len == 0) {
      break;
    }
    begin += len;
  }
  while (end > begin) {
    const std::size_t len = blankAt(end - 1, true);
    if (len == 0) {
      break;
    }
    end -= len;
  }
  return std::string(text.substr(begin, end - begin));
}

namespace {

class CsvReader final : public TableReader {
public:
  explicit CsvReader(std::string bytes) : m_bytes(std::move(bytes)) {
    // A BOM claims UTF-8 but does not prove it (a file edited in another program after it
    // was saved): the rest is checked like any other file, since cells that are not UTF-8
    // cannot travel in the import's protobuf strings (found by tests/fuzz, fuzz_csv).
    if (m_bytes.size() >= 3 && m_bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      m_bytes.erase(0, 3);
    }
    if (!isValidUtf8(m_bytes)) {
      m_bytes = latin1ToUtf8(m_bytes);
    }
    m_delimiter = detectDelimiter();
  }

  // Reads the header; false when the file has none.
  bool start() {
    TableRow row;
    if (!next(row)) {
      return false;
    }
    m_header.reserve(row.values.size());
    for (const auto& value : row.values) {
      m_header.push_back(trimmed(value));
    }
    return true;
  }

  const std::vector<std::string>& header() const override { return m_header; }
  std::string error() const override { return m_error; }
  double progress() const override {
    return m_bytes.empty() ? 1.0 : static_cast<double>(m_pos) / static_cast<double>(m_bytes.size());
  }

  bool next(TableRow& row) override {
    while (m_error.empty() && m_pos < m_bytes.size()) {
      if (!readRecord(row)) {
        return false;
      }
      for (const auto& value : row.values) {
        if (!trimmed(value).empty()) {
          return true;
        }
      }
    }
    return false;
  }

private:
  // The header line decides: `;` when it has more semicolons than commas outside quotes.
  char detectDelimiter() const {
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (std::size_t i = m_pos; i < m_bytes.size(); ++i) {
      const char c = m_bytes[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        ++commas;
      } else if (!quoted && c == ';') {
        ++semicolons;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  // Consumes a line end at m_pos (LF, CRLF or CR), if there is one.
  bool consumeLineEnd() {
    if (m_bytes[m_pos] == '\n') {
      ++m_pos;
    } else if (m_bytes[m_pos] == '\r') {
      ++m_pos;
      if (m_pos < m_bytes.size() && m_bytes[m_pos] == '\n') {
        ++m_pos;
      }
    } else {
      return false;
    }
    ++m_line;
    return true;
  }

  bool readRecord(TableRow& row) {
    row.line = m_line;
    row.values.clear();
    std::string cell;
    const std::size_t n = m_bytes.size();
    for (;;) {
      cell.clear();
      if (m_pos < n && m_bytes[m_pos] == '"') {
        const int quoteLine = m_line;
        ++m_pos;
        bool closed = false;
        while (m_pos < n) {
          const char c = m_bytes[m_pos];
          if (c == '"') {
            if (m_pos + 1 < n && m_bytes[m_pos + 1] == '"') {
              cell.push_back('"');
              m_pos += 2;
              continue;
            }
            ++m_pos;
            closed = true;
            break;
          }
          if (c == '\r' || c == '\n') {
            consumeLineEnd();
            cell.push_back('\n');
            continue;
          }
          cell.push_back(c);
          ++m_pos;
        }
        if (!closed) {
          m_error = "Tanda kutip yang dibuka di baris " + std::to_string(quoteLine) +
                    " tidak ditutup / The quote opened on line " + std::to_string(quoteLine) +
                    " is never closed";
          return false;
        }
      }
      // Unquoted text, or whatever follows a closing quote up to the delimiter (kept as it
      // is: a stray quote is more likely a typo than a reason to refuse the file).
      while (m_pos < n) {
        const char c = m_bytes[m_pos];
        if (c == m_delimiter || c == '\n' || c == '\r') {
          break;
        }
        cell.push_back(c);
        ++m_pos;
      }
      row.values.push_back(cell);
      if (m_pos >= n) {
        return true;
      }
      if (m_bytes[m_pos] == m_delimiter) {
        ++m_pos;
        continue;
      }
      consumeLineEnd();
      return true;
    }
  }

  std::string m_bytes;
  std::size_t m_pos = 0;
  int m_line = 1;
  char m_delimiter = ',';
  std::vector<std::string> m_header;
  std::string m_error;
};

} // namespace

std::unique_ptr<TableReader> openCsv(std::string bytes, std::string* error) {
  auto reader = std::make_unique<CsvReader>(std::move(bytes));
  if (!reader->start()) {
    *error = reader->error().empty()
                 ? "Berkas tidak memiliki baris judul kolom / The file has no header row"
                 : reader->error();
    return nullptr;
  }
  return reader;
}

} // namespace simpul::pmks::detail
