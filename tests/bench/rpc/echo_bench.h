#pragma once

// The raw gRPC echo baseline, as a library shared by bench_grpc_echo (the whole table) and
// bench_rpc (the 16-client cell measured right before the product's Get/List figures).

#include "bench_server.h"
#include "load.h"
#include "rpc/echo.pb.h"

#include <cstdint>
#include <grpcpp/server.h>
#include <memory>
#include <string>

namespace simpul::bench {

// Sync: a grpc::Service (what simpul-data runs: core/server/data_server.cpp builds a sync
// server). Callback: a CallbackService answering with the default reactor.
enum class EchoServerKind { Sync, Callback };
const char* echoServerKindName(EchoServerKind kind); // "sync", "callback"

// An echo server in this process, listening on a unix socket (in a private directory) and on
// 127.0.0.1 with a port the system picks. Shut down when destroyed.
class EchoServer {
public:
  explicit EchoServer(EchoServerKind kind);
  ~EchoServer();
  EchoServer(const EchoServer&) = delete;
  EchoServer& operator=(const EchoServer&) = delete;

  const std::string& unixAddress() const { return m_unixAddress; } // "unix:/tmp/.../echo.sock"
  const std::string& tcpAddress() const { return m_tcpAddress; }   // "127.0.0.1:41234"

private:
  WorkDir m_dir;
  std::unique_ptr<grpc::Service> m_service;
  std::unique_ptr<grpc::Server> m_server;
  std::string m_unixAddress;
  std::string m_tcpAddress;
};

// A record-sized message of realistic synthetic strings, different for each seed.
simpul::bench::v1::EchoRecord sampleEchoRecord(std::uint64_t seed);

// `options.clients` threads echoing for the warm-up and the measured interval. A failed call
// or an answer that differs from the request counts as a failure.
LoadResult runEcho(const std::string& address, ChannelMode mode, const LoadOptions& options);

} // namespace simpul::bench
