#include "pmks_qml_support.h"

#include "client/qt/client_session.h"
#include "import_file.h"
#include "server/auth/accounts.h"
#include "server/data_server.h"
#include "simpul/core/v1/attachment.grpc.pb.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QFile>
#include <QImage>
#include <QVariantMap>
#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <grpcpp/grpcpp.h>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;
namespace v1 = simpul::pmks::v1;

namespace simpul::testing {

namespace {

struct TestUser {
  const char* username;
  const char* role;
  const char* wilayah;
};

constexpr std::array<TestUser, 4> kUsers{{
    {"psm.desa", "psm", "32.04.05.2001"},
    {"psm.lain", "psm", "32.04.05.2002"},
    {"kades.desa", "kepala_desa", "32.04.05.2001"},
    {"dinsos.bdg", "dinsos", "32.04"},
}};

std::string passwordFor(const std::string& username) {
  return username + "-password-1";
}

std::unique_ptr<grpc::ClientContext> contextFor(const std::string& token) {
  auto context = std::make_unique<grpc::ClientContext>();
  context->AddMetadata("authorization", "Bearer " + token);
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(15));
  return context;
}

} // namespace

PmksSupport::PmksSupport(QObject* parent) : QObject(parent) {}

PmksSupport::~PmksSupport() {
  stop();
}

void PmksSupport::start(const std::string& wilayahCsv, const std::string& pluginsDir) {
  std::string pattern = (fs::temp_directory_path() / "simpul-pmks-qml-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  m_dir = pattern;
  const std::string dbPath = m_dir + "/simpul.db";
  m_address = "unix:" + m_dir + "/s.sock";
  server::initializeDatabase(dbPath, wilayahCsv);
  {
    storage::Database db = storage::Database::open(dbPath);
    storage::Transaction tx(db, storage::Transaction::Mode::Immediate);
    const auto now = std::chrono::system_clock::now();
    for (const TestUser& user : kUsers) {
      const std::int64_t id =
          server::createUser(db, user.username, user.username, passwordFor(user.username), now);
      server::grantRole(db, id, user.role, user.wilayah, now);
    }
    tx.commit();
  }
  server::DataServerOptions options;
  options.dbPath = dbPath;
  options.listen = m_address;
  options.pluginsDir = pluginsDir;
  options.log = [](std::string_view) {
  };
  m_server = server::DataServer::start(options);
  m_session = std::make_unique<client::ClientSession>();
  m_session->connectTo(QString::fromStdString(m_address));
}

void PmksSupport::stop() {
  m_session.reset();
  if (m_server) {
    m_server->shutdown(std::chrono::seconds(5));
    m_server.reset();
  }
  if (!m_dir.empty()) {
    std::error_code ignored;
    fs::remove_all(m_dir, ignored);
    m_dir.clear();
  }
}

void PmksSupport::signInAs(const QString& username) {
  if (m_session->signedIn()) {
    if (m_session->username() == username) {
      return;
    }
    m_session->logout();
  }
  m_session->login(username, QString::fromStdString(passwordFor(username.toStdString())));
}

void PmksSupport::signOut() {
  if (m_session && m_session->signedIn()) {
    m_session->logout();
  }
}

std::string PmksSupport::tokenOf(const std::string& username) {
  auto found = m_tokens.find(username);
  if (found != m_tokens.end()) {
    return found->second;
  }
  auto channel = grpc::CreateChannel(m_address, grpc::InsecureChannelCredentials());
  simpul::core::v1::LoginRequest request;
  request.set_username(username);
  request.set_password(passwordFor(username));
  simpul::core::v1::LoginResponse response;
  grpc::ClientContext context;
  const grpc::Status status =
      simpul::core::v1::AuthService::NewStub(channel)->Login(&context, request, &response);
  if (!status.ok()) {
    std::fprintf(stderr, "login %s: %s\n", username.c_str(), status.error_message().c_str());
    return {};
  }
  m_tokens[username] = response.token();
  return response.token();
}

QString PmksSupport::nikFor(int serial, bool female) const {
  return QStringLiteral("320405%1%2%3")
      .arg(female ? 50 : 10)
      .arg(QStringLiteral("0580"))
      .arg(serial, 4, 10, QLatin1Char('0'));
}

QString PmksSupport::createRecord(const QString& username, int type, int serial, bool female,
                                  const QString& period, const QString& desa) {
  v1::CreateRecordRequest request;
  v1::Record* record = request.mutable_record();
  record->set_pmks_type(type);
  record->set_period(period.toStdString());
  record->mutable_subject()->set_nik(nikFor(serial, female).toStdString());
  record->mutable_subject()->set_full_name("Warga " + std::to_string(serial));
  record->mutable_location()->set_wilayah_code(desa.toStdString());
  v1::Record out;
  auto channel = grpc::CreateChannel(m_address, grpc::InsecureChannelCredentials());
  auto context = contextFor(tokenOf(username.toStdString()));
  const grpc::Status status =
      v1::PmksService::NewStub(channel)->CreateRecord(context.get(), request, &out);
  if (!status.ok()) {
    std::fprintf(stderr, "create record: %s\n", status.error_message().c_str());
    return {};
  }
  return QString::fromStdString(out.name());
}

int PmksSupport::step(const QString& username, const QString& action, const QString& name) {
  v1::TransitionRequest request;
  request.set_name(name.toStdString());
  request.set_reason("uji");
  v1::Record out;
  auto channel = grpc::CreateChannel(m_address, grpc::InsecureChannelCredentials());
  auto stub = v1::PmksService::NewStub(channel);
  auto context = contextFor(tokenOf(username.toStdString()));
  grpc::Status status;
  if (action == QLatin1String("submit")) {
    status = stub->SubmitRecord(context.get(), request, &out);
  } else if (action == QLatin1String("verify")) {
    status = stub->VerifyRecord(context.get(), request, &out);
  } else if (action == QLatin1String("validate")) {
    status = stub->ValidateRecord(context.get(), request, &out);
  } else {
    status = stub->ReturnRecord(context.get(), request, &out);
  }
  if (!status.ok()) {
    std::fprintf(stderr, "step %s: %s\n", qPrintable(action), status.error_message().c_str());
    return -1;
  }
  return out.status();
}

int PmksSupport::statusOf(const QString& name) {
  v1::GetRecordRequest request;
  request.set_name(name.toStdString());
  v1::Record out;
  auto channel = grpc::CreateChannel(m_address, grpc::InsecureChannelCredentials());
  auto context = contextFor(tokenOf("dinsos.bdg"));
  const grpc::Status status =
      v1::PmksService::NewStub(channel)->GetRecord(context.get(), request, &out);
  return status.ok() ? out.status() : -1;
}

QVariantList PmksSupport::recap(const QString& username, const QString& wilayahCode,
                                const QString& period, int level, int status) {
  v1::GetRecapRequest request;
  request.set_wilayah_code(wilayahCode.toStdString());
  request.set_period(period.toStdString());
  request.set_level(static_cast<v1::RecapLevel>(level));
  if (status < 0) {
    request.set_all_statuses(true);
  } else {
    request.set_status(static_cast<v1::RecordStatus>(status));
  }
  v1::GetRecapResponse out;
  auto channel = grpc::CreateChannel(m_address, grpc::InsecureChannelCredentials());
  auto context = contextFor(tokenOf(username.toStdString()));
  const grpc::Status result =
      v1::PmksService::NewStub(channel)->GetRecap(context.get(), request, &out);
  QVariantList rows;
  if (!result.ok()) {
    std::fprintf(stderr, "recap: %s\n", result.error_message().c_str());
    return rows;
  }
  for (const v1::RecapRow& row : out.rows()) {
    rows.append(
        QVariantMap{{QStringLiteral("wilayahCode"), QString::fromStdString(row.wilayah_code())},
                    {QStringLiteral("typeOrder"), row.pmks_type()},
                    {QStringLiteral("male"), static_cast<qlonglong>(row.male())},
                    {QStringLiteral("female"), static_cast<qlonglong>(row.female())},
                    {QStringLiteral("total"), static_cast<qlonglong>(row.total())}});
  }
  return rows;
}

QString PmksSupport::exportPath(const QString& fileName) const {
  return QString::fromStdString(m_dir) + QLatin1Char('/') + fileName;
}

QVariantList PmksSupport::readExportTable(const QString& path) const {
  std::string error;
  auto reader = pmks::TableReader::open(QFile::encodeName(path).toStdString(), &error);
  QVariantList rows;
  if (!reader) {
    std::fprintf(stderr, "read export: %s\n", error.c_str());
    return rows;
  }
  const auto texts = [](const std::vector<std::string>& values) {
    QStringList list;
    for (const std::string& value : values) {
      list.append(QString::fromStdString(value));
    }
    return list;
  };
  rows.append(texts(reader->header()));
  pmks::TableRow row;
  while (reader->next(row)) {
    rows.append(texts(row.values));
  }
  return rows;
}

QString PmksSupport::readExportFile(const QString& path) const {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    return {};
  }
  return QString::fromLatin1(file.readAll());
}

QString PmksSupport::writeTextFile(const QString& fileName, const QString& text) const {
  const QString path = QString::fromStdString(m_dir) + QLatin1Char('/') + fileName;
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
    std::fprintf(stderr, "cannot write %s\n", qPrintable(fileName));
    return {};
  }
  return path;
}

QString PmksSupport::readTextFile(const QString& path) const {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    return {};
  }
  return QString::fromUtf8(file.readAll());
}

QString PmksSupport::writeImageFile(const QString& fileName, int width, int height,
                                    const QString& format) const {
  QImage image(width, height, QImage::Format_RGB32);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      image.setPixel(x, y, qRgb(x * 255 / width, y * 255 / height, 128));
    }
  }
  const QString path = QString::fromStdString(m_dir) + QLatin1Char('/') + fileName;
  if (!image.save(path, format.toLatin1().constData())) {
    std::fprintf(stderr, "cannot write %s\n", qPrintable(fileName));
    return {};
  }
  return path;
}

QStringList PmksSupport::attachmentsOf(const QString& name) {
  v1::GetRecordRequest request;
  request.set_name(name.toStdString());
  v1::Record out;
  auto channel = grpc::CreateChannel(m_address, grpc::InsecureChannelCredentials());
  auto context = contextFor(tokenOf("dinsos.bdg"));
  QStringList names;
  if (v1::PmksService::NewStub(channel)->GetRecord(context.get(), request, &out).ok()) {
    for (const std::string& attachment : out.attachments()) {
      names << QString::fromStdString(attachment);
    }
  }
  return names;
}

QString PmksSupport::attachFile(const QString& username, const QString& name, const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    return {};
  }
  const std::string token = tokenOf(username.toStdString());
  auto channel = grpc::CreateChannel(m_address, grpc::InsecureChannelCredentials());
  simpul::core::v1::Attachment stored;
  auto uploadContext = contextFor(token);
  auto writer = simpul::core::v1::AttachmentService::NewStub(channel)->UploadAttachment(
      uploadContext.get(), &stored);
  simpul::core::v1::UploadAttachmentRequest message;
  message.mutable_metadata()->set_filename("foto.bin");
  writer->Write(message);
  message.set_chunk(file.readAll().toStdString());
  writer->Write(message);
  writer->WritesDone();
  grpc::Status status = writer->Finish();
  if (!status.ok()) {
    std::fprintf(stderr, "upload: %s\n", status.error_message().c_str());
    return {};
  }
  auto stub = v1::PmksService::NewStub(channel);
  v1::GetRecordRequest get;
  get.set_name(name.toStdString());
  v1::Record record;
  auto getContext = contextFor(token);
  status = stub->GetRecord(getContext.get(), get, &record);
  v1::UpdateRecordRequest update;
  *update.mutable_record() = record;
  update.mutable_record()->add_attachments(stored.name());
  update.mutable_update_mask()->add_paths("attachments");
  auto updateContext = contextFor(token);
  if (status.ok()) {
    status = stub->UpdateRecord(updateContext.get(), update, &record);
  }
  if (!status.ok()) {
    std::fprintf(stderr, "attach: %s\n", status.error_message().c_str());
    return {};
  }
  return QString::fromStdString(stored.name());
}

} // namespace simpul::testing
