#include "server/wilayah/wilayah_loader.h"

#include "domain/wilayah_code.h"
#include "server/wilayah/wilayah_repository.h"
#include "storage/database.h"
#include "storage/error.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace simpul::server {

namespace {

constexpr std::int64_t kProgressEvery = 10'000;
constexpr std::array<std::string_view, 5> kHeader{"code", "name", "level", "parent_code", "type"};
constexpr std::array<std::string_view, 7> kKnownTypes{
    "provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa", "desa_adat"};

// A bad row, before the file name and line number are put in front of it.
struct RowError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// RFC 4180 records: fields separated by commas, optionally in double quotes (which may hold
// commas, line breaks and "" for a quote); LF or CRLF line ends. Blank lines are skipped.
// Fields are cut out with find() rather than character by character: the loader runs in
// debug builds too, where a per-character loop over 6 MB costs most of a second.
class CsvReader {
public:
  explicit CsvReader(std::string_view text) : m_text(text) {
    if (m_text.starts_with("\xEF\xBB\xBF")) { // a UTF-8 BOM from a spreadsheet export
      m_text.remove_prefix(3);
    }
  }

  // The line the record last returned by next() starts on (1-based).
  std::int64_t line() const { return m_recordLine; }

  // Reads one record into `fields` (reusing their storage); false at the end of the text.
  bool next(std::vector<std::string>& fields) {
    while (atLineEnd()) { // blank lines
      skipLineEnd();
    }
    if (m_pos >= m_text.size()) {
      return false;
    }
    m_recordLine = m_line;
    std::size_t count = 0;
    while (true) {
      if (count == fields.size()) {
        fields.emplace_back();
      }
      std::string& field = fields[count++];
      if (m_text[m_pos] == '"') {
        readQuoted(field);
      } else {
        readPlain(field);
      }
      if (m_pos < m_text.size() && m_text[m_pos] == ',') {
        ++m_pos;
        if (m_pos == m_text.size()) { // "a,b," at the very end: one more, empty field
          fields.resize(count + 1);
          fields[count++].clear();
          break;
        }
        continue;
      }
      if (atLineEnd()) {
        skipLineEnd();
      }
      break;
    }
    fields.resize(count);
    return true;
  }

private:
  bool atLineEnd() const {
    return m_pos < m_text.size() &&
           (m_text[m_pos] == '\n' || m_text.compare(m_pos, 2, "\r\n") == 0);
  }
  void skipLineEnd() {
    m_pos += m_text[m_pos] == '\r' ? 2 : 1;
    ++m_line;
  }

  void readPlain(std::string& field) {
    std::size_t stop = m_text.find_first_of(",\n", m_pos);
    if (stop == std::string_view::npos) {
      stop = m_text.size();
    }
    std::size_t end = stop;
    if (end > m_pos && m_text[end - 1] == '\r' && (stop == m_text.size() || m_text[stop] == '\n')) {
      --end; // the CR of a CRLF
    }
    field.assign(m_text.substr(m_pos, end - m_pos));
    m_pos = end;
  }

  void readQuoted(std::string& field) {
    field.clear();
    ++m_pos; // opening quote
    while (true) {
      const std::size_t quote = m_text.find('"', m_pos);
      if (quote == std::string_view::npos) {
        throw RowError("a quoted field is not closed");
      }
      const std::string_view chunk = m_text.substr(m_pos, quote - m_pos);
      m_line += std::count(chunk.begin(), chunk.end(), '\n');
      field += chunk;
      m_pos = quote + 1;
      if (m_pos < m_text.size() && m_text[m_pos] == '"') { // "" stands for one quote
        field += '"';
        ++m_pos;
        continue;
      }
      if (m_pos < m_text.size() && m_text[m_pos] != ',' && !atLineEnd()) {
        throw RowError("unexpected text after the closing quote of a field");
      }
      return;
    }
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
  std::int64_t m_line = 1;
  std::int64_t m_recordLine = 1;
};

std::string readWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot open the wilayah list " + path);
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    throw std::runtime_error("cannot read the wilayah list " + path);
  }
  return std::move(buffer).str();
}

bool isKnownType(std::string_view type) {
  for (std::string_view known : kKnownTypes) {
    if (type == known) {
      return true;
    }
  }
  return false;
}

bool isBlank(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

// Checks one record; returns its code. `seen` holds every code of the earlier rows.
domain::WilayahCode checkRow(const std::vector<std::string>& f,
                             const std::unordered_set<domain::WilayahCode>& seen) {
  if (f.size() != kHeader.size()) {
    throw RowError("expected 5 fields (code,name,level,parent_code,type), found " +
                   std::to_string(f.size()));
  }
  const auto parsed = domain::WilayahCode::parse(f[0]);
  if (!parsed) {
    throw RowError("code \"" + f[0] + "\" is not a Kemendagri code: " + parsed.error().message.en);
  }
  const domain::WilayahCode code = parsed.value();
  const std::string dotted = code.dotted();
  if (f[0] != dotted) {
    throw RowError("code \"" + f[0] + "\" is not written dotted (" + dotted + ")");
  }
  if (seen.contains(code)) {
    throw RowError("code " + dotted + " appears twice");
  }
  if (isBlank(f[1])) {
    throw RowError("code " + dotted + " has an empty name");
  }
  const std::string level = std::to_string(static_cast<int>(code.level()));
  if (f[2] != level) {
    throw RowError("code " + dotted + " is at level " + level + ", but the level column says \"" +
                   f[2] + "\"");
  }
  const auto parent = code.parent();
  // The code is dotted (checked above), so its parent is the text before the last dot.
  const std::string_view parentText =
      parent ? std::string_view(f[0]).substr(0, f[0].rfind('.')) : std::string_view();
  if (f[3] != parentText) {
    throw RowError("code " + dotted + " has parent " +
                   (parent ? std::string(parentText) : std::string("(none)")) +
                   ", but the parent_code column says \"" + f[3] + "\"");
  }
  if (parent && !seen.contains(*parent)) {
    throw RowError("the parent " + std::string(parentText) + " of code " + dotted +
                   " is not listed before it");
  }
  if (!isKnownType(f[4])) {
    throw RowError("code " + dotted + " has unknown type \"" + f[4] +
                   "\" (known: provinsi, kabupaten, kota, kecamatan, kelurahan, desa, "
                   "desa_adat)");
  }
  const std::string_view implied = domain::wilayahTypeSlug(code.type());
  if (f[4] != implied) {
    throw RowError("code " + dotted + " is a " + std::string(implied) + " by its digits, but the " +
                   "type column says \"" + f[4] + "\"");
  }
  return code;
}

} // namespace

WilayahLoadReport loadWilayahCsv(storage::Database& tx, const std::string& csvPath,
                                 const std::function<void(std::int64_t rows)>& progress) {
  if (!tx.inTransaction()) {
    // Outside a transaction every row would commit on its own: slow, and a bad row would
    // leave the table half loaded.
    throw std::logic_error("loadWilayahCsv needs an open write transaction");
  }
  const std::string fileName = std::filesystem::path(csvPath).filename().string();
  const std::string text = readWholeFile(csvPath);
  CsvReader reader(text);
  std::vector<std::string> fields;
  const auto fail = [&](const std::string& what) -> std::runtime_error {
    return std::runtime_error(fileName + " line " + std::to_string(reader.line()) + ": " + what);
  };

  try {
    if (!reader.next(fields)) {
      throw RowError("the file is empty; expected the header code,name,level,parent_code,type");
    }
    if (!std::equal(fields.begin(), fields.end(), kHeader.begin(), kHeader.end())) {
      throw RowError("the header must be exactly code,name,level,parent_code,type");
    }
  } catch (const RowError& e) {
    throw fail(e.what());
  }

  storage::Statement insert =
      tx.prepare("INSERT INTO core_wilayah (code, name, level, parent_code, type, search_name) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  std::unordered_set<domain::WilayahCode> seen;
  seen.reserve(100'000);
  WilayahLoadReport report;
  while (true) {
    try {
      if (!reader.next(fields)) {
        break;
      }
      const domain::WilayahCode code = checkRow(fields, seen);
      insert.reset();
      insert.bind(1, fields[0]);
      insert.bind(2, fields[1]);
      insert.bind(3, static_cast<int>(code.level()));
      if (fields[3].empty()) {
        insert.bindNull(4);
      } else {
        insert.bind(4, fields[3]);
      }
      insert.bind(5, fields[4]);
      insert.bind(6, wilayahSearchName(fields[1]));
      insert.run();
      seen.insert(code);
    } catch (const RowError& e) {
      throw fail(e.what());
    } catch (const storage::StorageError& e) {
      // E.g. the code is already in the table from an earlier load.
      throw fail(std::string("cannot insert the row: ") + e.what());
    }
    ++report.rows;
    if (progress && report.rows % kProgressEvery == 0) {
      progress(report.rows);
    }
  }
  if (progress && report.rows % kProgressEvery != 0) {
    progress(report.rows);
  }
  return report;
}

} // namespace simpul::server
