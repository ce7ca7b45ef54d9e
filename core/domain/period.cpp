#include "domain/period.h"

#include <array>
#include <cstdio>
#include <ostream>
#include <tuple>

namespace simpul::domain {

namespace {

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

PeriodError error(PeriodErrorCode code, std::string id, std::string en) {
  return PeriodError{code, LocalizedText{std::move(id), std::move(en)}};
}

PeriodError invalidFormat() {
  return error(PeriodErrorCode::InvalidFormat,
               "Periode harus berbentuk TTTT, TTTT-S1/S2, TTTT-Q1..Q4 atau TTTT-BB "
               "(contoh: 2021, 2021-S1, 2021-Q3, 2021-05)",
               "A period must look like YYYY, YYYY-S1/S2, YYYY-Q1..Q4 or YYYY-MM "
               "(e.g. 2021, 2021-S1, 2021-Q3, 2021-05)");
}

PeriodError invalidYear() {
  return error(PeriodErrorCode::InvalidYear, "Tahun periode harus 4 digit, 0001-9999",
               "The year of a period must have 4 digits, 0001-9999");
}

// Months in one period of each kind, by PeriodKind.
int monthsPerPeriod(PeriodKind kind) {
  switch (kind) {
  case PeriodKind::Year:
    return 12;
  case PeriodKind::Semester:
    return 6;
  case PeriodKind::Quarter:
    return 3;
  case PeriodKind::Month:
    return 1;
  }
  return 12;
}

} // namespace

// The one place a period is checked: the year, then the index against the number of such
// periods in a year (derived from monthsPerPeriod, not kept by hand per kind).
Result<Period, PeriodError> Period::make(PeriodKind kind, int year, int index) {
  if (year < 1 || year > 9999) {
    return invalidYear();
  }
  if (index < 1 || index > 12 / monthsPerPeriod(kind)) {
    switch (kind) {
    case PeriodKind::Year:
      break; // ofYear always passes 1
    case PeriodKind::Semester:
      return error(PeriodErrorCode::InvalidSemester, "Semester harus S1 atau S2",
                   "A semester must be S1 or S2");
    case PeriodKind::Quarter:
      return error(PeriodErrorCode::InvalidQuarter, "Triwulan harus Q1, Q2, Q3 atau Q4",
                   "A quarter must be Q1, Q2, Q3 or Q4");
    case PeriodKind::Month:
      return error(PeriodErrorCode::InvalidMonth, "Bulan periode harus 01-12",
                   "The month of a period must be 01-12");
    }
  }
  return Period(kind, year, index);
}

Result<Period, PeriodError> Period::ofYear(int year) {
  return make(PeriodKind::Year, year, 1);
}

Result<Period, PeriodError> Period::ofSemester(int year, int semester) {
  return make(PeriodKind::Semester, year, semester);
}

Result<Period, PeriodError> Period::ofQuarter(int year, int quarter) {
  return make(PeriodKind::Quarter, year, quarter);
}

Result<Period, PeriodError> Period::ofMonth(int year, int month) {
  return make(PeriodKind::Month, year, month);
}

Period Period::containing(PeriodKind kind, CivilDate date) {
  const int index = (date.month - 1) / monthsPerPeriod(kind) + 1;
  return Period(kind, date.year, index);
}

Result<Period, PeriodError> Period::parse(std::string_view text) {
  if (text.empty()) {
    return error(PeriodErrorCode::Empty, "Periode kosong", "The period is empty");
  }
  const std::size_t dash = text.find('-');
  const std::string_view yearText = text.substr(0, dash);
  if (yearText.size() != 4 || !isDigit(yearText[0]) || !isDigit(yearText[1]) ||
      !isDigit(yearText[2]) || !isDigit(yearText[3])) {
    return invalidYear();
  }
  const int year = (yearText[0] - '0') * 1000 + (yearText[1] - '0') * 100 +
                   (yearText[2] - '0') * 10 + (yearText[3] - '0');
  if (dash == std::string_view::npos) {
    return ofYear(year);
  }

  const std::string_view rest = text.substr(dash + 1);
  if (rest.size() != 2) {
    return invalidFormat();
  }
  const char letter = rest[0];
  if (letter == 'S' || letter == 's' || letter == 'Q' || letter == 'q') {
    if (!isDigit(rest[1])) {
      return invalidFormat();
    }
    const int number = rest[1] - '0';
    return letter == 'S' || letter == 's' ? ofSemester(year, number) : ofQuarter(year, number);
  }
  if (!isDigit(rest[0]) || !isDigit(rest[1])) {
    return invalidFormat();
  }
  return ofMonth(year, (rest[0] - '0') * 10 + (rest[1] - '0'));
}

std::string Period::toString() const {
  std::array<char, 24> buffer{};
  int n = 0;
  switch (m_kind) {
  case PeriodKind::Year:
    n = std::snprintf(buffer.data(), buffer.size(), "%04d", m_year);
    break;
  case PeriodKind::Semester:
    n = std::snprintf(buffer.data(), buffer.size(), "%04d-S%d", m_year, m_index);
    break;
  case PeriodKind::Quarter:
    n = std::snprintf(buffer.data(), buffer.size(), "%04d-Q%d", m_year, m_index);
    break;
  case PeriodKind::Month:
    n = std::snprintf(buffer.data(), buffer.size(), "%04d-%02d", m_year, m_index);
    break;
  }
  return std::string(buffer.data(), n > 0 ? static_cast<std::size_t>(n) : 0);
}

int Period::firstMonth() const {
  return (m_index - 1) * monthsPerPeriod(m_kind) + 1;
}

int Period::lastMonth() const {
  return m_index * monthsPerPeriod(m_kind);
}

CivilDate Period::start() const {
  return CivilDate{m_year, firstMonth(), 1};
}

CivilDate Period::end() const {
  return CivilDate{m_year, lastMonth(), 1}.lastDayOfMonth();
}

bool Period::contains(const Period& other) const {
  return m_year == other.m_year && firstMonth() <= other.firstMonth() &&
         other.lastMonth() <= lastMonth();
}

bool Period::contains(CivilDate date) const {
  return start() <= date && date <= end();
}

std::strong_ordering operator<=>(const Period& a, const Period& b) {
  // PeriodKind is declared longest first, which gives the tie-break for the same start.
  return std::tuple(a.m_year, a.firstMonth(), a.m_kind) <=>
         std::tuple(b.m_year, b.firstMonth(), b.m_kind);
}

std::ostream& operator<<(std::ostream& out, const Period& period) {
  return out << period.toString();
}

} // namespace simpul::domain
