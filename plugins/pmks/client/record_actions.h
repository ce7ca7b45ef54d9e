#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace simpul::client {
class ClientSession;
}

namespace simpul::pmks::ui {

// One record and the workflow steps on records, for the pages: load() fetches a record with
// its history (GetRecord); submit/verify/validate/returnRecord take one step (the record's
// etag, when given, guards against a change made meanwhile); batch() applies one step to
// many records (BatchTransition). Results come back as signals; `busy` while a call is in
// flight. Whether a step is offered is canStep(): the user's permission at the record's
// wilayah and the record's status, the same rules the server applies (the server decides).
class RecordActions : public QObject, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ELEMENT
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  // The last loaded record (recordDetail in record_rows.h), {} before.
  Q_PROPERTY(QVariantMap record READ record NOTIFY recordChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
  explicit RecordActions(QObject* parent = nullptr);
  ~RecordActions() override;

  void attach(simpul::client::ClientSession* session);

  bool busy() const { return m_busy > 0; }
  QVariantMap record() const { return m_record; }
  QString error() const { return m_error; }

  Q_INVOKABLE void load(const QString& name);
  // action: "submit", "verify", "validate" or "return" (reason required).
  Q_INVOKABLE void step(const QString& action, const QString& name, const QString& etag = {},
                        const QString& reason = {});
  Q_INVOKABLE void batch(const QString& action, const QStringList& names,
                         const QString& reason = {});
  // Creates a DRAFT record (name empty) or updates a DRAFT/RETURNED one (name + etag) from a
  // form map: pmksType, period, nik, fullName, sex ("L"/"P"/""), birthDate ("YYYY-MM-DD"),
  // noKk, communityName, wilayahCode, dusun, rw, rt, criteria, disabilityKinds,
  // disasterEvent, notes. `paths` are the UpdateRecord mask paths (pmks_type, period,
  // subject, location, criteria, disability_kinds, disaster_event, notes); ignored on create.
  // saveFinished reports the outcome with the request field the server named.
  Q_INVOKABLE void save(const QVariantMap& form, const QString& name = {}, const QString& etag = {},
                        const QStringList& paths = {});
  // Whether `action` is a step the user may take on `record` (a row or a detail map).
  Q_INVOKABLE bool canStep(const QString& action, const QVariantMap& record) const;

  void classBegin() override {}
  void componentComplete() override;

signals:
  void busyChanged();
  void recordChanged();
  void errorChanged();
  void loaded(const QVariantMap& record);
  void loadFailed(const QString& message);
  // ok: the record (a row map) after the step; else message says why.
  void stepFinished(const QString& action, bool ok, const QString& message,
                    const QVariantMap& record);
  // ok: `record` is the saved record (recordDetail); else `message` says why and `field` is
  // the request field concerned ("record.subject.nik"...), "" when none.
  void saveFinished(bool ok, const QString& message, const QString& field,
                    const QVariantMap& record);
  // failures: [{name, reason, message}] in the UI language.
  void batchFinished(const QString& action, int changed, const QVariantList& failures,
                     const QString& error);

private:
  void begin();
  void end();
  void setError(const QString& error);

  QPointer<simpul::client::ClientSession> m_session;
  int m_busy = 0;
  QVariantMap m_record;
  QString m_error;
};

} // namespace simpul::pmks::ui
