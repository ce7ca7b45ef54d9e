#include "cli/demo_logins.h"

#include "cli/command.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <ostream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace simpul::cli::demo {

namespace {

std::size_t displayWidth(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

void printTable(std::ostream& out, const std::vector<Login>& logins) {
  const std::vector<std::string> header{"PENGGUNA/USER", "PERAN/ROLE", "WILAYAH",
                                        "KATA SANDI/PASSWORD"};
  std::vector<std::vector<std::string>> rows{header};
  for (const Login& l : logins) {
    rows.push_back({l.username, l.role, l.wilayahCode + "  " + l.wilayahName, l.password});
  }
  std::vector<std::size_t> widths(header.size(), 0);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
  }
  for (const auto& row : rows) {
    std::string line = " ";
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += " " + row[c];
      if (c + 1 < row.size()) {
        line += std::string(widths[c] - displayWidth(row[c]) + 1, ' ');
      }
    }
    out << line << '\n';
  }
}

} // namespace

void printLogins(std::ostream& out, const std::vector<Login>& logins) {
  out << "Akun demo: data sintetis, bukan orang sungguhan / Demo accounts: synthetic data, no "
         "real persons\n";
  printTable(out, logins);
}

// The logins file as written by writeLoginsFile; nullopt when a line does not fit.
std::optional<std::vector<Login>> parseLoginsFile(const std::string& text) {
  std::vector<Login> logins;
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line) || line != kLoginsHeader) {
    return std::nullopt;
  }
  while (std::getline(in, line)) {
    std::vector<std::string> f(1);
    for (char c : line) {
      if (c == '\t') {
        f.emplace_back();
      } else {
        f.back().push_back(c);
      }
    }
    if (f.size() != 5) {
      return std::nullopt;
    }
    logins.push_back({f[0], f[1], f[2], f[3], f[4]});
  }
  return logins;
}

// Written to a private temporary file and renamed, so a reader never sees half a file and
// the passwords are never readable by others, not even for a moment.
void writeLoginsFile(const std::string& path, const std::vector<Login>& logins) {
  std::string text = std::string(kLoginsHeader) + "\n";
  for (const Login& l : logins) {
    text += l.username + "\t" + l.role + "\t" + l.wilayahCode + "\t" + l.wilayahName + "\t" +
            l.password + "\n";
  }
  const std::string temporary = path + ".tmp";
  const auto fail = [&](const std::string& what) {
    const std::string reason = std::strerror(errno);
    ::unlink(temporary.c_str());
    throw CommandError("berkas akun demo tidak dapat ditulis / cannot write the demo logins "
                       "file " +
                       path + ": " + what + ": " + reason);
  };
  const int fd =
      ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) {
    fail("open");
  }
  bool ok = ::fchmod(fd, 0600) == 0;
  for (std::size_t done = 0; ok && done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    ok = n > 0;
    done += ok ? static_cast<std::size_t>(n) : 0;
  }
  ok = ok && ::fsync(fd) == 0;
  ok = (::close(fd) == 0) && ok;
  if (!ok) {
    fail("write");
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    fail("rename");
  }
}
} // namespace simpul::cli::demo
