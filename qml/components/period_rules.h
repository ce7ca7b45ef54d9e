#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace simpul::components {

// `PeriodRules` in QML: the reporting periods of core/domain/period.h (a year "2026", a
// semester "2026-S1", a quarter "2026-Q3", a month "2026-05"), so pickers build and check
// exactly the forms the server accepts. Kinds are "year", "semester", "quarter", "month".
class PeriodRules : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON

public:
  explicit PeriodRules(QObject* parent = nullptr);

  // {valid, kind, year, index (1-based within the year), period (canonical), start, end
  //  ("YYYY-MM-DD", end inclusive)}; {valid: false} for anything else.
  Q_INVOKABLE QVariantMap parse(const QString& text) const;
  // The canonical period, or "" when the kind, year or index is out of range.
  Q_INVOKABLE QString make(const QString& kind, int year, int index = 1) const;
  // The period of `kind` that today falls in.
  Q_INVOKABLE QString current(const QString& kind) const;
};

} // namespace simpul::components
