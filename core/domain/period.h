#pragma once

#include "domain/civil_date.h"
#include "domain/localized_text.h"
#include "domain/result.h"

#include <compare>
#include <iosfwd>
#include <string>
#include <string_view>

namespace simpul::domain {

enum class PeriodKind { Year, Semester, Quarter, Month };

enum class PeriodErrorCode {
  Empty,
  InvalidYear,     // not four digits, or year 0000
  InvalidFormat,   // not one of YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM
  InvalidSemester, // S0 or S3 and above
  InvalidQuarter,  // Q0 or Q5 and above
  InvalidMonth,    // 00 or 13 and above
};

struct PeriodError {
  PeriodErrorCode code;
  LocalizedText message;
};

// A reporting period of PMKS data, reports and incentive decisions: a year (`2021`), a
// semester (`2021-S1`, `2021-S2`), a quarter (`2021-Q1`..`2021-Q4`) or a month (`2021-05`).
// DTKS/DTSEN and Dinsos work in these calendar units, never in arbitrary ranges, so the
// type admits only them; every value is valid.
class Period {
public:
  // Case-insensitive in the S/Q letter; nothing else is lenient (no blanks, no "2021-5").
  static Result<Period, PeriodError> parse(std::string_view text);

  static Result<Period, PeriodError> ofYear(int year);
  static Result<Period, PeriodError> ofSemester(int year, int semester);
  static Result<Period, PeriodError> ofQuarter(int year, int quarter);
  static Result<Period, PeriodError> ofMonth(int year, int month);
  // The period of `kind` that `date` falls in; `date` must be valid.
  static Period containing(PeriodKind kind, CivilDate date);

  // Canonical: "2021", "2021-S1", "2021-Q3", "2021-05".
  std::string toString() const;

  PeriodKind kind() const { return m_kind; }
  int year() const { return m_year; }
  // 1-based position within the year: semester 1-2, quarter 1-4, month 1-12; 1 for a year.
  int index() const { return m_index; }

  CivilDate start() const;
  // The last day of the period (inclusive).
  CivilDate end() const;

  // Whether `other` lies entirely within this period (a year contains its semesters,
  // quarters and months and itself; a month contains no quarter).
  bool contains(const Period& other) const;
  bool contains(CivilDate date) const;

  // Chronological by start; for the same start the longer period first, so a year sorts
  // just before its own first semester, quarter and month.
  friend std::strong_ordering operator<=>(const Period& a, const Period& b);
  friend bool operator==(const Period&, const Period&) = default;

private:
  Period(PeriodKind kind, int year, int index) : m_kind(kind), m_year(year), m_index(index) {}
  static Result<Period, PeriodError> make(PeriodKind kind, int year, int index);

  int firstMonth() const;
  int lastMonth() const;

  PeriodKind m_kind;
  int m_year;
  int m_index;
};

// For test failure output and debugging: the canonical form.
std::ostream& operator<<(std::ostream& out, const Period& period);

} // namespace simpul::domain
