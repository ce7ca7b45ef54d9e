#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace simpul::pmks::ui {

// `PmksTypes` in QML: the 26 PMKS/PPKS types of Permensos 08/2012 from the domain catalogue
// (core/domain/pmks_catalog.h), for combo boxes and labels.
class PmksTypes : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  // [{order, slug, name, nameEn, sensitive, subjectKind ("person", "family", "community",
  // "event"), needsDisabilityKinds, criteriaAll (every criterion must hold, else any one),
  // criteria: [{key, text}], ageRule (the age rule in words, "" when none)}] in order 1..26.
  Q_PROPERTY(QVariantList types READ types CONSTANT)
  // [{slug, name}]: the disability kinds of types 5 and 9.
  Q_PROPERTY(QVariantList disabilityKinds READ disabilityKinds CONSTANT)
  // [{value: 0, text: "Semua jenis"}, {value: 1, text: "1. Anak Balita Terlantar"}, ...]
  Q_PROPERTY(QVariantList choices READ choices CONSTANT)

public:
  explicit PmksTypes(QObject* parent = nullptr);

  QVariantList types() const;
  QVariantList choices() const;
  QVariantList disabilityKinds() const;
  // The entry of `types` for `order`; {} when there is none.
  Q_INVOKABLE QVariantMap typeInfo(int order) const;
  // The official (Indonesian) name of the type `order`; "" when there is none.
  Q_INVOKABLE QString nameOf(int order) const;
  // The status label of simpul.pmks.v1.RecordStatus `status` in the UI language.
  Q_INVOKABLE QString statusText(int status) const;
};

} // namespace simpul::pmks::ui
