#include "pmks_types.h"

#include "domain/pmks_catalog.h"
#include "record_rows.h"

#include <QVariantMap>

namespace simpul::pmks::ui {

PmksTypes::PmksTypes(QObject* parent) : QObject(parent) {}

QVariantList PmksTypes::types() const {
  QVariantList list;
  for (const domain::PmksType& type : domain::pmksTypes()) {
    list.append(QVariantMap{
        {QStringLiteral("order"), type.order},
        {QStringLiteral("slug"), QString::fromStdString(type.slug)},
        {QStringLiteral("name"), QString::fromStdString(type.name.id)},
        {QStringLiteral("nameEn"), QString::fromStdString(type.name.en)},
        {QStringLiteral("sensitive"), type.sensitive},
    });
  }
  return list;
}

QVariantList PmksTypes::choices() const {
  QVariantList list{
      QVariantMap{{QStringLiteral("value"), 0}, {QStringLiteral("text"), tr("Semua jenis")}}};
  for (const domain::PmksType& type : domain::pmksTypes()) {
    list.append(QVariantMap{
        {QStringLiteral("value"), type.order},
        {QStringLiteral("text"),
         QStringLiteral("%1. %2").arg(type.order).arg(QString::fromStdString(type.name.id))},
    });
  }
  return list;
}

QString PmksTypes::nameOf(int order) const {
  const domain::PmksType* type = domain::findPmksTypeByOrder(order);
  return type != nullptr ? QString::fromStdString(type->name.id) : QString();
}

QString PmksTypes::statusText(int status) const {
  return ui::statusText(status);
}

} // namespace simpul::pmks::ui
