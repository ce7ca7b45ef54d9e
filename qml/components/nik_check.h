#pragma once

#include <QDate>
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace simpul::components {

// `NikCheck` in QML: the structural NIK rules of core/domain (Nik::parse) for live
// validation while typing. The result carries an error code, not a sentence: NikField turns
// the code into a qsTr() message, so the text follows a language switch at once.
class NikCheck : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON

public:
  explicit NikCheck(QObject* parent = nullptr);

  // {acceptable: bool,
  //  error: "" (acceptable or empty) | "wrong_length" | "not_digits" | "kecamatan" |
  //         "day_zero" | "day_between" | "day_too_high" | "month" | "impossible_date" |
  //         "future" | "serial_zero",
  //  length: characters typed, birthDate: "YYYY-MM-DD" or "", sex: "L" | "P" | "",
  //  day, month, year (the date parts read from the NIK, 0 when not read, for messages)}
  // `referenceDate` (default today) decides the century and what is "in the future".
  Q_INVOKABLE QVariantMap validate(const QString& text, const QDate& referenceDate = QDate()) const;
  // "3204**********01" (see domain::maskNik): for showing which NIK without showing it.
  Q_INVOKABLE QString mask(const QString& text) const;
};

} // namespace simpul::components
