#include "cli/offline_setup.h"

#include "storage/database.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace simpul::cli {

std::string dataFile(const ParsedArguments& args, std::string_view option, std::string_view file,
                     const char* buildDefault) {
  if (auto given = args.value(option)) {
    return *given;
  }
  if (const char* dir = std::getenv("SIMPUL_DATA_DIR"); dir != nullptr && *dir != '\0') {
    return (std::filesystem::path(dir) / file).string();
  }
  return buildDefault;
}

std::int64_t countCsvRows(const std::string& path) {
  std::ifstream in(path);
  std::int64_t lines = 0;
  for (std::string line; std::getline(in, line);) {
    lines += line.empty() ? 0 : 1;
  }
  return lines > 0 ? lines - 1 : 0;
}

bool hasRows(storage::Database& db, std::string_view table) {
  auto exists = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
  exists.bind(1, table);
  if (!exists.step() || exists.columnInt64(0) == 0) {
    return false;
  }
  // The name was just found among the tables, so it is safe to put into the statement.
  auto rows = db.prepare("SELECT EXISTS (SELECT 1 FROM " + std::string(table) + ")");
  return rows.step() && rows.columnInt64(0) != 0;
}

WilayahProgress::WilayahProgress(std::ostream& err, std::int64_t total)
    : m_err(err), m_total(total), m_terminal(::isatty(STDERR_FILENO) == 1) {}

void WilayahProgress::operator()(std::int64_t rows) {
  m_err << (m_terminal ? "\r" : "") << "memuat wilayah… " << rows;
  if (m_total > 0) {
    m_err << '/' << m_total;
  }
  m_err << (m_terminal ? "" : "\n") << std::flush;
  m_shown = true;
}

void WilayahProgress::finish() {
  if (m_terminal && m_shown) {
    m_err << '\n';
  }
  m_shown = false;
}

} // namespace simpul::cli
