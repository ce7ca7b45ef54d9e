#pragma once

// The concrete readers behind TableReader::open (internal to Simpul::PmksCommon).

#include "import_file.h"

#include <memory>
#include <string>
#include <string_view>

namespace simpul::pmks::detail {

// `bytes` is the whole file. nullptr with `error` set when it has no header row.
std::unique_ptr<TableReader> openCsv(std::string bytes, std::string* error);
std::unique_ptr<TableReader> openXlsx(const std::string& path, std::string* error);

// True when `text` is well-formed UTF-8.
bool isValidUtf8(std::string_view text);
// Latin-1 bytes as UTF-8 (for a CSV that a spreadsheet saved in a Windows code page).
std::string latin1ToUtf8(std::string_view text);
// Blank-trimmed (ASCII whitespace and no-break space U+00A0).
std::string trimmed(std::string_view text);

} // namespace simpul::pmks::detail
