#include "bench_server.h"

#include "bench_report.h"
#include "simpul/core/v1/auth.grpc.pb.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace simpul::bench {

namespace {

std::string tail(const std::string& path) {
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return text.size() > 4000 ? text.substr(text.size() - 4000) : text;
}

} // namespace

WorkDir::WorkDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "simpul-bench-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  m_path = pattern;
}

WorkDir::~WorkDir() {
  std::error_code ignored;
  std::filesystem::remove_all(m_path, ignored);
}

BenchServer::BenchServer(const std::string& dbPath, const std::vector<std::string>& extraArgs)
    : m_address("unix:" + m_dir.file("s.sock")) {
  std::vector<std::string> argv = {
      SIMPUL_DATA_PATH,        "--db", dbPath, "--listen", m_address, "--plugins",
      SIMPUL_BENCH_PLUGINS_DIR};
  argv.insert(argv.end(), extraArgs.begin(), extraArgs.end());
  const std::string log = m_dir.file("server.log");
  m_process = std::make_unique<testing::ChildProcess>(
      argv, testing::environmentWith({}, {"SIMPUL_TOKEN", "SIMPUL_SERVER"}), log);
  auto channel = client::openChannel(m_address);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!channel->WaitForConnected(std::chrono::system_clock::now() +
                                    std::chrono::milliseconds(200))) {
    if (!m_process->running() || std::chrono::steady_clock::now() > deadline) {
      throw std::runtime_error("simpul-data did not come up on " + dbPath + ":\n" + tail(log));
    }
  }
}

BenchServer::~BenchServer() {
  stop();
}

int BenchServer::pid() const {
  return m_process ? m_process->pid() : 0;
}

client::Session BenchServer::login(const std::string& username, const std::string& password) const {
  return loginAt(m_address, username, password);
}

client::Session loginAt(const std::string& address, const std::string& username,
                        const std::string& password) {
  client::Session anonymous(address, "");
  auto stub = simpul::core::v1::AuthService::NewStub(anonymous.channel());
  simpul::core::v1::LoginRequest request;
  request.set_username(username);
  request.set_password(password);
  simpul::core::v1::LoginResponse response;
  auto ctx = anonymous.context();
  const grpc::Status status = stub->Login(ctx.get(), request, &response);
  if (!status.ok()) {
    throw std::runtime_error("login as " + username + " failed: " + status.error_message());
  }
  return client::Session(address, response.token());
}

double BenchServer::peakRssMiB() const {
  return bench::peakRssMiB(pid());
}

double BenchServer::currentRssMiB() const {
  return bench::currentRssMiB(pid());
}

void BenchServer::stop() {
  if (m_process) {
    m_process->stop(SIGTERM, std::chrono::seconds(30));
    m_process.reset();
  }
}

std::string readFirstLine(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line)) {
    throw std::runtime_error("cannot read " + path);
  }
  return line;
}

} // namespace simpul::bench
