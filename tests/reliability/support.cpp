#include "support.h"

#include "simpul/core/v1/auth.grpc.pb.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>
#include <unistd.h>

namespace simpul::reliability {

namespace v1 = pmks::v1;

namespace {

std::string dataFile(const char* name) {
  const char* dir = std::getenv("SIMPUL_DATA_DIR");
  return std::string(dir != nullptr && *dir != '\0' ? dir : SIMPUL_RELIABILITY_DATA_DIR) + "/" +
         name;
}

std::string readAll(const std::string& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> serverEnvironment(const std::map<std::string, std::string>& set = {}) {
  return testing::environmentWith(set, {"SIMPUL_TOKEN", "SIMPUL_SERVER", "SIMPUL_PLUGINS"});
}

} // namespace

TempDir::TempDir() {
  std::string pattern = "/tmp/simpul-rel-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  m_path = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::add, ignored);
  std::filesystem::remove_all(m_path, ignored);
}

const std::string& templateDatabase() {
  // Made once: init is a few hundred milliseconds, the first server start applies the
  // plugins' migrations; every run then starts from a copy.
  static TempDir dir;
  static const std::string path = [] {
    const std::string db = dir.file("template.db");
    const std::string passwordFile = dir.file("admin.pw");
    std::ofstream(passwordFile) << kAdminPassword << "\n";
    const auto init = testing::runProcess({SIMPULCTL_PATH, "init", "--db", db, "--admin", kAdmin,
                                           "--admin-password-file", passwordFile, "--wilayah",
                                           dataFile("wilayah.csv")},
                                          serverEnvironment());
    if (init.exitCode != 0) {
      throw std::runtime_error("simpulctl init failed: " + init.err);
    }
    Server server(db, dir.path());
    server.start();
    server.stop();
    return db;
  }();
  return path;
}

void copyTemplate(const std::string& path) {
  std::filesystem::copy_file(templateDatabase(), path,
                             std::filesystem::copy_options::overwrite_existing);
}

Server::Server(std::string dbPath, std::string dir)
    : m_db(std::move(dbPath)), m_dir(std::move(dir)), m_address("unix:" + m_dir + "/s.sock"),
      m_log(m_dir + "/server.log") {}

Server::~Server() {
  if (m_process) {
    m_process->stop(SIGKILL, std::chrono::seconds(10));
  }
}

void Server::start() {
  if (m_process) {
    throw std::logic_error("the server already runs");
  }
  // A SIGKILLed server leaves its socket file behind.
  std::error_code ignored;
  std::filesystem::remove(m_dir + "/s.sock", ignored);
  m_process = std::make_unique<testing::ChildProcess>(
      std::vector<std::string>{SIMPUL_DATA_PATH, "--db", m_db, "--listen", m_address, "--plugins",
                               SIMPUL_RELIABILITY_PLUGINS_DIR},
      serverEnvironment(m_environment), m_log);
  auto channel = client::openChannel(m_address);
  const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!channel->WaitForConnected(std::chrono::system_clock::now() +
                                    std::chrono::milliseconds(100))) {
    if (!m_process->running() || std::chrono::steady_clock::now() > giveUp) {
      m_process.reset();
      throw std::runtime_error("simpul-data did not come up:\n" + logTail());
    }
  }
}

void Server::kill() {
  if (m_process) {
    m_process->stop(SIGKILL, std::chrono::seconds(10));
    m_process.reset();
  }
}

void Server::stop() {
  if (m_process) {
    const auto result = m_process->stop(SIGTERM, std::chrono::seconds(30));
    m_process.reset();
    if (result.timedOut) {
      throw std::runtime_error("simpul-data did not stop on SIGTERM:\n" + logTail());
    }
  }
}

pid_t Server::pid() const {
  return m_process ? m_process->pid() : -1;
}

std::string Server::logTail() const {
  const std::string text = readAll(m_log);
  return text.size() > 3000 ? text.substr(text.size() - 3000) : text;
}

client::Session Server::login(const std::string& user, const std::string& password) const {
  client::Session anonymous(m_address, "");
  auto stub = core::v1::AuthService::NewStub(anonymous.channel());
  core::v1::LoginRequest request;
  request.set_username(user);
  request.set_password(password);
  core::v1::LoginResponse response;
  grpc::Status status;
  // gRPC shares subchannels between channels to the same address: after a restart the
  // first call may still go to the killed server's connection and fail UNAVAILABLE.
  for (int attempt = 0; attempt < 50; ++attempt) {
    auto ctx = anonymous.context();
    status = stub->Login(ctx.get(), request, &response);
    if (status.error_code() != grpc::StatusCode::UNAVAILABLE) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (!status.ok()) {
    throw std::runtime_error("login as " + user + " failed: " + status.error_message());
  }
  return client::Session(m_address, response.token());
}

const std::vector<bench::GenRow>& generatedRows(std::size_t count) {
  static std::mutex mutex;
  static std::map<std::size_t, std::vector<bench::GenRow>> made; // by count; never erased
  std::lock_guard lock(mutex);
  auto& rows = made[count];
  if (rows.empty()) {
    bench::GenOptions options;
    options.wilayahCsv = dataFile("wilayah.csv");
    options.namesCsv = dataFile("indonesian_names_faker.csv");
    options.provinsi = "32";
    options.rows = static_cast<std::int64_t>(count);
    options.seed = 1;
    bench::Generator generator(options);
    bench::GenRow row;
    while (generator.next(row)) {
      rows.push_back(row);
    }
  }
  return rows;
}

std::vector<std::string> importColumns() {
  return {"nik",   "no_kk", "nama", "jenis_kelamin", "tanggal_lahir",     "kode_wilayah",
          "dusun", "rw",    "rt",   "jenis_pmks",    "jenis_disabilitas", "periode"};
}

std::vector<std::string> importValues(const bench::GenRow& row) {
  return {row.nik,   row.noKk, row.name, row.sex == 2 ? "P" : "L",     row.birthDate,  row.desaCode,
          row.dusun, row.rw,   row.rt,   std::to_string(row.pmksType), row.disability, row.period};
}

std::string recordKey(const bench::GenRow& row) {
  return row.subjectKey() + "|" + std::to_string(row.pmksType) + "|" + row.period;
}

std::set<std::string> recordKeysOf(const std::vector<bench::GenRow>& rows) {
  std::set<std::string> keys;
  for (const auto& row : rows) {
    keys.insert(recordKey(row));
  }
  return keys;
}

ImportCall importRows(const client::Session& session, const std::vector<bench::GenRow>& rows,
                      v1::RecordStatus target, int perMessage, const std::string& requestId) {
  auto stub = v1::PmksService::NewStub(session.channel());
  auto ctx = session.context(std::chrono::seconds(120));
  ImportCall call;
  auto writer = stub->ImportRecords(ctx.get(), &call.response);
  v1::ImportRecordsRequest first;
  auto* options = first.mutable_options();
  options->set_request_id(requestId);
  options->set_target_status(target);
  options->set_file_name("reliability.csv");
  for (const auto& column : importColumns()) {
    options->add_columns(column);
  }
  bool open = writer->Write(first);
  for (std::size_t i = 0; open && i < rows.size(); i += static_cast<std::size_t>(perMessage)) {
    v1::ImportRecordsRequest message;
    for (std::size_t j = i; j < std::min(rows.size(), i + perMessage); ++j) {
      auto* row = message.mutable_rows()->add_rows();
      row->set_line(static_cast<int>(j) + 2);
      for (auto& value : importValues(rows[j])) {
        row->add_values(std::move(value));
      }
    }
    open = writer->Write(message);
  }
  writer->WritesDone();
  call.status = writer->Finish();
  return call;
}

std::uint64_t seedFromEnvironment() {
  if (const char* text = std::getenv("SIMPUL_RELIABILITY_SEED"); text != nullptr && *text) {
    return std::stoull(text);
  }
  return std::random_device{}() ^ (static_cast<std::uint64_t>(::getpid()) << 32);
}

int intFromEnvironment(const char* name, int fallback) {
  const char* text = std::getenv(name);
  return text != nullptr && *text != '\0' ? std::stoi(text) : fallback;
}

} // namespace simpul::reliability
