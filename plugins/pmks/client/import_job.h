#pragma once

#include "import_table_model.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>

namespace simpul::client {
class ClientSession;
}
namespace simpul::pmks::v1 {
class ImportRecordsResponse;
}

namespace simpul::pmks::ui {

struct ImportPreview;

// The import wizard's work (ImportWizardPage): preview() reads a CSV or XLSX file on a worker
// thread (TableReader) and shows its header, its first rows and which template columns it
// has; start() streams it to PmksService.ImportRecords on the session's pool
// (import_stream.h, the same code as `simpulctl pmks import`) with progress and cancel();
// afterwards the server's counts, the bad rows in the UI language, and saveErrorReport()
// writes them as the CLI's --errors file does. Which target statuses are offered follows
// the server's rule: pmks.record.import somewhere and the permission of the status's step
// somewhere (DRAFT/SUBMITTED pmks.record.write, VERIFIED pmks.record.verify, VALIDATED
// pmks.record.validate); the server still decides row by row within the wilayah.
class ImportJob : public QObject, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ELEMENT
  // The template's columns in order, and the ones a file must have.
  Q_PROPERTY(QStringList templateColumns READ templateColumns CONSTANT)
  Q_PROPERTY(QStringList requiredColumns READ requiredColumns CONSTANT)
  // simpul.pmks.v1.RecordStatus values the user may import into, lowest first.
  Q_PROPERTY(QVariantList allowedStatuses READ allowedStatuses NOTIFY allowedStatusesChanged)

  // The preview of the last file given to preview().
  Q_PROPERTY(QString previewPath READ previewPath NOTIFY previewChanged)
  Q_PROPERTY(bool previewing READ previewing NOTIFY previewingChanged)
  Q_PROPERTY(bool previewReady READ previewReady NOTIFY previewChanged)
  // Why the file cannot be read ("" when it can).
  Q_PROPERTY(QString previewError READ previewError NOTIFY previewChanged)
  Q_PROPERTY(QStringList header READ header NOTIFY previewChanged)
  // PagedTable columns for previewRows: [{role: "line", title: "Baris"}, {role: "c0", title:
  // <header[0]>}, ...] (at most kPreviewColumns file columns).
  Q_PROPERTY(QVariantList previewColumns READ previewColumns NOTIFY previewChanged)
  // The first rows: line, c0, c1, ... (the cells in header order).
  Q_PROPERTY(ImportTableModel* previewRows READ previewRows CONSTANT)
  // How many data rows the file has (read to its end).
  Q_PROPERTY(int fileRows READ fileRows NOTIFY previewChanged)
  // Template columns found in the header, and those missing (all / only the required ones).
  Q_PROPERTY(QStringList presentColumns READ presentColumns NOTIFY previewChanged)
  Q_PROPERTY(QStringList missingColumns READ missingColumns NOTIFY previewChanged)
  Q_PROPERTY(QStringList missingRequired READ missingRequired NOTIFY previewChanged)
  // A preview without error and without a missing required column, no import running, and
  // a status to import into.
  Q_PROPERTY(bool canStart READ canStart NOTIFY canStartChanged)

  // The import.
  Q_PROPERTY(bool running READ running NOTIFY runningChanged)
  Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
  Q_PROPERTY(int rowsSent READ rowsSent NOTIFY progressChanged)
  // An import has ended (finished, failed or cancelled) and its result is shown.
  Q_PROPERTY(bool done READ done NOTIFY resultChanged)
  Q_PROPERTY(bool cancelled READ cancelled NOTIFY resultChanged)
  // Why the import did not complete (a refusal, a file that broke off, cancelled), "" when
  // the server answered; the server's answer can still list bad rows.
  Q_PROPERTY(QString error READ error NOTIFY resultChanged)
  Q_PROPERTY(int rowsRead READ rowsRead NOTIFY resultChanged)
  Q_PROPERTY(int recordsCreated READ recordsCreated NOTIFY resultChanged)
  Q_PROPERTY(int recordsExisting READ recordsExisting NOTIFY resultChanged)
  Q_PROPERTY(int personsCreated READ personsCreated NOTIFY resultChanged)
  Q_PROPERTY(int rowsFailed READ rowsFailed NOTIFY resultChanged)
  Q_PROPERTY(int legacyReviewAdvised READ legacyReviewAdvised NOTIFY resultChanged)
  Q_PROPERTY(bool errorsTruncated READ errorsTruncated NOTIFY resultChanged)
  // The bad rows: line, column, reason, message (in the UI language).
  Q_PROPERTY(ImportTableModel* errors READ errors CONSTANT)

public:
  static constexpr int kPreviewRows = 20;
  static constexpr int kPreviewColumns = 40;

  explicit ImportJob(QObject* parent = nullptr);
  // Stops a preview or an import in flight (the rows already sent may be saved).
  ~ImportJob() override;

  void attach(simpul::client::ClientSession* session);

  // Reads `path` (a local path or a file:// URL) on a worker; previewChanged when done.
  Q_INVOKABLE void preview(const QString& path);
  // Imports `path` into `status` (simpul.pmks.v1.RecordStatus); false when it cannot start
  // (an import running, no session, a status not allowed).
  Q_INVOKABLE bool start(const QString& path, int status);
  // Stops the import after the message being sent; the rows already sent may be saved.
  Q_INVOKABLE void cancel();
  // Writes the bad rows as CSV (baris,kolom,alasan) to `path` (a local path or a file://
  // URL); "" on success, else why not.
  Q_INVOKABLE QString saveErrorReport(const QString& path) const;
  // Forgets the result (back to choosing a file); the preview stays.
  Q_INVOKABLE void clearResult();
  // `path` as a local file path: a file:// URL converted, anything else as it is.
  Q_INVOKABLE static QString localPath(const QString& path);

  QStringList templateColumns() const;
  QStringList requiredColumns() const;
  QVariantList allowedStatuses() const;
  QString previewPath() const { return m_previewPath; }
  bool previewing() const { return m_previewing; }
  bool previewReady() const { return m_previewReady; }
  QString previewError() const { return m_previewError; }
  QStringList header() const { return m_header; }
  QVariantList previewColumns() const;
  ImportTableModel* previewRows() const { return m_previewRows; }
  int fileRows() const { return m_fileRows; }
  QStringList presentColumns() const;
  QStringList missingColumns() const;
  QStringList missingRequired() const;
  bool canStart() const;
  bool running() const { return m_running; }
  double progress() const { return m_progress; }
  int rowsSent() const { return m_rowsSent; }
  bool done() const { return m_done; }
  bool cancelled() const { return m_cancelled; }
  QString error() const { return m_error; }
  int rowsRead() const;
  int recordsCreated() const;
  int recordsExisting() const;
  int personsCreated() const;
  int rowsFailed() const;
  int legacyReviewAdvised() const;
  bool errorsTruncated() const;
  ImportTableModel* errors() const { return m_errors; }

  void classBegin() override {}
  void componentComplete() override;

signals:
  void allowedStatusesChanged();
  void previewingChanged();
  void previewChanged();
  void canStartChanged();
  void runningChanged();
  void progressChanged();
  void resultChanged();
  // An import has ended; `ok` when the server answered (bad rows may still be listed).
  void finished(bool ok);

private:
  struct Outcome;
  void applyPreview(const ImportPreview& preview);
  void setProgress(double fraction, int rows);
  void finish(const Outcome& outcome);
  void setRunning(bool running);

  QPointer<simpul::client::ClientSession> m_session;
  QMetaObject::Connection m_sessionConnection;
  // Previews run here; the destructor waits for it, so a preview's delivery never outlives
  // the job. A newer preview (or the destructor) makes an older one stop and be ignored.
  QThreadPool m_previewPool;
  std::shared_ptr<std::atomic<int>> m_previewGeneration;
  std::shared_ptr<std::atomic<bool>> m_cancel; // the running import's, null when none

  QString m_previewPath;
  bool m_previewing = false;
  bool m_previewReady = false;
  QString m_previewError;
  QStringList m_header;
  int m_fileRows = 0;
  ImportTableModel* m_previewRows;

  bool m_running = false;
  double m_progress = 0.0;
  int m_rowsSent = 0;
  bool m_done = false;
  bool m_cancelled = false;
  QString m_error;
  std::unique_ptr<simpul::pmks::v1::ImportRecordsResponse> m_response;
  ImportTableModel* m_errors;
};

} // namespace simpul::pmks::ui
