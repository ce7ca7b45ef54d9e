#include "pmks_types.h"

#include "domain/pmks_catalog.h"
#include "record_rows.h"

#include <QVariantMap>

namespace simpul::pmks::ui {

PmksTypes::PmksTypes(QObject* parent) : QObject(parent) {}

namespace {

QString localized(const domain::LocalizedText& text) {
  return QString::fromStdString(englishUi() ? text.en : text.id);
}

QString subjectKindKey(domain::PmksSubjectKind kind) {
  switch (kind) {
  case domain::PmksSubjectKind::Family:
    return QStringLiteral("family");
  case domain::PmksSubjectKind::Community:
    return QStringLiteral("community");
  case domain::PmksSubjectKind::Event:
    return QStringLiteral("event");
  case domain::PmksSubjectKind::Person:
    break;
  }
  return QStringLiteral("person");
}

QVariantMap typeMap(const domain::PmksType& type) {
  QVariantList criteria;
  for (const domain::Criterion& criterion : type.criteria) {
    criteria.append(QVariantMap{{QStringLiteral("key"), QString::fromStdString(criterion.key)},
                                {QStringLiteral("text"), localized(criterion.text)}});
  }
  return {
      {QStringLiteral("order"), type.order},
      {QStringLiteral("slug"), QString::fromStdString(type.slug)},
      {QStringLiteral("name"), QString::fromStdString(type.name.id)},
      {QStringLiteral("nameEn"), QString::fromStdString(type.name.en)},
      {QStringLiteral("sensitive"), type.sensitive},
      {QStringLiteral("subjectKind"), subjectKindKey(type.subjectKind)},
      {QStringLiteral("needsDisabilityKinds"), type.needsDisabilityKinds},
      {QStringLiteral("criteriaAll"), type.connective == domain::CriteriaConnective::All},
      {QStringLiteral("criteria"), criteria},
      {QStringLiteral("ageRule"), localized(type.ageRule.describe())},
  };
}

} // namespace

QVariantList PmksTypes::types() const {
  QVariantList list;
  for (const domain::PmksType& type : domain::pmksTypes()) {
    list.append(typeMap(type));
  }
  return list;
}

QVariantMap PmksTypes::typeInfo(int order) const {
  const domain::PmksType* type = domain::findPmksTypeByOrder(order);
  return type != nullptr ? typeMap(*type) : QVariantMap();
}

QVariantList PmksTypes::disabilityKinds() const {
  QVariantList list;
  for (const domain::DisabilityKind& kind : domain::disabilityKinds()) {
    list.append(QVariantMap{{QStringLiteral("slug"), QString::fromStdString(kind.slug)},
                            {QStringLiteral("name"), localized(kind.name)}});
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
  return officialTypeName(order);
}

QString PmksTypes::statusText(int status) const {
  return ui::statusText(status);
}

} // namespace simpul::pmks::ui
