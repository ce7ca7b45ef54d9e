#include "period_rules.h"

#include "domain/period.h"

#include <QDate>
#include <optional>

namespace simpul::components {

namespace domain = simpul::domain;

namespace {

std::optional<domain::PeriodKind> kindOf(const QString& kind) {
  if (kind == QLatin1String("year")) {
    return domain::PeriodKind::Year;
  }
  if (kind == QLatin1String("semester")) {
    return domain::PeriodKind::Semester;
  }
  if (kind == QLatin1String("quarter")) {
    return domain::PeriodKind::Quarter;
  }
  if (kind == QLatin1String("month")) {
    return domain::PeriodKind::Month;
  }
  return std::nullopt;
}

QString kindName(domain::PeriodKind kind) {
  switch (kind) {
  case domain::PeriodKind::Year:
    return QStringLiteral("year");
  case domain::PeriodKind::Semester:
    return QStringLiteral("semester");
  case domain::PeriodKind::Quarter:
    return QStringLiteral("quarter");
  case domain::PeriodKind::Month:
    return QStringLiteral("month");
  }
  return QString();
}

} // namespace

PeriodRules::PeriodRules(QObject* parent) : QObject(parent) {}

QVariantMap PeriodRules::parse(const QString& text) const {
  const auto parsed = domain::Period::parse(text.toStdString());
  if (!parsed) {
    return {{QStringLiteral("valid"), false}};
  }
  const domain::Period& period = parsed.value();
  return {{QStringLiteral("valid"), true},
          {QStringLiteral("kind"), kindName(period.kind())},
          {QStringLiteral("year"), period.year()},
          {QStringLiteral("index"), period.index()},
          {QStringLiteral("period"), QString::fromStdString(period.toString())},
          {QStringLiteral("start"), QString::fromStdString(period.start().toIsoString())},
          {QStringLiteral("end"), QString::fromStdString(period.end().toIsoString())}};
}

QString PeriodRules::make(const QString& kind, int year, int index) const {
  const auto k = kindOf(kind);
  if (!k) {
    return QString();
  }
  const auto made = [&] {
    switch (*k) {
    case domain::PeriodKind::Year:
      return domain::Period::ofYear(year);
    case domain::PeriodKind::Semester:
      return domain::Period::ofSemester(year, index);
    case domain::PeriodKind::Quarter:
      return domain::Period::ofQuarter(year, index);
    case domain::PeriodKind::Month:
      break;
    }
    return domain::Period::ofMonth(year, index);
  }();
  return made ? QString::fromStdString(made->toString()) : QString();
}

QString PeriodRules::current(const QString& kind) const {
  const auto k = kindOf(kind);
  if (!k) {
    return QString();
  }
  const QDate today = QDate::currentDate();
  const domain::Period period =
      domain::Period::containing(*k, domain::CivilDate{today.year(), today.month(), today.day()});
  return QString::fromStdString(period.toString());
}

} // namespace simpul::components
