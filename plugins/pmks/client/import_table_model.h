#pragma once

#include <QAbstractListModel>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace simpul::pmks::ui {

// A read-only list of rows held in memory, for the import wizard's tables (the file's first
// rows, the bad rows of an import). Rows are maps; the keys given at construction are the
// roles. It has what PagedTable reads from a model (count, get(), loading, error, filter,
// orderBy) so the wizard's tables look like every other table of the app; there is nothing
// to fetch, sort or filter.
class ImportTableModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("ImportTableModel belongs to an ImportJob")
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  Q_PROPERTY(bool loading READ loading CONSTANT)
  Q_PROPERTY(QString error READ error CONSTANT)
  Q_PROPERTY(bool complete READ complete CONSTANT)
  Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
  Q_PROPERTY(QString orderBy READ orderBy CONSTANT)

public:
  ImportTableModel(QList<QByteArray> roles, QObject* parent);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  int count() const { return static_cast<int>(m_rows.size()); }
  bool loading() const { return false; }
  QString error() const { return {}; }
  bool complete() const { return true; }
  QString filter() const { return m_filter; }
  void setFilter(const QString& filter);
  QString orderBy() const { return {}; }

  // The row at `row` as a map ({} when there is none).
  Q_INVOKABLE QVariantMap get(int row) const;
  // Every row, in order.
  QList<QVariantMap> rows() const { return m_rows; }
  void setRows(QList<QVariantMap> rows);

signals:
  void countChanged();
  void filterChanged();

private:
  QList<QByteArray> m_roles;
  QList<QVariantMap> m_rows;
  QString m_filter;
};

} // namespace simpul::pmks::ui
