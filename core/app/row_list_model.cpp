#include "app/row_list_model.h"

namespace simpul::app {

RowListModel::RowListModel(const QStringList& roles, QObject* parent)
    : QAbstractListModel(parent), m_roles(roles) {}

void RowListModel::setRows(QList<QVariantMap> rows) {
  const int before = count();
  beginResetModel();
  m_rows = std::move(rows);
  endResetModel();
  if (count() != before) {
    emit countChanged();
  }
}

QVariantMap RowListModel::get(int row) const {
  return row >= 0 && row < count() ? m_rows.at(row) : QVariantMap();
}

int RowListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QVariant RowListModel::data(const QModelIndex& index, int role) const {
  const int column = role - Qt::UserRole;
  if (!index.isValid() || index.row() >= count() || column < 0 || column >= m_roles.size()) {
    return {};
  }
  return m_rows.at(index.row()).value(m_roles.at(column));
}

QHash<int, QByteArray> RowListModel::roleNames() const {
  QHash<int, QByteArray> names;
  for (int i = 0; i < m_roles.size(); ++i) {
    names.insert(Qt::UserRole + i, m_roles.at(i).toUtf8());
  }
  return names;
}

} // namespace simpul::app
