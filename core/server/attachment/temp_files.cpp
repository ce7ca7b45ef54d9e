#include "server/attachment/temp_files.h"

#include <cerrno>
#include <fcntl.h>
#include <stdlib.h>
#include <string>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace simpul::server {

namespace {

[[noreturn]] void throwErrno(const char* what) {
  throw std::system_error(errno, std::generic_category(), what);
}

} // namespace

AnonymousTempFile::AnonymousTempFile() {
  const std::string dir = std::filesystem::temp_directory_path().string();
  m_fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, S_IRUSR | S_IWUSR);
  if (m_fd < 0) {
    // Filesystems without O_TMPFILE: a named file, unlinked at once.
    std::string name = dir + "/simpul-upload-XXXXXX";
    m_fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (m_fd < 0) {
      throwErrno("create a temporary file");
    }
    ::unlink(name.c_str());
  }
}

AnonymousTempFile::AnonymousTempFile(AnonymousTempFile&& other) noexcept : m_fd(other.m_fd) {
  other.m_fd = -1;
}

AnonymousTempFile::~AnonymousTempFile() {
  if (m_fd >= 0) {
    ::close(m_fd);
  }
}

void AnonymousTempFile::append(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      throwErrno("write a temporary file");
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

std::size_t AnonymousTempFile::readAt(std::int64_t offset, char* buffer, std::size_t size) const {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::pread(m_fd, buffer + done, size - done, offset + static_cast<off_t>(done));
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      throwErrno("read a temporary file");
    }
    if (n == 0) {
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  return done;
}

TempDirectory::TempDirectory(std::string_view prefix) {
  std::string templ =
      (std::filesystem::temp_directory_path() / (std::string(prefix) + "-XXXXXX")).string();
  if (::mkdtemp(templ.data()) == nullptr) { // mode 0700
    throwErrno("create a temporary directory");
  }
  m_path = templ;
}

TempDirectory::~TempDirectory() {
  std::error_code ignored; // best effort: a destructor must not throw
  std::filesystem::remove_all(m_path, ignored);
}

} // namespace simpul::server
