// The import wizard's in-memory tables (see import_table_model.h).
#include "import_table_model.h"

namespace simpul::pmks::ui {

ImportTableModel::ImportTableModel(QList<QByteArray> roles, QObject* parent)
    : QAbstractListModel(parent), m_roles(std::move(roles)) {}

int ImportTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QVariant ImportTableModel::data(const QModelIndex& index, int role) const {
  const int column = role - Qt::UserRole;
  if (!index.isValid() || index.row() >= count() || column < 0 || column >= m_roles.size()) {
    return {};
  }
  return m_rows[index.row()].value(QString::fromLatin1(m_roles[column]));
}

QHash<int, QByteArray> ImportTableModel::roleNames() const {
  QHash<int, QByteArray> names;
  for (int i = 0; i < m_roles.size(); ++i) {
    names.insert(Qt::UserRole + i, m_roles[i]);
  }
  return names;
}

void ImportTableModel::setFilter(const QString& filter) {
  if (filter != m_filter) {
    m_filter = filter;
    emit filterChanged();
  }
}

QVariantMap ImportTableModel::get(int row) const {
  return row >= 0 && row < count() ? m_rows[row] : QVariantMap{};
}

void ImportTableModel::setRows(QList<QVariantMap> rows) {
  const bool changed = rows.size() != m_rows.size();
  beginResetModel();
  m_rows = std::move(rows);
  endResetModel();
  if (changed) {
    emit countChanged();
  }
}

} // namespace simpul::pmks::ui
