#pragma once

#include <grpcpp/channel.h>
#include <grpcpp/support/status.h>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::server::test {

// A fresh directory under the system temp dir, removed with its contents at the end.
class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return m_path; }
  std::string file(std::string_view name) const { return m_path + "/" + std::string(name); }

private:
  std::string m_path;
};

// Collects request log lines (a LogSink that tests can read back).
class CapturedLog {
public:
  void add(std::string_view line);
  std::vector<std::string> lines() const;

private:
  mutable std::mutex m_mutex;
  std::vector<std::string> m_lines;
};

struct UnaryResult {
  grpc::Status status;
  std::string response; // serialized bytes
};

// A unary call through grpc::GenericStub with raw serialized bytes, 5 s deadline. Lets the
// tests talk to grpc.health.v1 without generated stubs (Debian ships none for C++).
UnaryResult callUnary(const std::shared_ptr<grpc::Channel>& channel, const std::string& method,
                      const std::string& request);

// grpc.health.v1.Health/Check for the whole server: the serving status number
// (1 = SERVING), or -1 when the call failed.
int checkHealth(const std::shared_ptr<grpc::Channel>& channel);

// The service names server reflection (v1alpha) lists, through one ServerReflectionInfo
// stream with a list_services request.
std::vector<std::string> listServicesByReflection(const std::shared_ptr<grpc::Channel>& channel);

// A self-signed P-256 certificate for "localhost" and 127.0.0.1, written as PEM to
// certPath and keyPath (generated here so no private key is kept in the repository).
void writeSelfSignedCertificate(const std::string& certPath, const std::string& keyPath);

std::string readTextFile(const std::string& path);
void writeTextFile(const std::string& path, std::string_view content);

} // namespace simpul::server::test
