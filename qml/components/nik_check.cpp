#include "nik_check.h"

#include "domain/nik.h"

#include <tuple>

namespace simpul::components {

namespace domain = simpul::domain;

namespace {

QString codeName(domain::NikErrorCode code) {
  switch (code) {
  case domain::NikErrorCode::WrongLength:
    return QStringLiteral("wrong_length");
  case domain::NikErrorCode::NotDigits:
    return QStringLiteral("not_digits");
  case domain::NikErrorCode::InvalidKecamatanCode:
  case domain::NikErrorCode::UnknownKecamatan:
    return QStringLiteral("kecamatan");
  case domain::NikErrorCode::DayZero:
    return QStringLiteral("day_zero");
  case domain::NikErrorCode::DayBetweenRanges:
    return QStringLiteral("day_between");
  case domain::NikErrorCode::DayTooHigh:
    return QStringLiteral("day_too_high");
  case domain::NikErrorCode::InvalidMonth:
    return QStringLiteral("month");
  case domain::NikErrorCode::ImpossibleDate:
    return QStringLiteral("impossible_date");
  case domain::NikErrorCode::BirthDateInFuture:
    return QStringLiteral("future");
  case domain::NikErrorCode::SerialZero:
    return QStringLiteral("serial_zero");
  case domain::NikErrorCode::InvalidReferenceDate:
    break;
  }
  return QStringLiteral("invalid");
}

int twoDigits(const QString& text, int at) {
  return text.mid(at, 2).toInt();
}

} // namespace

NikCheck::NikCheck(QObject* parent) : QObject(parent) {}

QVariantMap NikCheck::validate(const QString& text, const QDate& referenceDate) const {
  QVariantMap result{{QStringLiteral("acceptable"), false},
                     {QStringLiteral("error"), QString()},
                     {QStringLiteral("length"), static_cast<int>(text.size())},
                     {QStringLiteral("birthDate"), QString()},
                     {QStringLiteral("sex"), QString()},
                     {QStringLiteral("day"), 0},
                     {QStringLiteral("month"), 0},
                     {QStringLiteral("year"), 0}};
  if (text.isEmpty()) {
    return result;
  }
  const QDate today = referenceDate.isValid() ? referenceDate : QDate::currentDate();
  domain::NikParseOptions options;
  options.referenceDate = domain::CivilDate{today.year(), today.month(), today.day()};
  const std::string utf8 = text.toStdString();
  const auto parsed = domain::Nik::parse(utf8, options);
  if (!parsed) {
    const domain::NikErrorCode code = parsed.error().code;
    result.insert(QStringLiteral("error"), codeName(code));
    if (code == domain::NikErrorCode::ImpossibleDate) {
      // For the message "30 Februari ..."; the digits are all there once this is reached.
      const int dayPart = twoDigits(text, 6);
      const int yearPart = twoDigits(text, 10);
      const int month = twoDigits(text, 8);
      const int day = dayPart > 40 ? dayPart - 40 : dayPart;
      // The domain's century rule, on the (year, month, day) triple: the date may not exist.
      const bool in2000s = std::tuple(2000 + yearPart, month, day) <=
                           std::tuple(today.year(), today.month(), today.day());
      const int year = in2000s ? 2000 + yearPart : 1900 + yearPart;
      result.insert(QStringLiteral("day"), day);
      result.insert(QStringLiteral("month"), month);
      result.insert(QStringLiteral("year"), year);
    }
    return result;
  }
  const domain::CivilDate birth = parsed->birthDate();
  result.insert(QStringLiteral("acceptable"), true);
  result.insert(QStringLiteral("birthDate"), QString::fromStdString(birth.toIsoString()));
  result.insert(QStringLiteral("sex"),
                parsed->sex() == domain::Sex::Female ? QStringLiteral("P") : QStringLiteral("L"));
  result.insert(QStringLiteral("day"), birth.day);
  result.insert(QStringLiteral("month"), birth.month);
  result.insert(QStringLiteral("year"), birth.year);
  return result;
}

QString NikCheck::mask(const QString& text) const {
  return QString::fromStdString(domain::maskNik(text.toStdString()));
}

} // namespace simpul::components
