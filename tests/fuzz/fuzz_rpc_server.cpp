#include "fuzz_rpc_server.h"

#include "server/auth/accounts.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;

namespace simpul::fuzz {

namespace {

constexpr const char* kAdminPassword = "fuzz-admin-password-1";

// The regions the fuzzer's data can name: all of Kabupaten Bandung (32.04) with its
// ancestors, and one kecamatan of Aceh (11.01.01) to be out of any narrower scope. Loading
// the full list (91k rows) would cost each short fuzz run seconds for nothing.
bool keepWilayah(const std::string& line) {
  const std::string code = line.substr(0, line.find(','));
  return code == "32" || code == "11" || code == "11.01" || code == "11.01.01" ||
         code.rfind("32.04", 0) == 0 || code.rfind("11.01.01.", 0) == 0;
}

std::string writeWilayahSlice(const std::string& dir) {
  std::ifstream in(SIMPUL_FUZZ_WILAYAH_CSV);
  if (!in) {
    throw std::runtime_error("cannot read " + std::string(SIMPUL_FUZZ_WILAYAH_CSV));
  }
  const std::string path = dir + "/wilayah.csv";
  std::ofstream out(path);
  std::string line;
  std::getline(in, line);
  out << line << '\n'; // the header
  while (std::getline(in, line)) {
    if (keepWilayah(line)) {
      out << line << '\n';
    }
  }
  return path;
}

} // namespace

FuzzServer::FuzzServer() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/simpul-fuzz-rpc-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  m_dir = pattern;
  m_dbPath = m_dir + "/simpul.db";
  m_pristinePath = m_dir + "/pristine.db";
  m_address = "unix:" + m_dir + "/s.sock";

  server::initializeDatabase(m_dbPath, writeWilayahSlice(m_dir));
  {
    storage::Database db = storage::Database::open(m_dbPath);
    storage::Transaction tx(db, storage::Transaction::Mode::Immediate);
    const auto now = std::chrono::system_clock::now();
    const std::int64_t id = server::createUser(db, "admin", "Admin", kAdminPassword, now);
    server::grantRole(db, id, "admin", "", now);
    tx.commit();
  }
  fs::copy_file(m_dbPath, m_pristinePath);
  start();
}

FuzzServer::~FuzzServer() {
  if (m_server) {
    m_server->shutdown(std::chrono::seconds(2));
  }
  m_server.reset();
  std::error_code ignored;
  fs::remove_all(m_dir, ignored);
}

void FuzzServer::start() {
  server::DataServerOptions options;
  options.dbPath = m_dbPath;
  options.listen = m_address;
  options.pluginsDir = SIMPUL_FUZZ_PLUGINS_DIR;
  // The request log of every fuzzed call would drown libFuzzer's own output.
  options.log = [](std::string_view) {
  };
  m_server = server::DataServer::start(options);
  m_channel = grpc::CreateChannel(m_address, grpc::InsecureChannelCredentials());
  login();
}

void FuzzServer::login() {
  auto stub = core::v1::AuthService::NewStub(m_channel);
  core::v1::LoginRequest request;
  request.set_username("admin");
  request.set_password(kAdminPassword);
  core::v1::LoginResponse response;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  const grpc::Status status = stub->Login(&context, request, &response);
  if (!status.ok()) {
    throw std::runtime_error("fuzz server: admin login failed: " + status.error_message());
  }
  m_token = response.token();
}

bool FuzzServer::adminIntact() {
  auto stub = core::v1::AuthService::NewStub(m_channel);
  grpc::ClientContext context;
  context.AddMetadata("authorization", "Bearer " + m_token);
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  core::v1::WhoAmIResponse response;
  if (!stub->WhoAmI(&context, core::v1::WhoAmIRequest(), &response).ok()) {
    return false;
  }
  for (const auto& binding : response.role_bindings()) {
    if (binding.role() == "admin" && binding.wilayah_code().empty()) {
      return true;
    }
  }
  return false;
}

void FuzzServer::restore() {
  m_server->shutdown(std::chrono::seconds(2));
  m_server.reset();
  m_channel.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::error_code ignored;
    fs::remove(m_dbPath + suffix, ignored);
  }
  fs::copy_file(m_pristinePath, m_dbPath);
  start();
}

} // namespace simpul::fuzz
