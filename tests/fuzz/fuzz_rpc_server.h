#pragma once

// The simpul-data the RPC fuzz target calls: one real server in process, started once per
// fuzzing process on a temporary SQLite file (core schema, a small slice of the official
// wilayah list, one admin) with the pmks plugin, listening on a unix socket.

#include "server/data_server.h"

#include <grpcpp/grpcpp.h>
#include <memory>
#include <string>

namespace simpul::fuzz {

class FuzzServer {
public:
  FuzzServer();
  ~FuzzServer();

  const std::shared_ptr<grpc::Channel>& channel() const { return m_channel; }
  const std::string& adminToken() const { return m_token; }
  // The temporary directory holding the database and the socket.
  const std::string& directory() const { return m_dir; }

  // True while the admin's session works and still carries the admin role everywhere.
  bool adminIntact();
  // Puts the database back as it was after setup and logs in again: for when an input
  // logged the admin out, changed its password or took its role away.
  void restore();

private:
  void start();
  void login();

  std::string m_dir;
  std::string m_dbPath;
  std::string m_pristinePath;
  std::string m_address;
  std::unique_ptr<server::DataServer> m_server;
  std::shared_ptr<grpc::Channel> m_channel;
  std::string m_token;
};

} // namespace simpul::fuzz
