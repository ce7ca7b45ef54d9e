#include "app_test_support.h"

#include "server/auth/accounts.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <cstdlib>
#include <grpcpp/grpcpp.h>
#include <stdexcept>

namespace simpul::app::testing {

bool waitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > timeout.count()) {
      return done();
    }
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
  return true;
}

void addUser(const QString& dbPath, const std::string& username, const std::string& role,
             const std::string& wilayahCode) {
  storage::Database db = storage::Database::open(dbPath.toStdString());
  storage::Transaction tx(db, storage::Transaction::Mode::Immediate);
  const auto now = std::chrono::system_clock::now();
  const std::int64_t id = server::createUser(db, username, username, username + "-password-1", now);
  server::grantRole(db, id, role, wilayahCode, now);
  tx.commit();
}

namespace {

const QString& templatePath() {
  // Never destroyed, so that the atexit handler can still read it.
  static const QString* path = [] {
    auto* dir = new QTemporaryDir(QDir::temp().filePath(QStringLiteral("simpul-app-template-")));
    if (!dir->isValid()) {
      throw std::runtime_error("no temporary directory");
    }
    auto* file = new QString(dir->filePath(QStringLiteral("template.db")));
    server::initializeDatabase(file->toStdString(), SIMPUL_TEST_WILAYAH_CSV);
    storage::Database db = storage::Database::open(file->toStdString());
    storage::Transaction tx(db, storage::Transaction::Mode::Immediate);
    const auto now = std::chrono::system_clock::now();
    const std::int64_t id = server::createUser(db, "admin", "Administrator", kAdminPassword, now);
    server::grantRole(db, id, "admin", "", now);
    tx.commit();
    static QTemporaryDir* owned = dir;
    std::atexit([] { delete owned; });
    return file;
  }();
  return *path;
}

} // namespace

void copyTemplateDatabase(const QString& path) {
  QFile::remove(path);
  if (!QFile::copy(templatePath(), path)) {
    throw std::runtime_error("cannot copy the template database");
  }
  QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

InProcessServer::InProcessServer() : m_dir(QDir::temp().filePath(QStringLiteral("simpul-app-"))) {
  m_dbPath = m_dir.filePath(QStringLiteral("simpul.db"));
  copyTemplateDatabase(m_dbPath);
  m_address = QStringLiteral("unix:") + m_dir.filePath(QStringLiteral("s.sock"));
  server::DataServerOptions options;
  options.dbPath = m_dbPath.toStdString();
  options.listen = m_address.toStdString();
  options.log = [](std::string_view) {
  };
  m_server = server::DataServer::start(options);
}

InProcessServer::~InProcessServer() {
  m_server->shutdown(std::chrono::seconds(5));
}

bool canLogIn(const QString& address, const std::string& username, const std::string& password) {
  auto channel = grpc::CreateChannel(address.toStdString(), grpc::InsecureChannelCredentials());
  auto stub = simpul::core::v1::AuthService::NewStub(channel);
  simpul::core::v1::LoginRequest request;
  request.set_username(username);
  request.set_password(password);
  simpul::core::v1::LoginResponse response;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  return stub->Login(&context, request, &response).ok() && !response.token().empty();
}

} // namespace simpul::app::testing
