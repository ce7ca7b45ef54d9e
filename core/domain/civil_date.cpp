#include "domain/civil_date.h"

#include <array>
#include <cstdio>
#include <ostream>

namespace simpul::domain {

namespace {

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// Reads all of `text` as a non-negative decimal number of 1..maxDigits digits.
std::optional<int> readNumber(std::string_view text, std::size_t minDigits, std::size_t maxDigits) {
  if (text.size() < minDigits || text.size() > maxDigits) {
    return std::nullopt;
  }
  int value = 0;
  for (char c : text) {
    if (!isDigit(c)) {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<CivilDate> validOrNothing(int year, int month, int day) {
  const CivilDate date{year, month, day};
  if (!date.isValid()) {
    return std::nullopt;
  }
  return date;
}

std::string_view trimBlanks(std::string_view text) {
  const auto isBlank = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  };
  while (!text.empty() && isBlank(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && isBlank(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

} // namespace

bool CivilDate::isValid() const {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= daysInMonth(year, month);
}

bool CivilDate::isLeapYear(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int CivilDate::daysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) {
    return 0;
  }
  if (m == 2 && isLeapYear(y)) {
    return 29;
  }
  return kDays[static_cast<std::size_t>(m - 1)];
}

std::string CivilDate::toIsoString() const {
  // Room for three full ints, so even an invalid date formats without truncation.
  std::array<char, 40> buffer{};
  const int n = std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", year, month, day);
  return std::string(buffer.data(), n > 0 ? static_cast<std::size_t>(n) : 0);
}

std::optional<CivilDate> CivilDate::parseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const auto y = readNumber(text.substr(0, 4), 4, 4);
  const auto m = readNumber(text.substr(5, 2), 2, 2);
  const auto d = readNumber(text.substr(8, 2), 2, 2);
  if (!y || !m || !d) {
    return std::nullopt;
  }
  return validOrNothing(*y, *m, *d);
}

std::optional<CivilDate> CivilDate::parseFlexible(std::string_view text) {
  text = trimBlanks(text);
  const auto firstSep = text.find_first_of("-/");
  if (firstSep == std::string_view::npos) {
    return std::nullopt;
  }
  const char sep = text[firstSep];
  const auto secondSep = text.find(sep, firstSep + 1);
  if (secondSep == std::string_view::npos) {
    return std::nullopt;
  }
  const std::string_view first = text.substr(0, firstSep);
  const std::string_view second = text.substr(firstSep + 1, secondSep - firstSep - 1);
  const std::string_view third = text.substr(secondSep + 1);

  // Year first is only the ISO form, with '-' and two-digit month and day; anything with a
  // four-digit first part in another shape is more likely a typo than a convention.
  if (first.size() == 4) {
    if (sep != '-') {
      return std::nullopt;
    }
    return parseIso(text);
  }
  // Day first: any stray separator ends up inside `third` and fails the digit check.
  const auto d = readNumber(first, 1, 2);
  const auto m = readNumber(second, 1, 2);
  const auto y = readNumber(third, 4, 4);
  if (!y || !m || !d) {
    return std::nullopt;
  }
  return validOrNothing(*y, *m, *d);
}

int CivilDate::ageInYears(CivilDate birth, CivilDate on) {
  if (on < birth) {
    return -1;
  }
  int years = on.year - birth.year;
  // Comparing (month, day) pairs makes 29 February count as passed only from 1 March in a
  // non-leap year, because (2, 28) < (2, 29) < (3, 1).
  const bool birthdayPassed =
      on.month > birth.month || (on.month == birth.month && on.day >= birth.day);
  if (!birthdayPassed) {
    --years;
  }
  return years;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian
// calendar with no tables and no loops.
long long CivilDate::toDayNumber() const {
  const long long y = static_cast<long long>(year) - (month <= 2 ? 1 : 0);
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long mp = (month + 9) % 12;
  const long long doy = (153 * mp + 2) / 5 + day - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilDate::fromDayNumber(long long days) {
  const long long z = days + 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const long long d = doy - (153 * mp + 2) / 5 + 1;
  const long long m = mp < 10 ? mp + 3 : mp - 9;
  const long long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

CivilDate CivilDate::addDays(long long days) const {
  return fromDayNumber(toDayNumber() + days);
}

CivilDate CivilDate::lastDayOfMonth() const {
  return CivilDate{year, month, daysInMonth(year, month)};
}

std::ostream& operator<<(std::ostream& out, const CivilDate& date) {
  return out << date.toIsoString();
}

} // namespace simpul::domain
