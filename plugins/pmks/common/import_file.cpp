#include "import_file.h"

#include "table_readers.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>

namespace simpul::pmks {

TableReader::~TableReader() = default;

namespace {

std::string lowerExtension(const std::string& path) {
  const auto slash = path.find_last_of('/');
  const auto dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return {};
  }
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

bool startsWithZipSignature(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  in.read(magic, sizeof magic);
  return in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

} // namespace

std::unique_ptr<TableReader> TableReader::open(const std::string& path, std::string* error) {
  std::string ignored;
  std::string& err = error != nullptr ? *error : ignored;
  err.clear();
  std::ifstream probe(path, std::ios::binary);
  if (!probe) {
    err = "Berkas tidak dapat dibuka / The file cannot be opened";
    return nullptr;
  }
  probe.close();
  const std::string ext = lowerExtension(path);
  const bool xlsx = ext == "xlsx" || ext == "xlsm" ||
                    (ext != "csv" && ext != "txt" && startsWithZipSignature(path));
  if (xlsx) {
    return detail::openXlsx(path, &err);
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    err = "Berkas tidak dapat dibaca / The file cannot be read";
    return nullptr;
  }
  return detail::openCsv(std::move(bytes), &err);
}

} // namespace simpul::pmks
