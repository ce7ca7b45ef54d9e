#include "server/transport/unix_socket_guard.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace simpul::server {

namespace {

std::string errnoText(int code) {
  return std::strerror(code);
}

// Restores the previous umask however the scope is left.
class UmaskScope {
public:
  explicit UmaskScope(mode_t mask) : m_previous(::umask(mask)) {}
  ~UmaskScope() { ::umask(m_previous); }
  UmaskScope(const UmaskScope&) = delete;
  UmaskScope& operator=(const UmaskScope&) = delete;

private:
  mode_t m_previous;
};

// 0 when something accepts connections on the socket, else the errno of connect().
int probeSocket(const std::string& path) {
  const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    return errno;
  }
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::memcpy(addr.sun_path, path.c_str(), std::min(path.size(), sizeof(addr.sun_path) - 1));
  const int rc = ::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof(addr));
  const int code = rc == 0 ? 0 : errno;
  ::close(fd);
  return code;
}

std::string directoryOf(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) {
    return ".";
  }
  return slash == 0 ? "/" : path.substr(0, slash);
}

} // namespace

std::unique_ptr<UnixSocketGuard> UnixSocketGuard::claim(std::string path, std::string* error) {
  const std::string where = "unix:" + path;
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) {
      *error = "cannot use " + where + ": " + errnoText(errno);
      return nullptr;
    }
    struct stat dir {};
    const std::string directory = directoryOf(path);
    if (::stat(directory.c_str(), &dir) != 0 || !S_ISDIR(dir.st_mode)) {
      *error = "cannot listen on " + where + ": directory " + directory + " does not exist";
      return nullptr;
    }
    return std::unique_ptr<UnixSocketGuard>(new UnixSocketGuard(std::move(path)));
  }
  if (!S_ISSOCK(st.st_mode)) {
    *error = "cannot listen on " + where + ": the path exists and is not a socket; not removing it";
    return nullptr;
  }
  const int probe = probeSocket(path);
  if (probe == 0) {
    *error = "cannot listen on " + where + ": another server is listening there";
    return nullptr;
  }
  if (probe != ECONNREFUSED) {
    *error =
        "cannot listen on " + where + ": checking the existing socket failed: " + errnoText(probe);
    return nullptr;
  }
  // Left behind by a server that died without cleaning up.
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
    *error = "cannot remove the stale socket " + path + ": " + errnoText(errno);
    return nullptr;
  }
  return std::unique_ptr<UnixSocketGuard>(new UnixSocketGuard(std::move(path)));
}

UnixSocketGuard::~UnixSocketGuard() {
  if (!m_created) {
    return;
  }
  // gRPC usually removes the file itself on shutdown; a different file at our path belongs
  // to someone else by now and stays.
  struct stat st {};
  if (::lstat(m_path.c_str(), &st) == 0 && S_ISSOCK(st.st_mode) && st.st_dev == m_device &&
      st.st_ino == m_inode && st.st_ctim.tv_sec == m_changed.tv_sec &&
      st.st_ctim.tv_nsec == m_changed.tv_nsec) {
    ::unlink(m_path.c_str());
  }
}

std::unique_ptr<grpc::Server> UnixSocketGuard::buildAndStart(grpc::ServerBuilder& builder,
                                                             std::string* error) {
  std::unique_ptr<grpc::Server> server;
  {
    const UmaskScope restrictive(0177);
    server = builder.BuildAndStart();
  }
  if (!server) {
    *error = "the gRPC server did not start on unix:" + m_path + " (see the log above)";
    return nullptr;
  }
  auto fail = [&](std::string message) {
    *error = std::move(message);
    server->Shutdown(std::chrono::system_clock::now());
    return nullptr;
  };
  struct stat st {};
  if (::lstat(m_path.c_str(), &st) != 0 || !S_ISSOCK(st.st_mode)) {
    return fail("the gRPC server started but no socket appeared at " + m_path);
  }
  if ((st.st_mode & 07777) != 0600 &&
      (::chmod(m_path.c_str(), 0600) != 0 || ::lstat(m_path.c_str(), &st) != 0)) {
    return fail("cannot restrict " + m_path + " to mode 0600: " + errnoText(errno));
  }
  // Recorded after chmod, which changes the ctime.
  m_created = true;
  m_device = st.st_dev;
  m_inode = st.st_ino;
  m_changed = st.st_ctim;
  return server;
}

} // namespace simpul::server
