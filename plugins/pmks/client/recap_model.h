#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <cstdint>

namespace simpul::client {
class ClientSession;
}

namespace simpul::pmks::ui {

// A PMKS recap (PmksService.GetRecap): one row per wilayah x type with the counts by sex.
// Changing wilayahCode, period, level or status asks again; an answer to an older request is
// dropped. Rows: wilayahCode, wilayahName, typeOrder, typeName, male, female, total.
// `typeTotals` sums the rows per type (for the bar chart), largest first.
class RecapModel : public QAbstractListModel, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ELEMENT
  Q_PROPERTY(QString wilayahCode READ wilayahCode WRITE setWilayahCode NOTIFY queryChanged)
  Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY queryChanged)
  // simpul.pmks.v1.RecapLevel: 0 the totals of wilayahCode itself, 1 provinsi .. 4 desa.
  Q_PROPERTY(int level READ level WRITE setLevel NOTIFY queryChanged)
  // simpul.pmks.v1.RecordStatus; 0: VALIDATED (the server's default); -1: every status.
  Q_PROPERTY(int status READ status WRITE setStatus NOTIFY queryChanged)
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY queryChanged)
  Q_PROPERTY(int count READ count NOTIFY rowsChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  // An answer (or an error) has arrived for the current query.
  Q_PROPERTY(bool ready READ ready NOTIFY loadingChanged)
  Q_PROPERTY(QVariantList typeTotals READ typeTotals NOTIFY rowsChanged)
  Q_PROPERTY(qlonglong grandTotal READ grandTotal NOTIFY rowsChanged)
  // What PagedTable reads from a list model: the recap has one order (wilayah, then type)
  // and arrives whole.
  Q_PROPERTY(QString orderBy READ orderBy CONSTANT)
  Q_PROPERTY(bool complete READ ready NOTIFY loadingChanged)

public:
  explicit RecapModel(QObject* parent = nullptr);
  ~RecapModel() override;

  void attach(simpul::client::ClientSession* session);

  QString wilayahCode() const { return m_wilayahCode; }
  void setWilayahCode(const QString& code);
  QString period() const { return m_period; }
  void setPeriod(const QString& period);
  int level() const { return m_level; }
  void setLevel(int level);
  int status() const { return m_status; }
  void setStatus(int status);
  bool active() const { return m_active; }
  void setActive(bool active);
  int count() const { return static_cast<int>(m_rows.size()); }
  bool loading() const { return m_loading; }
  QString error() const { return m_error; }
  bool ready() const { return m_ready; }
  QVariantList typeTotals() const { return m_typeTotals; }
  qlonglong grandTotal() const { return m_grandTotal; }

  QString orderBy() const { return {}; }

  Q_INVOKABLE void reload();
  Q_INVOKABLE void retry() { reload(); }
  Q_INVOKABLE QVariantMap get(int row) const;
  // One level below `code` (its children) or below this model's own level; 0 when there is
  // none (a desa is the lowest level).
  Q_INVOKABLE int levelBelow(const QString& code) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  void classBegin() override;
  void componentComplete() override;

signals:
  void queryChanged();
  void rowsChanged();
  void loadingChanged();
  void errorChanged();
  // The answer to the current query arrived (rows replaced), or it failed (error set).
  void loaded();

private:
  void receive(std::uint64_t generation, const QString& error, const QList<QVariantMap>& rows);
  void setLoading(bool loading);

  QPointer<simpul::client::ClientSession> m_session;
  QMetaObject::Connection m_signedInConnection;
  QString m_wilayahCode;
  QString m_period;
  int m_level = 0;
  int m_status = 0;
  bool m_active = true;
  bool m_complete = true;
  bool m_loading = false;
  bool m_ready = false;
  QString m_error;
  QList<QVariantMap> m_rows;
  QVariantList m_typeTotals;
  qlonglong m_grandTotal = 0;
  std::uint64_t m_generation = 0;
};

} // namespace simpul::pmks::ui
