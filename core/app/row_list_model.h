#pragma once

#include <QAbstractListModel>
#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace simpul::app {

// A read-only list model over rows held as maps, one role per key: the small lists the
// controller hands to QML (navigation, dashboard widgets, plugins). setRows() replaces the
// content with a model reset; the lists are short and change rarely.
class RowListModel : public QAbstractListModel {
  Q_OBJECT
  Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
  explicit RowListModel(const QStringList& roles, QObject* parent = nullptr);

  void setRows(QList<QVariantMap> rows);
  const QList<QVariantMap>& rows() const { return m_rows; }
  int count() const { return static_cast<int>(m_rows.size()); }

  // The row as a map ({} when out of range).
  Q_INVOKABLE QVariantMap get(int row) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

signals:
  void countChanged();

private:
  QStringList m_roles;
  QList<QVariantMap> m_rows;
};

} // namespace simpul::app
