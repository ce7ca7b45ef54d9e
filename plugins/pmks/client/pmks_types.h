#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace simpul::pmks::ui {

// `PmksTypes` in QML: the 26 PMKS/PPKS types of Permensos 08/2012 from the domain catalogue
// (core/domain/pmks_catalog.h), for combo boxes and labels.
class PmksTypes : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  // [{order, slug, name, nameEn, sensitive}] in order 1..26.
  Q_PROPERTY(QVariantList types READ types CONSTANT)
  // [{value: 0, text: "Semua jenis"}, {value: 1, text: "1. Anak Balita Terlantar"}, ...]
  Q_PROPERTY(QVariantList choices READ choices CONSTANT)

public:
  explicit PmksTypes(QObject* parent = nullptr);

  QVariantList types() const;
  QVariantList choices() const;
  // The official (Indonesian) name of the type `order`; "" when there is none.
  Q_INVOKABLE QString nameOf(int order) const;
  // The status label of simpul.pmks.v1.RecordStatus `status` in the UI language.
  Q_INVOKABLE QString statusText(int status) const;
};

} // namespace simpul::pmks::ui
