#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <cstdint>

namespace simpul::client {
class ClientSession;
}

namespace simpul::pmks::ui {

// The dashboard's numbers: how many PMKS records of `period` there are per status within the
// signed-in user's scope. Read from GetRecap (counts kept by the server, so the cost does
// not grow with the number of records): one call per status and per wilayah where the user
// holds pmks.recap.read (its widest codes: scopeOf), totals of each wilayah itself, summed.
// Like the recap, the counts include the sensitive types (14, 16).
class StatusSummary : public QObject, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ELEMENT
  // "2026" by default (the current year).
  Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY periodChanged)
  // [{status, statusKey, statusText, count}] for draft, submitted, verified, validated,
  // returned.
  Q_PROPERTY(QVariantList counts READ counts NOTIFY countsChanged)
  Q_PROPERTY(qlonglong total READ total NOTIFY countsChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  // Every answer has arrived (or failed).
  Q_PROPERTY(bool ready READ ready NOTIFY loadingChanged)
  Q_PROPERTY(QString error READ error NOTIFY countsChanged)
  // Where the counts come from (the scope codes; [""] is all of Indonesia).
  Q_PROPERTY(QStringList wilayahCodes READ wilayahCodes NOTIFY countsChanged)

public:
  explicit StatusSummary(QObject* parent = nullptr);
  ~StatusSummary() override;

  void attach(simpul::client::ClientSession* session);

  QString period() const { return m_period; }
  void setPeriod(const QString& period);
  QVariantList counts() const { return m_counts; }
  qlonglong total() const { return m_total; }
  bool loading() const { return m_pending > 0; }
  bool ready() const { return m_ready; }
  QString error() const { return m_error; }
  QStringList wilayahCodes() const { return m_codes; }

  Q_INVOKABLE void reload();

  void classBegin() override { m_complete = false; }
  void componentComplete() override;

signals:
  void periodChanged();
  void countsChanged();
  void loadingChanged();

private:
  void finishOne(std::uint64_t generation);

  QPointer<simpul::client::ClientSession> m_session;
  QMetaObject::Connection m_signedInConnection;
  QString m_period;
  QVariantList m_counts;
  QList<qlonglong> m_sums;
  qlonglong m_total = 0;
  int m_pending = 0;
  bool m_ready = false;
  bool m_complete = true;
  QString m_error;
  QStringList m_codes;
  std::uint64_t m_generation = 0;
};

} // namespace simpul::pmks::ui
