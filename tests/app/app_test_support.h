#pragma once

#include "server/data_server.h"

#include <QString>
#include <QTemporaryDir>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace simpul::app::testing {

inline constexpr const char* kAdminPassword = "admin-password-1";

// Runs the event loop until `done` holds or `timeout` passes; returns done().
bool waitFor(const std::function<bool()>& done,
             std::chrono::milliseconds timeout = std::chrono::seconds(30));

// A migrated database with the full wilayah list and "admin" (kAdminPassword) with the admin
// role everywhere, built once per test process and copied to `path`.
void copyTemplateDatabase(const QString& path);

// Adds a user with `role` at `wilayahCode` ("" = everywhere); password "<username>-password-1".
void addUser(const QString& dbPath, const std::string& username, const std::string& role,
             const std::string& wilayahCode);

// simpul-data in this process on a copy of the template, on a unix socket in its own
// temporary directory.
class InProcessServer {
public:
  InProcessServer();
  ~InProcessServer();
  QString address() const { return m_address; }
  QString dbPath() const { return m_dbPath; }

private:
  QTemporaryDir m_dir;
  QString m_dbPath;
  QString m_address;
  std::unique_ptr<server::DataServer> m_server;
};

// Whether grpc.health answers SERVING and AuthService.Login accepts the user at `address`.
bool canLogIn(const QString& address, const std::string& username, const std::string& password);

} // namespace simpul::app::testing
