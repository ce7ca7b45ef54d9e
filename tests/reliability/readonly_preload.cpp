// An LD_PRELOAD library for reliability_storage: while the file named by
// SIMPUL_RELIABILITY_READONLY_FLAG exists, every write to a database file (*.db, *.db-wal,
// *.db-journal) fails with EROFS, as on a file system remounted read-only. It works the same
// for root (whom chmod does not stop) and needs no mount. Reads and other files (the log,
// the socket) are untouched.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

bool endsWith(const char* text, const char* suffix) {
  const std::size_t n = std::strlen(text);
  const std::size_t m = std::strlen(suffix);
  return n >= m && std::strcmp(text + n - m, suffix) == 0;
}

bool refused(int fd) {
  const char* flag = std::getenv("SIMPUL_RELIABILITY_READONLY_FLAG");
  if (flag == nullptr || access(flag, F_OK) != 0) {
    return false;
  }
  char link[64];
  char path[4096];
  std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  const ssize_t n = readlink(link, path, sizeof path - 1);
  if (n <= 0) {
    return false;
  }
  path[static_cast<std::size_t>(n)] = '\0';
  if (endsWith(path, ".db") || endsWith(path, ".db-wal") || endsWith(path, ".db-journal")) {
    errno = EROFS;
    return true;
  }
  return false;
}

template <typename F> F next(F, const char* name) {
  return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

} // namespace

#define NEXT(name) next(&::name, #name)
// The build hides symbols by default; these must be seen to replace the C library's.
#define SIMPUL_EXPORT __attribute__((visibility("default")))

extern "C" {

SIMPUL_EXPORT ssize_t pwrite64(int fd, const void* buf, size_t count, off64_t offset) {
  return refused(fd) ? -1 : NEXT(pwrite64)(fd, buf, count, offset);
}
SIMPUL_EXPORT ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset) {
  return refused(fd) ? -1 : NEXT(pwrite)(fd, buf, count, offset);
}
SIMPUL_EXPORT ssize_t write(int fd, const void* buf, size_t count) {
  return refused(fd) ? -1 : NEXT(write)(fd, buf, count);
}
SIMPUL_EXPORT int ftruncate(int fd, off_t length) {
  return refused(fd) ? -1 : NEXT(ftruncate)(fd, length);
}
SIMPUL_EXPORT int ftruncate64(int fd, off64_t length) {
  return refused(fd) ? -1 : NEXT(ftruncate64)(fd, length);
}

} // extern "C"
