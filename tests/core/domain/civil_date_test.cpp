#include "domain/civil_date.h"

#include <gtest/gtest.h>

namespace simpul::domain {
namespace {

TEST(CivilDate, LeapYearsFollowTheGregorianRules) {
  EXPECT_FALSE(CivilDate::isLeapYear(1900));
  EXPECT_TRUE(CivilDate::isLeapYear(2000));
  EXPECT_TRUE(CivilDate::isLeapYear(2024));
  EXPECT_FALSE(CivilDate::isLeapYear(2023));
  EXPECT_FALSE(CivilDate::isLeapYear(2100));
}

TEST(CivilDate, DaysInMonth) {
  EXPECT_EQ(CivilDate::daysInMonth(2023, 2), 28);
  EXPECT_EQ(CivilDate::daysInMonth(2024, 2), 29);
  EXPECT_EQ(CivilDate::daysInMonth(2023, 4), 30);
  EXPECT_EQ(CivilDate::daysInMonth(2023, 12), 31);
  EXPECT_EQ(CivilDate::daysInMonth(2023, 0), 0);
  EXPECT_EQ(CivilDate::daysInMonth(2023, 13), 0);
}

TEST(CivilDate, Validity) {
  EXPECT_TRUE((CivilDate{2024, 2, 29}.isValid()));
  EXPECT_FALSE((CivilDate{2023, 2, 29}.isValid()));
  EXPECT_FALSE((CivilDate{2023, 4, 31}.isValid()));
  EXPECT_FALSE((CivilDate{2023, 0, 1}.isValid()));
  EXPECT_FALSE((CivilDate{2023, 1, 0}.isValid()));
  EXPECT_FALSE((CivilDate{0, 1, 1}.isValid()));
  EXPECT_FALSE(CivilDate{}.isValid());
}

TEST(CivilDate, ComparesChronologically) {
  EXPECT_LT((CivilDate{2020, 12, 31}), (CivilDate{2021, 1, 1}));
  EXPECT_LT((CivilDate{2021, 1, 31}), (CivilDate{2021, 2, 1}));
  EXPECT_EQ((CivilDate{2021, 3, 5}), (CivilDate{2021, 3, 5}));
  EXPECT_GT((CivilDate{2021, 3, 6}), (CivilDate{2021, 3, 5}));
}

TEST(CivilDate, IsoRoundTrip) {
  EXPECT_EQ((CivilDate{2021, 3, 5}.toIsoString()), "2021-03-05");
  EXPECT_EQ(CivilDate::parseIso("2021-03-05"), (CivilDate{2021, 3, 5}));
  EXPECT_EQ(CivilDate::parseIso("0999-12-31")->toIsoString(), "0999-12-31");
}

TEST(CivilDate, ParseIsoRejectsOtherShapesAndImpossibleDates) {
  for (const char* text : {"", "2021-3-05", "2021/03/05", "05-03-2021", "2021-03-05 ", "2021-02-29",
                           "2021-13-01", "2021-00-10", "2021-01-00", "20a1-01-01"}) {
    EXPECT_FALSE(CivilDate::parseIso(text).has_value()) << text;
  }
}

TEST(CivilDate, ParseFlexibleAcceptsTheThreeForms) {
  const CivilDate expected{2021, 3, 5};
  EXPECT_EQ(CivilDate::parseFlexible("2021-03-05"), expected);
  EXPECT_EQ(CivilDate::parseFlexible("05-03-2021"), expected);
  EXPECT_EQ(CivilDate::parseFlexible("05/03/2021"), expected);
}

TEST(CivilDate, ParseFlexibleReadsDayFirstAndShortParts) {
  EXPECT_EQ(CivilDate::parseFlexible("5/3/2021"), (CivilDate{2021, 3, 5}));
  EXPECT_EQ(CivilDate::parseFlexible(" 31-12-1999\t"), (CivilDate{1999, 12, 31}));
  EXPECT_EQ(CivilDate::parseFlexible("29/02/2000"), (CivilDate{2000, 2, 29}));
}

TEST(CivilDate, ParseFlexibleRejectsMalformedAndImpossibleDates) {
  for (const char* text :
       {"", "2021", "2021-03", "31/04/2021", "30-02-2020", "29/02/2001", "05/03-2021", "2021/03/05",
        "05/03/21", "005/03/2021", "05/13/2021", "00/03/2021", "aa/03/2021", "05/03/2021/1",
        "2021-03-05x", "5 Maret 2021", "05.03.2021"}) {
    EXPECT_FALSE(CivilDate::parseFlexible(text).has_value()) << text;
  }
}

TEST(CivilDate, AgeCountsCompletedYears) {
  const CivilDate birth{2000, 6, 15};
  EXPECT_EQ(CivilDate::ageInYears(birth, {2000, 6, 15}), 0);
  EXPECT_EQ(CivilDate::ageInYears(birth, {2018, 6, 14}), 17);
  EXPECT_EQ(CivilDate::ageInYears(birth, {2018, 6, 15}), 18);
  EXPECT_EQ(CivilDate::ageInYears(birth, {2018, 12, 31}), 18);
  EXPECT_EQ(CivilDate::ageInYears(birth, {2019, 1, 1}), 18);
}

TEST(CivilDate, AgeOfALeapDayBirthIsReachedOnFirstMarchInCommonYears) {
  const CivilDate birth{2000, 2, 29};
  EXPECT_EQ(CivilDate::ageInYears(birth, {2001, 2, 28}), 0);
  EXPECT_EQ(CivilDate::ageInYears(birth, {2001, 3, 1}), 1);
  EXPECT_EQ(CivilDate::ageInYears(birth, {2004, 2, 28}), 3);
  EXPECT_EQ(CivilDate::ageInYears(birth, {2004, 2, 29}), 4);
}

TEST(CivilDate, AgeBeforeBirthIsMinusOne) {
  EXPECT_EQ(CivilDate::ageInYears({2021, 5, 5}, {2021, 5, 4}), -1);
  EXPECT_EQ(CivilDate::ageInYears({2021, 5, 5}, {2010, 1, 1}), -1);
}

TEST(CivilDate, DayArithmetic) {
  EXPECT_EQ((CivilDate{1970, 1, 1}.toDayNumber()), 0);
  EXPECT_EQ((CivilDate{2000, 3, 1}.toDayNumber() - CivilDate{2000, 2, 28}.toDayNumber()), 2);
  EXPECT_EQ((CivilDate{2023, 12, 31}.addDays(1)), (CivilDate{2024, 1, 1}));
  EXPECT_EQ((CivilDate{2024, 3, 1}.addDays(-1)), (CivilDate{2024, 2, 29}));
  EXPECT_EQ((CivilDate{1969, 12, 31}.toDayNumber()), -1);
  EXPECT_EQ((CivilDate{2024, 2, 10}.lastDayOfMonth()), (CivilDate{2024, 2, 29}));
  EXPECT_EQ((CivilDate{2023, 2, 10}.lastDayOfMonth()), (CivilDate{2023, 2, 28}));
}

// Walks day by day with plain calendar rules, independent of the day-number formula.
CivilDate nextDay(CivilDate date) {
  if (date.day < CivilDate::daysInMonth(date.year, date.month)) {
    return {date.year, date.month, date.day + 1};
  }
  if (date.month < 12) {
    return {date.year, date.month + 1, 1};
  }
  return {date.year + 1, 1, 1};
}

TEST(CivilDate, DayNumberRoundTripsOverFourCenturies) {
  CivilDate date{1900, 1, 1};
  const long long last = CivilDate{2300, 1, 1}.toDayNumber();
  for (long long n = date.toDayNumber(); n < last; ++n, date = nextDay(date)) {
    ASSERT_EQ(CivilDate::fromDayNumber(n), date);
    ASSERT_EQ(date.toDayNumber(), n);
  }
}

} // namespace
} // namespace simpul::domain
