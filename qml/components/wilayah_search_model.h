#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace simpul::components {

// Wilayah whose name starts with `query` (WilayahService.SearchWilayah), limited to the
// wilayah in `withinCodes` (the caller's scope; empty or containing "" means everywhere) and
// to levels minLevel..maxLevel. Searches `delay` ms after the last change, once per scope
// code, and shows at most `limit` rows per scope code; a query shorter than two characters
// shows nothing and asks nothing. Replies to an older query are dropped. Same roles as
// WilayahListModel.
class WilayahSearchModel : public QAbstractListModel, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ELEMENT
  Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
  Q_PROPERTY(
      QStringList withinCodes READ withinCodes WRITE setWithinCodes NOTIFY withinCodesChanged)
  Q_PROPERTY(int minLevel READ minLevel WRITE setMinLevel NOTIFY levelsChanged)
  Q_PROPERTY(int maxLevel READ maxLevel WRITE setMaxLevel NOTIFY levelsChanged)
  Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
  Q_PROPERTY(int delay READ delay WRITE setDelay NOTIFY delayChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
  explicit WilayahSearchModel(QObject* parent = nullptr);
  ~WilayahSearchModel() override;

  QString query() const { return m_query; }
  void setQuery(const QString& query);
  QStringList withinCodes() const { return m_withinCodes; }
  void setWithinCodes(const QStringList& codes);
  int minLevel() const { return m_minLevel; }
  void setMinLevel(int level);
  int maxLevel() const { return m_maxLevel; }
  void setMaxLevel(int level);
  int limit() const { return m_limit; }
  void setLimit(int limit);
  int delay() const { return m_delay; }
  void setDelay(int ms);
  int count() const { return static_cast<int>(m_rows.size()); }
  bool loading() const { return m_loading; }
  QString error() const { return m_error; }

  // Searches now instead of after the delay.
  Q_INVOKABLE void search();
  Q_INVOKABLE QVariantMap get(int row) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  void classBegin() override;
  void componentComplete() override;

signals:
  void queryChanged();
  void withinCodesChanged();
  void levelsChanged();
  void limitChanged();
  void delayChanged();
  void countChanged();
  void loadingChanged();
  void errorChanged();
  // The rows for the current query are in (also when there are none, or on an error).
  void finished();

private:
  void schedule();
  void setRows(QList<QVariantMap> rows);
  void setLoading(bool loading);
  void setError(const QString& error);

  QString m_query;
  QStringList m_withinCodes;
  int m_minLevel = 1;
  int m_maxLevel = 4;
  int m_limit = 20;
  int m_delay = 250;
  bool m_complete = true;
  bool m_loading = false;
  QString m_error;
  QList<QVariantMap> m_rows;
  QTimer m_timer;
  quint64 m_generation = 0;
};

} // namespace simpul::components
