#pragma once

// The commands of the pmks CLI face (sdk/cli_face.h), one file each.

#include "sdk/cli_face.h"

#include <string>
#include <string_view>

namespace simpul::pmks::cli {

sdk::CliCommand importCommand(); // pmks import FILE
sdk::CliCommand recapCommand();  // pmks recap --wilayah CODE --period P
sdk::CliCommand exportCommand(); // pmks export records|recap --format F --out FILE
sdk::CliCommand demoCommand();   // pmks demo --logins-file FILE

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
inline std::string csvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string(text);
  }
  std::string quoted = "\"";
  for (const char c : text) {
    quoted += c;
    if (c == '"') {
      quoted += '"';
    }
  }
  return quoted + '"';
}

} // namespace simpul::pmks::cli
