// The import wizard's view model (see import_job.h): preview on a worker of its own, the
// import through the session's pool with import_stream.h.
#include "import_job.h"

#include "client/qt/client_session.h"
#include "import_file.h"
#include "import_preview.h"
#include "import_stream.h"
#include "record_rows.h"
#include "session_registry.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QUrl>
#include <array>
#include <chrono>
#include <utility>

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::CallStatus;
using simpul::client::ClientSession;

namespace {

// A whole file goes in one stream; 100,000 rows take minutes, not hours (as the CLI).
constexpr std::chrono::milliseconds kImportDeadline = std::chrono::hours(2);
constexpr const char* kImportPermission = "pmks.record.import";

struct StatusStep {
  v1::RecordStatus status;
  const char* permission; // what it takes to put a record into this status (import_records.cpp)
};

constexpr std::array<StatusStep, 4> kSteps{{
    {v1::RECORD_STATUS_DRAFT, "pmks.record.write"},
    {v1::RECORD_STATUS_SUBMITTED, "pmks.record.validate"},
    {v1::RECORD_STATUS_VERIFIED, "pmks.record.validate"},
    {v1::RECORD_STATUS_VALIDATED, "pmks.record.validate"},
}};

// line, c0, c1, ...: a preview row's cells by position in the header.
QList<QByteArray> previewRoles() {
  QList<QByteArray> roles = {"line"};
  for (int i = 0; i < ImportJob::kPreviewColumns; ++i) {
    roles.append(QByteArray("c") + QByteArray::number(i));
  }
  return roles;
}

} // namespace

struct ImportJob::Outcome {
  bool answered = false; // the server answered OK (the response holds its counts)
  bool cancelled = false;
  QString error;
  v1::ImportRecordsResponse response;
};

ImportJob::ImportJob(QObject* parent)
    : QObject(parent), m_previewGeneration(std::make_shared<std::atomic<int>>(0)),
      m_previewRows(new ImportTableModel(previewRoles(), this)),
      m_errors(new ImportTableModel({"line", "column", "reason", "message"}, this)) {
  m_previewPool.setMaxThreadCount(1);
}

ImportJob::~ImportJob() {
  // The preview stops at its next row and its delivery, queued to this object, dies with it.
  m_previewGeneration->fetch_add(1);
  m_previewPool.waitForDone();
  if (m_cancel) {
    m_cancel->store(true);
  }
}

void ImportJob::attach(ClientSession* session) {
  if (m_sessionConnection) {
    disconnect(m_sessionConnection);
  }
  m_session = session;
  if (session != nullptr) {
    m_sessionConnection = connect(session, &ClientSession::signedInChanged, this, [this] {
      emit allowedStatusesChanged();
      emit canStartChanged();
    });
  }
  emit allowedStatusesChanged();
  emit canStartChanged();
}

void ImportJob::componentComplete() {
  attach(simpul::components::sessionFor(this));
}

QStringList ImportJob::templateColumns() const {
  return importTemplateColumns();
}

QStringList ImportJob::requiredColumns() const {
  return importRequiredColumns();
}

QVariantList ImportJob::allowedStatuses() const {
  QVariantList statuses;
  if (m_session == nullptr || !m_session->signedIn() ||
      !m_session->hasPermission(QLatin1String(kImportPermission))) {
    return statuses;
  }
  for (const StatusStep& step : kSteps) {
    if (m_session->hasPermission(QLatin1String(step.permission))) {
      statuses.append(static_cast<int>(step.status));
    }
  }
  return statuses;
}

QString ImportJob::localPath(const QString& path) {
  if (path.startsWith(QLatin1String("file:"))) {
    return QUrl(path).toLocalFile();
  }
  return path;
}

void ImportJob::preview(const QString& path) {
  const QString local = localPath(path.trimmed());
  const int generation = m_previewGeneration->fetch_add(1) + 1;
  if (!m_previewing) {
    m_previewing = true;
    emit previewingChanged();
  }
  std::shared_ptr<std::atomic<int>> current = m_previewGeneration;
  m_previewPool.start([this, current, generation, local] {
    ImportPreview preview = readImportPreview(local, kPreviewRows, kPreviewColumns,
                                              [&] { return current->load() != generation; });
    if (preview.stopped) {
      return;
    }
    // The destructor waits for this task, so `this` is alive; a delivery still queued when
    // it is destroyed is dropped with it.
    QMetaObject::invokeMethod(
        this,
        [this, generation, preview = std::move(preview)] {
          if (m_previewGeneration->load() == generation) {
            applyPreview(preview);
          }
        },
        Qt::QueuedConnection);
  });
}

void ImportJob::applyPreview(const ImportPreview& preview) {
  m_previewPath = preview.path;
  m_previewError = preview.error;
  m_header = preview.header;
  m_fileRows = preview.fileRows;
  m_previewRows->setRows(preview.rows);
  m_previewReady = true;
  m_previewing = false;
  emit previewChanged();
  emit previewingChanged();
  emit canStartChanged();
}

QVariantList ImportJob::previewColumns() const {
  return importPreviewColumns(m_header, kPreviewColumns);
}

QStringList ImportJob::presentColumns() const {
  return templateColumnsIn(m_header);
}

QStringList ImportJob::missingColumns() const {
  return templateColumnsMissing(m_header, importTemplateColumns());
}

QStringList ImportJob::missingRequired() const {
  if (!m_previewReady || !m_previewError.isEmpty()) {
    return {};
  }
  return templateColumnsMissing(m_header, importRequiredColumns());
}

bool ImportJob::canStart() const {
  return m_previewReady && !m_previewing && m_previewError.isEmpty() &&
         missingRequired().isEmpty() && !m_running && !allowedStatuses().isEmpty();
}

bool ImportJob::start(const QString& path, int status) {
  if (m_running || m_session == nullptr || !allowedStatuses().contains(status)) {
    return false;
  }
  const QString local = localPath(path.trimmed());
  clearResult();
  m_progress = 0.0;
  m_rowsSent = 0;
  emit progressChanged();
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  m_cancel = cancel;
  setRunning(true);

  // Progress goes to the session's thread (the GUI thread) through the session itself,
  // which outlives every task of its pool, and reaches this job only if it still exists.
  QPointer<ImportJob> guard(this);
  ClientSession* postTo = m_session.data();
  const std::string file = local.toStdString();
  const std::string fileName = QFileInfo(local).fileName().toStdString();
  const auto target = static_cast<v1::RecordStatus>(status);
  m_session->dispatch(
      this,
      [this, guard, postTo, cancel, file, fileName,
       target](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
               CallStatus& callStatus) -> ClientSession::Delivery {
        auto outcome = std::make_shared<Outcome>();
        auto deliver = [this, outcome] {
          finish(*outcome);
        };
        std::string error;
        const std::unique_ptr<TableReader> reader = TableReader::open(file, &error);
        if (!reader) {
          outcome->error = readerMessage(error);
          return deliver;
        }
        ImportStreamOptions options;
        options.targetStatus = target;
        options.fileName = fileName;
        options.requestId = newImportRequestId();
        options.progress = [guard, postTo](double fraction, int rows) {
          QMetaObject::invokeMethod(
              postTo,
              [guard, fraction, rows] {
                if (guard) {
                  guard->setProgress(fraction, rows);
                }
              },
              Qt::QueuedConnection);
        };
        options.cancelled = [cancel] {
          return cancel->load();
        };
        ImportStreamResult result = streamImport(*reader, channel, context, options);
        callStatus = simpul::client::callStatus(result.status, context);
        switch (result.end) {
        case ImportStreamEnd::Cancelled:
          outcome->cancelled = true;
          outcome->error = tr("Impor dibatalkan. Baris yang sudah terkirim mungkin sudah "
                              "tersimpan; mengimpor berkas yang sama lagi tidak membuat data "
                              "ganda.");
          break;
        case ImportStreamEnd::ReadFailed:
          outcome->error = readerMessage(result.readError) + QLatin1Char(' ') +
                           tr("Impor dihentikan; baris yang sudah terkirim mungkin sudah "
                              "tersimpan.");
          break;
        case ImportStreamEnd::Finished:
          outcome->answered = result.status.ok();
          if (outcome->answered) {
            outcome->response = std::move(result.response);
          } else {
            outcome->error = callStatus.message;
          }
          break;
        }
        return deliver;
      },
      kImportDeadline);
  return true;
}

void ImportJob::setProgress(double fraction, int rows) {
  if (!m_running) {
    return;
  }
  m_progress = fraction;
  m_rowsSent = rows;
  emit progressChanged();
}

void ImportJob::cancel() {
  if (m_cancel) {
    m_cancel->store(true);
  }
}

void ImportJob::finish(const Outcome& outcome) {
  m_cancel.reset();
  m_response = std::make_unique<v1::ImportRecordsResponse>(outcome.response);
  m_done = true;
  m_cancelled = outcome.cancelled;
  m_error = outcome.error;
  const bool english = englishUi();
  QList<QVariantMap> rows;
  rows.reserve(m_response->errors_size());
  for (const v1::RowError& e : m_response->errors()) {
    rows.append({{QStringLiteral("line"), e.line()},
                 {QStringLiteral("column"), QString::fromStdString(e.column())},
                 {QStringLiteral("reason"), QString::fromStdString(e.reason())},
                 {QStringLiteral("message"),
                  QString::fromStdString(english ? e.message_en() : e.message_id())}});
  }
  m_errors->setRows(std::move(rows));
  setRunning(false);
  emit resultChanged();
  emit finished(outcome.answered);
}

void ImportJob::clearResult() {
  m_response.reset();
  m_done = false;
  m_cancelled = false;
  m_error.clear();
  m_errors->setRows({});
  emit resultChanged();
}

QString ImportJob::saveErrorReport(const QString& path) const {
  if (!m_response) {
    return tr("Belum ada hasil impor.");
  }
  const QString local = localPath(path.trimmed());
  if (local.isEmpty()) {
    return tr("Tulis nama berkas laporan.");
  }
  std::string error;
  if (!saveImportErrorReport(local.toStdString(), *m_response, &error)) {
    return tr("Laporan tidak dapat ditulis ke %1.").arg(local);
  }
  return {};
}

void ImportJob::setRunning(bool running) {
  if (m_running != running) {
    m_running = running;
    emit runningChanged();
    emit canStartChanged();
  }
}

int ImportJob::rowsRead() const {
  return m_response ? m_response->rows_read() : 0;
}
int ImportJob::recordsCreated() const {
  return m_response ? m_response->records_created() : 0;
}
int ImportJob::recordsExisting() const {
  return m_response ? m_response->records_existing() : 0;
}
int ImportJob::personsCreated() const {
  return m_response ? m_response->persons_created() : 0;
}
int ImportJob::rowsFailed() const {
  return m_response ? m_response->rows_failed() : 0;
}
int ImportJob::legacyReviewAdvised() const {
  return m_response ? m_response->legacy_review_advised() : 0;
}
bool ImportJob::errorsTruncated() const {
  return m_response && m_response->errors_truncated();
}

} // namespace simpul::pmks::ui
