#pragma once

// The demo logins: the table `simpulctl demo` prints and the file it keeps beside the
// database (read by ./run.sh, the end-to-end test and whoever tries the demo).

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::cli::demo {

struct Login {
  std::string username;
  std::string role;
  std::string wilayahCode; // dotted, "*" for everywhere
  std::string wilayahName;
  std::string password;
};

// The file's first line; each further line is the five fields of a Login, tab-separated.
inline constexpr std::string_view kLoginsHeader =
    "username\trole\twilayah_code\twilayah_name\tpassword";

// A line saying these are demo accounts with synthetic data, then the aligned table.
void printLogins(std::ostream& out, const std::vector<Login>& logins);

// The logins file's text as written by writeLoginsFile; nullopt when it is not one.
std::optional<std::vector<Login>> parseLoginsFile(const std::string& text);

// Writes the file with mode 0600 (a private temporary file renamed into place). Throws
// CommandError naming the path.
void writeLoginsFile(const std::string& path, const std::vector<Login>& logins);

} // namespace simpul::cli::demo
