#pragma once

// DasawismaActions: every Dasawisma call of the pages that is not a list.

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace simpul::client {
class ClientSession;
struct CallStatus;
} // namespace simpul::client

namespace simpul::pmks::v1 {
class DasawismaReport;
}

namespace simpul::pmks::ui {

// The Dasawisma groups and reports for the pages: a group's load, creation, update and
// deletion (dasawisma_actions.cpp); a report's creation with its candidates, its load, and
// the PSM's decision on candidates: accepted ones become DRAFT records in one call, rejected
// ones keep the reason (dasawisma_report_actions.cpp). Every call runs through
// ClientSession::call; results come back as signals with the server's message in the UI
// language and the request field it named. `busy` while a call is in flight.
class DasawismaActions : public QObject, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ELEMENT
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  // The last loaded or saved group (groupRow in dasawisma_fields.h), {} before.
  Q_PROPERTY(QVariantMap group READ group NOTIFY groupChanged)
  // The last loaded report with its candidates (reportDetail), {} before.
  Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
  explicit DasawismaActions(QObject* parent = nullptr);
  ~DasawismaActions() override;

  void attach(simpul::client::ClientSession* session);

  bool busy() const { return m_busy > 0; }
  QVariantMap group() const { return m_group; }
  QVariantMap report() const { return m_report; }
  QString error() const { return m_error; }

  Q_INVOKABLE void loadGroup(const QString& name);
  // Creates a group (name empty) or updates one (name + etag) from a form map: displayName,
  // wilayahCode, dusun, rw, rt, ketuaNik, ketuaName, ketuaSex, ketuaBirthDate, households.
  // An update changes the name, the location and the households, and the ketua only when
  // ketuaNik is given. groupSaved reports the outcome.
  Q_INVOKABLE void saveGroup(const QVariantMap& form, const QString& name = {},
                             const QString& etag = {});
  Q_INVOKABLE void deleteGroup(const QString& name);

  // A report from a form map: group, month ("2025-07"), notes, candidates ([{pmksType, nik,
  // fullName, sex, birthDate, noKk, communityName, disabilityKinds, disasterEvent, note}]).
  Q_INVOKABLE void createReport(const QVariantMap& form);
  Q_INVOKABLE void loadReport(const QString& name);
  // The candidates `ids` of `report` become DRAFT records (period: the semester of the
  // report's month when empty). acceptFinished reports the outcome.
  Q_INVOKABLE void acceptCandidates(const QString& report, const QVariantList& ids,
                                    const QString& period = {});
  Q_INVOKABLE void rejectCandidates(const QString& report, const QVariantList& ids,
                                    const QString& reason);

  // Whether the user may change groups and reports at the desa `wilayahCode`
  // (pmks.dasawisma.write there); canAccept also needs pmks.record.write there.
  Q_INVOKABLE bool canWrite(const QString& wilayahCode) const;
  Q_INVOKABLE bool canAccept(const QString& wilayahCode) const;

  void classBegin() override {}
  void componentComplete() override;

signals:
  void busyChanged();
  void groupChanged();
  void reportChanged();
  void errorChanged();
  void groupLoaded(const QVariantMap& group);
  // ok: `group` is the saved group; else `message` says why and `field` is the request field
  // concerned ("group.households"...), "" when none.
  void groupSaved(bool ok, const QString& message, const QString& field, const QVariantMap& group);
  void groupDeleted(bool ok, const QString& message);
  // ok: `report` is the new report (reportDetail). Else `message` says why, `field` the
  // request field, and `candidate` the index in the form's candidates it concerns (-1: none)
  // with `candidateField` the rest of the field ("subject.nik").
  void reportCreated(bool ok, const QString& message, const QString& field, int candidate,
                     const QString& candidateField, const QVariantMap& report);
  void reportLoaded(const QVariantMap& report);
  void loadFailed(const QString& message);
  // ok: `created` new DRAFT records, `alreadyRecorded` candidates whose record existed
  // (`duplicates`: their candidate rows, each with its record). Not ok: nothing was
  // accepted; `message` says why (naming the candidate when the server did) and
  // `failedCandidate` is that candidate's id (-1 when none).
  void acceptFinished(bool ok, int created, int alreadyRecorded, const QVariantList& duplicates,
                      const QString& message, qlonglong failedCandidate);
  void rejectFinished(bool ok, int rejected, const QString& message);

private:
  void begin();
  void end();
  void setError(const QString& error);
  void setReport(const simpul::pmks::v1::DasawismaReport& report);
  // The candidate's name in the loaded report, "" when it is not there.
  QString candidateName(qlonglong id) const;

  QPointer<simpul::client::ClientSession> m_session;
  int m_busy = 0;
  QVariantMap m_group;
  QVariantMap m_report;
  QString m_error;
};

} // namespace simpul::pmks::ui
