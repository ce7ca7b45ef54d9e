// ExportJob (see export_job.h): the desktop's exports on the session's pool thread.
#include "export_job.h"

#include "client/qt/client_session.h"
#include "export_stream.h"
#include "session_registry.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <atomic>
#include <chrono>
#include <mutex>

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::CallStatus;
using simpul::client::ClientSession;

namespace {

// A whole kab/kota takes a while to stream; the server reads in short transactions, so only
// the client waits this long (as simpulctl does).
constexpr std::chrono::hours kExportDeadline{1};

} // namespace

// What a pool task hands back to the GUI thread.
struct ExportJob::Result {
  RecordExport::Outcome outcome = RecordExport::Outcome::Done;
  qlonglong rows = 0;
  QString serverError; // ServerFailed: errorText of the call, in the UI language
  QString path;
  bool recap = false;
};

// The cancel flag and the context of the running export, shared with its pool task: cancel()
// on the GUI thread cancels the call at once, even while the stream waits for the server.
struct ExportJob::Shared {
  std::atomic<bool> cancelled{false};
  std::mutex mutex;
  grpc::ClientContext* context = nullptr;

  void cancel() {
    cancelled = true;
    std::lock_guard lock(mutex);
    if (context != nullptr) {
      context->TryCancel();
    }
  }
  void bind(grpc::ClientContext* running) {
    std::lock_guard lock(mutex);
    context = running;
    if (running != nullptr && cancelled) {
      running->TryCancel();
    }
  }
};

ExportJob::ExportJob(QObject* parent) : QObject(parent) {}

ExportJob::~ExportJob() {
  cancel();
}

void ExportJob::attach(ClientSession* session) {
  m_session = session;
}

ClientSession* ExportJob::session() {
  if (m_session == nullptr) {
    m_session = simpul::components::sessionFor(this);
  }
  return m_session;
}

bool ExportJob::begin(const QString& format, const QStringList& allowed, const QString& path) {
  if (m_running) {
    return false;
  }
  QString refusal;
  if (session() == nullptr) {
    refusal = tr("Belum tersambung ke server.");
  } else if (path.trimmed().isEmpty()) {
    refusal = tr("Pilih berkas tujuan terlebih dahulu.");
  } else if (!allowed.contains(format)) {
    refusal = tr("Format %1 tidak dapat dipakai untuk ekspor ini.").arg(format);
  }
  if (!refusal.isEmpty()) {
    emit finished(false, refusal, path);
    return false;
  }
  m_shared = std::make_shared<Shared>();
  m_running = true;
  emit runningChanged();
  setRowsWritten(0);
  return true;
}

bool ExportJob::exportRecords(const QVariantMap& filter, const QString& format,
                              const QString& path) {
  if (!begin(format, {QStringLiteral("csv"), QStringLiteral("xlsx")}, path)) {
    return false;
  }
  v1::ExportRecordsRequest request;
  v1::RecordFilter& f = *request.mutable_filter();
  f.set_wilayah_code(filter.value(QStringLiteral("wilayahCode")).toString().toStdString());
  f.set_period(filter.value(QStringLiteral("period")).toString().toStdString());
  f.set_pmks_type(filter.value(QStringLiteral("pmksType")).toInt());
  f.set_status(static_cast<v1::RecordStatus>(filter.value(QStringLiteral("status")).toInt()));
  f.set_query(filter.value(QStringLiteral("query")).toString().trimmed().toStdString());
  const ExportFormat tableFormat =
      format == QLatin1String("xlsx") ? ExportFormat::Xlsx : ExportFormat::Csv;
  const QString absolute = QFileInfo(path.trimmed()).absoluteFilePath();
  const std::string file = QFile::encodeName(absolute).toStdString();
  ClientSession* s = session();
  const QPointer<ExportJob> self(this);
  s->dispatch(
      this,
      [shared = m_shared, request, tableFormat, file, absolute, s,
       self](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
             CallStatus& status) -> ClientSession::Delivery {
        RecordExportHooks hooks;
        hooks.progress = [s, self](std::int64_t rows) {
          // Posted to the session, which outlives its pool's tasks; whether the job still
          // exists is looked at on the GUI thread.
          QMetaObject::invokeMethod(
              s,
              [self, rows] {
                if (self != nullptr) {
                  self->setRowsWritten(rows);
                }
              },
              Qt::QueuedConnection);
        };
        hooks.cancelled = [shared] {
          return shared->cancelled.load();
        };
        shared->bind(&context);
        const RecordExport exported =
            exportRecordsToFile(channel, context, request, tableFormat, file, hooks);
        shared->bind(nullptr);
        Result result{exported.outcome, exported.rows, {}, absolute, false};
        if (exported.outcome == RecordExport::Outcome::ServerFailed) {
          status = simpul::client::callStatus(exported.status, context);
          result.serverError = status.message;
        }
        return [self, result] {
          if (self != nullptr) {
            self->deliver(result);
          }
        };
      },
      kExportDeadline);
  return true;
}

bool ExportJob::exportRecap(const QVariantMap& params, const QString& format, const QString& path) {
  if (!begin(format, {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")},
             path)) {
    return false;
  }
  v1::GetRecapRequest request;
  request.set_wilayah_code(params.value(QStringLiteral("wilayahCode")).toString().toStdString());
  request.set_period(params.value(QStringLiteral("period")).toString().toStdString());
  request.set_level(static_cast<v1::RecapLevel>(params.value(QStringLiteral("level")).toInt()));
  const int recapStatus = params.value(QStringLiteral("status")).toInt();
  if (recapStatus < 0 || params.value(QStringLiteral("allStatuses")).toBool()) {
    request.set_all_statuses(true);
  } else {
    request.set_status(static_cast<v1::RecordStatus>(recapStatus));
  }
  const std::string wilayahName =
      params.value(QStringLiteral("wilayahName")).toString().trimmed().toStdString();
  const RecapFormat recapFormat = format == QLatin1String("pdf")    ? RecapFormat::Pdf
                                  : format == QLatin1String("xlsx") ? RecapFormat::Xlsx
                                                                    : RecapFormat::Csv;
  const QString absolute = QFileInfo(path.trimmed()).absoluteFilePath();
  const std::string file = QFile::encodeName(absolute).toStdString();
  const QPointer<ExportJob> self(this);
  session()->dispatch(
      this,
      [shared = m_shared, request, wilayahName, recapFormat, file, absolute,
       self](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
             CallStatus& status) -> ClientSession::Delivery {
        shared->bind(&context);
        v1::GetRecapResponse response;
        const grpc::Status answer =
            v1::PmksService::NewStub(channel)->GetRecap(&context, request, &response);
        shared->bind(nullptr);
        Result result;
        result.path = absolute;
        result.recap = true;
        if (shared->cancelled) {
          result.outcome = RecordExport::Outcome::Cancelled;
        } else if (!answer.ok()) {
          status = simpul::client::callStatus(answer, context);
          result.outcome = RecordExport::Outcome::ServerFailed;
          result.serverError = status.message;
        } else {
          RecapTable table = recapTable(request, response);
          if (!wilayahName.empty()) {
            table.wilayah += " " + wilayahName;
          }
          std::string error; // bilingual: deliver() words it in the UI language
          result.rows = static_cast<qlonglong>(table.rows.size());
          if (!writeRecapFile(recapFormat, file, table, &error)) {
            result.outcome = RecordExport::Outcome::WriteFailed;
          }
        }
        return [self, result] {
          if (self != nullptr) {
            self->deliver(result);
          }
        };
      },
      kExportDeadline);
  return true;
}

void ExportJob::cancel() {
  if (m_running && m_shared) {
    m_shared->cancel();
  }
}

QString ExportJob::suggestedPath(const QString& fileName) const {
  QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  if (folder.isEmpty() || !QDir(folder).exists()) {
    folder = QDir::homePath();
  }
  return QDir(folder).filePath(fileName);
}

QString ExportJob::localPath(const QUrl& url) const {
  return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

QUrl ExportJob::fileUrl(const QString& path) const {
  return QUrl::fromLocalFile(path);
}

void ExportJob::deliver(const Result& result) {
  using Outcome = RecordExport::Outcome;
  const QString rows = QLocale().toString(result.rows);
  QString message;
  switch (result.outcome) {
  case Outcome::Done:
    message = result.recap ? tr("Rekap (%1 baris) disimpan ke %2.").arg(rows, result.path)
                           : tr("%1 data diekspor ke %2.").arg(rows, result.path);
    setRowsWritten(result.rows);
    break;
  case Outcome::Cancelled:
    message = tr("Ekspor dibatalkan; tidak ada berkas yang disimpan.");
    break;
  case Outcome::ServerFailed:
    message = result.serverError;
    break;
  case Outcome::CannotCreate:
    message =
        tr("Berkas %1 tidak dapat dibuat. Periksa foldernya dan izin menulisnya.").arg(result.path);
    break;
  case Outcome::WriteFailed:
    message = tr("Berkas %1 tidak dapat ditulis sampai selesai. Periksa folder dan ruang "
                 "penyimpanannya, lalu coba lagi.")
                  .arg(result.path);
    break;
  case Outcome::TooManyRows:
    message = tr("Data terlalu banyak untuk satu lembar XLSX (paling banyak 1.048.575 baris). "
                 "Pilih format CSV.");
    break;
  }
  end(result.outcome == Outcome::Done, message, result.path);
}

void ExportJob::setRowsWritten(qlonglong rows) {
  if (rows != m_rowsWritten) {
    m_rowsWritten = rows;
    emit rowsWrittenChanged();
  }
}

void ExportJob::end(bool ok, const QString& message, const QString& path) {
  m_running = false;
  m_shared.reset();
  emit runningChanged();
  emit finished(ok, message, path);
}

} // namespace simpul::pmks::ui
