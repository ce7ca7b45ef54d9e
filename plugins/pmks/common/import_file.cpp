#include "import_file.h"

namespace simpul::pmks {

TableReader::~TableReader() = default;

// Placeholder until the readers land (issue 5, part B).
std::unique_ptr<TableReader> TableReader::open(const std::string&, std::string* error) {
  if (error != nullptr) {
    *error = "Pembacaan berkas impor belum tersedia / Import file reading is not available yet";
  }
  return nullptr;
}

} // namespace simpul::pmks
