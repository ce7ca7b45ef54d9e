#pragma once

#include <ctime>
#include <memory>
#include <string>
#include <sys/types.h>

namespace grpc {
class Server;
class ServerBuilder;
} // namespace grpc

namespace simpul::server {

// Owns the socket file of a unix: listen address for the life of the server:
//
//   std::string error;
//   auto guard = UnixSocketGuard::claim(address.path, &error); // refuses a live socket
//   if (!guard) { fail(error); }
//   builder.AddListeningPort(address.toGrpcAddress(), credentials);
//   auto server = guard->buildAndStart(builder, &error);       // socket created 0600
//   ... server->Shutdown(deadline); server.reset(); guard.reset(); // removes the file
//
// Only the owner may connect (mode 0600): on a shared machine the socket must not be a way
// around the login. Declare the guard before the server so the server goes first.
class UnixSocketGuard {
public:
  // Checks that `path` can be ours: a stale socket (nobody accepts on it) is removed; a live
  // one (another server), a file that is not a socket, or a missing directory is refused
  // with *error saying so. gRPC itself would silently unlink a live socket and take over.
  // A server starting on the same path in the moment between claim() and buildAndStart()
  // is not detected.
  static std::unique_ptr<UnixSocketGuard> claim(std::string path, std::string* error);

  UnixSocketGuard(const UnixSocketGuard&) = delete;
  UnixSocketGuard& operator=(const UnixSocketGuard&) = delete;
  // Removes the socket file if it is still the one our server created.
  ~UnixSocketGuard();

  // builder.BuildAndStart() with the process umask at 0177, so the socket is born 0600 and
  // there is no moment where others may connect; then chmod 0600 again in case the
  // platform ignored the umask for sockets. Returns nullptr with *error when the server
  // did not start or the socket is missing or cannot be restricted (the server is then
  // shut down). The umask is process-wide: call this while no other thread creates files.
  std::unique_ptr<grpc::Server> buildAndStart(grpc::ServerBuilder& builder, std::string* error);

  const std::string& path() const { return m_path; }

private:
  explicit UnixSocketGuard(std::string path) : m_path(std::move(path)) {}

  std::string m_path;
  bool m_created = false;
  // Identity of the socket we created. The inode alone is not enough: file systems hand a
  // freed inode number to the next file at once, so the change time is compared too.
  dev_t m_device = 0;
  ino_t m_inode = 0;
  timespec m_changed{};
};

} // namespace simpul::server
