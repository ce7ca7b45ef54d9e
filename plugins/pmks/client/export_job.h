#pragma once

// ExportJob: one export of the desktop at a time, to a file the user chose, for the records
// page (the records the list shows, as CSV or XLSX) and the recap page (the recap shown, as
// CSV, XLSX or PDF). The work is export_stream's (shared with simpulctl) on the session's
// pool thread, so the window stays responsive; progress and the result come back on the GUI
// thread, and only while the job still exists.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace simpul::client {
class ClientSession;
}

namespace simpul::pmks::ui {

class ExportJob : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool running READ running NOTIFY runningChanged)
  // Records written so far (records) or the recap's rows (recap, at the end).
  Q_PROPERTY(qlonglong rowsWritten READ rowsWritten NOTIFY rowsWrittenChanged)

public:
  explicit ExportJob(QObject* parent = nullptr);
  // Cancels an export still running (its file is removed).
  ~ExportJob() override;

  // For use from C++ (in QML the engine's session is found on first use).
  void attach(simpul::client::ClientSession* session);

  bool running() const { return m_running; }
  qlonglong rowsWritten() const { return m_rowsWritten; }

  // PmksExportService.ExportRecords of `filter` {wilayahCode, period, pmksType, status,
  // query} (RecordListModel's filters; absent keys: any) to `path` as "csv" or "xlsx".
  // False (and finished() with the reason) when it cannot start; false without a signal
  // while another export runs.
  Q_INVOKABLE bool exportRecords(const QVariantMap& filter, const QString& format,
                                 const QString& path);
  // GetRecap of `params` {wilayahCode, wilayahName?, period, level, status} (RecapModel's
  // query: status 0 VALIDATED, -1 or allStatuses true every status) to `path` as "csv",
  // "xlsx" or "pdf".
  Q_INVOKABLE bool exportRecap(const QVariantMap& params, const QString& format,
                               const QString& path);
  // Stops the export running; finished(false, ...) follows and no file is left.
  Q_INVOKABLE void cancel();

  // `fileName` in the user's documents folder (their home when it has none).
  Q_INVOKABLE QString suggestedPath(const QString& fileName) const;
  // FileDialog speaks URLs; the field shows paths.
  Q_INVOKABLE QString localPath(const QUrl& url) const;
  Q_INVOKABLE QUrl fileUrl(const QString& path) const;

signals:
  void runningChanged();
  void rowsWrittenChanged();
  // `message` says what happened in the UI language: how much was written where, or why
  // nothing was (then no file is left at `path`).
  void finished(bool ok, const QString& message, const QString& path);

private:
  struct Shared;
  struct Result;
  simpul::client::ClientSession* session();
  bool begin(const QString& format, const QStringList& allowed, const QString& path);
  void deliver(const Result& result);
  void setRowsWritten(qlonglong rows);
  void end(bool ok, const QString& message, const QString& path);

  QPointer<simpul::client::ClientSession> m_session;
  std::shared_ptr<Shared> m_shared; // with the running export's pool task
  bool m_running = false;
  qlonglong m_rowsWritten = 0;
};

} // namespace simpul::pmks::ui
