#pragma once

#include <compare>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::domain {

// A calendar date with no time and no time zone: a birth date, an SK date, the first day of
// a reporting period. Birth dates and decree dates are days, not instants, so converting
// them through a clock and a zone would only add ways to be off by one.
//
// It is a plain aggregate so `CivilDate{2021, 3, 5}` reads like the date it is; a value built
// that way may be invalid, so code taking dates from outside checks isValid() or uses a
// parse function, which only ever return valid dates.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;

  // Years 1..9999 only, so toIsoString() always gives four year digits.
  bool isValid() const;

  static bool isLeapYear(int year);
  // 0 for a month outside 1..12.
  static int daysInMonth(int year, int month);

  // "2021-03-05". Only meaningful for a valid date.
  std::string toIsoString() const;

  // Exactly "YYYY-MM-DD"; nullopt for anything else or for a date that does not exist.
  static std::optional<CivilDate> parseIso(std::string_view text);
  // What spreadsheets and forms in the field produce: "YYYY-MM-DD", "DD-MM-YYYY" or
  // "DD/MM/YYYY" (day and month may be written with one digit, surrounding blanks are
  // ignored). Day-first is the Indonesian convention, so "05/03/2021" is 5 March, never May.
  static std::optional<CivilDate> parseFlexible(std::string_view text);

  // Completed years from `birth` to `on`. Someone born on 29 February reaches the next year
  // of age on 1 March in a non-leap year: their birthday has not passed while 28 February
  // is still running. -1 when `on` is before `birth` (not born yet), so a rule such as
  // "age < 5" must still check for it.
  static int ageInYears(CivilDate birth, CivilDate on);

  // Days since 1970-01-01 (negative before), and back; both require/return valid dates.
  long long toDayNumber() const;
  static CivilDate fromDayNumber(long long days);

  CivilDate addDays(long long days) const;
  CivilDate lastDayOfMonth() const;

  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// For test failure output and debugging.
std::ostream& operator<<(std::ostream& out, const CivilDate& date);

} // namespace simpul::domain
