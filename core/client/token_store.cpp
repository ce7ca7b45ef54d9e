#include "client/token_store.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace simpul::client {

namespace {

constexpr std::size_t kMaxTokenLength = 4096;

// Closes the descriptor on every path out.
class FileDescriptor {
public:
  explicit FileDescriptor(int fd) : m_fd(fd) {}
  ~FileDescriptor() {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return m_fd; }
  // close() reports a failed delayed write (NFS, full disk), so save() checks it.
  int release() { return std::exchange(m_fd, -1); }

private:
  int m_fd;
};

std::string systemError(int error) {
  return std::strerror(error);
}

std::string octalMode(mode_t mode) {
  std::array<char, 8> text{};
  std::snprintf(text.data(), text.size(), "%04o", static_cast<unsigned>(mode & 07777));
  return text.data();
}

// mkdir -p with mode 0700 for every directory it creates; existing ones are left as they
// are (~/.config is the user's business).
void makePrivateDirectories(const std::filesystem::path& dir) {
  std::filesystem::path current;
  for (const auto& part : dir) {
    current /= part;
    if (::mkdir(current.c_str(), 0700) != 0 && errno != EEXIST) {
      throw TokenStoreError("tidak bisa membuat direktori " + current.string() +
                            " / cannot create directory " + current.string() + ": " +
                            systemError(errno));
    }
  }
}

std::string homeDirectory() {
  if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
    return home;
  }
  if (const passwd* entry = ::getpwuid(::geteuid());
      entry != nullptr && entry->pw_dir && entry->pw_dir[0] == '/') {
    return entry->pw_dir;
  }
  throw TokenStoreError("tidak ada direktori rumah untuk berkas token / no home directory for "
                        "the token file: set XDG_CONFIG_HOME or HOME");
}

} // namespace

bool isWellFormedToken(std::string_view token) {
  if (token.empty() || token.size() > kMaxTokenLength) {
    return false;
  }
  for (const char c : token) {
    if (c <= ' ' || c > '~') {
      return false;
    }
  }
  return true;
}

TokenStore::TokenStore(std::filesystem::path file) : m_file(std::move(file)) {}

std::filesystem::path TokenStore::defaultPath() {
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg == '/') {
    return std::filesystem::path(xdg) / "simpul" / "token";
  }
  return std::filesystem::path(homeDirectory()) / ".config" / "simpul" / "token";
}

void TokenStore::save(std::string_view token) const {
  if (!isWellFormedToken(token)) {
    throw TokenStoreError("token dari server tidak berbentuk sah / the token from the server is "
                          "malformed; nothing was saved");
  }
  const std::string file = m_file.string();
  if (m_file.has_parent_path()) {
    makePrivateDirectories(m_file.parent_path());
  }
  // O_NOFOLLOW: a symlink planted at the token path must not redirect the token elsewhere.
  FileDescriptor fd(
      ::open(file.c_str(), O_CREAT | O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600));
  if (fd.get() < 0) {
    throw TokenStoreError("tidak bisa menulis berkas token / cannot write the token file " + file +
                          ": " + systemError(errno));
  }
  // The mode argument of open() applies only to a new file; an old one keeps its mode.
  if (::fchmod(fd.get(), 0600) != 0) {
    throw TokenStoreError("tidak bisa mengatur mode berkas token / cannot set the mode of the "
                          "token file " +
                          file + ": " + systemError(errno));
  }
  std::string content(token);
  content += '\n';
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd.get(), content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      const int error = errno;
      ::unlink(file.c_str()); // a half-written token is useless
      throw TokenStoreError("gagal menulis berkas token / failed writing the token file " + file +
                            ": " + systemError(error));
    }
    written += static_cast<std::size_t>(n);
  }
  if (::close(fd.release()) != 0) {
    const int error = errno;
    ::unlink(file.c_str());
    throw TokenStoreError("gagal menulis berkas token / failed writing the token file " + file +
                          ": " + systemError(error));
  }
}

std::optional<std::string> TokenStore::load() const {
  const std::string file = m_file.string();
  FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  if (fd.get() < 0) {
    if (errno == ENOENT) {
      return std::nullopt;
    }
    throw TokenStoreError("tidak bisa membaca berkas token / cannot read the token file " + file +
                          ": " + systemError(errno));
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) {
    throw TokenStoreError("tidak bisa memeriksa berkas token / cannot check the token file " +
                          file + ": " + systemError(errno));
  }
  if (!S_ISREG(info.st_mode)) {
    throw TokenStoreError("berkas token bukan berkas biasa / the token file " + file +
                          " is not a regular file");
  }
  if (info.st_uid != ::geteuid()) {
    throw TokenStoreError("berkas token milik pengguna lain / the token file " + file +
                          " belongs to another user; remove it and log in again");
  }
  if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    throw TokenStoreError("berkas token " + file + " dapat diakses pengguna lain (mode " +
                          octalMode(info.st_mode) + ") / the token file " + file +
                          " is accessible to other users (mode " + octalMode(info.st_mode) +
                          "): anyone who read it could act as you. Run `simpulctl logout` and "
                          "log in again, or `chmod 600 " +
                          file + "` if you are sure no one copied it");
  }
  std::string content;
  std::array<char, 1024> buffer{};
  while (content.size() <= kMaxTokenLength + 2) {
    const ssize_t n = ::read(fd.get(), buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      throw TokenStoreError("tidak bisa membaca berkas token / cannot read the token file " + file +
                            ": " + systemError(errno));
    }
    if (n == 0) {
      break;
    }
    content.append(buffer.data(), static_cast<std::size_t>(n));
  }
  while (!content.empty() && (content.back() == '\n' || content.back() == '\r')) {
    content.pop_back();
  }
  if (content.empty()) {
    return std::nullopt;
  }
  if (!isWellFormedToken(content)) {
    throw TokenStoreError("berkas token rusak / the token file " + file +
                          " is damaged: run `simpulctl login` again");
  }
  return content;
}

bool TokenStore::remove() const {
  if (::unlink(m_file.c_str()) == 0) {
    return true;
  }
  if (errno == ENOENT) {
    return false;
  }
  throw TokenStoreError("tidak bisa menghapus berkas token / cannot remove the token file " +
                        m_file.string() + ": " + systemError(errno));
}

std::optional<std::string> resolveToken(const TokenStore& store) {
  if (const char* env = std::getenv("SIMPUL_TOKEN"); env != nullptr && *env != '\0') {
    if (!isWellFormedToken(env)) {
      throw TokenStoreError("SIMPUL_TOKEN tidak berbentuk sah / SIMPUL_TOKEN is malformed "
                            "(whitespace or control characters)");
    }
    return std::string(env);
  }
  return store.load();
}

} // namespace simpul::client
