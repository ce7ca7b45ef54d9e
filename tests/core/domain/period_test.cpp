#include "domain/period.h"

#include <algorithm>
#include <array>
#include <gtest/gtest.h>
#include <vector>

namespace simpul::domain {
namespace {

Period period(std::string_view text) {
  auto parsed = Period::parse(text);
  if (!parsed.ok()) {
    // Record the failure and carry on with a stand-in: value() would abort the whole run.
    ADD_FAILURE() << text << ": " << parsed.error().message.en;
    return Period::ofYear(1).value();
  }
  return parsed.value();
}

TEST(Period, ParsesAndFormatsEachKind) {
  struct Case {
    const char* text;
    PeriodKind kind;
    int year;
    int index;
  };
  for (const Case& c :
       {Case{"2021", PeriodKind::Year, 2021, 1}, Case{"2021-S1", PeriodKind::Semester, 2021, 1},
        Case{"2021-S2", PeriodKind::Semester, 2021, 2},
        Case{"2021-Q1", PeriodKind::Quarter, 2021, 1},
        Case{"2021-Q4", PeriodKind::Quarter, 2021, 4}, Case{"2021-01", PeriodKind::Month, 2021, 1},
        Case{"2021-05", PeriodKind::Month, 2021, 5},
        Case{"2021-12", PeriodKind::Month, 2021, 12}}) {
    const Period p = period(c.text);
    EXPECT_EQ(p.kind(), c.kind) << c.text;
    EXPECT_EQ(p.year(), c.year) << c.text;
    EXPECT_EQ(p.index(), c.index) << c.text;
    EXPECT_EQ(p.toString(), c.text);
  }
}

TEST(Period, LetterIsCaseInsensitiveAndFormatsUppercase) {
  EXPECT_EQ(period("2021-s2").toString(), "2021-S2");
  EXPECT_EQ(period("2021-q3").toString(), "2021-Q3");
  EXPECT_EQ(period("2021-q3"), period("2021-Q3"));
}

TEST(Period, Factories) {
  EXPECT_EQ(Period::ofSemester(2022, 2).value(), period("2022-S2"));
  EXPECT_EQ(Period::ofQuarter(2022, 3).value(), period("2022-Q3"));
  EXPECT_EQ(Period::ofMonth(2022, 11).value(), period("2022-11"));
  EXPECT_EQ(Period::ofYear(2022).value(), period("2022"));
  EXPECT_EQ(Period::ofQuarter(2022, 5).error().code, PeriodErrorCode::InvalidQuarter);
  EXPECT_EQ(Period::ofYear(0).error().code, PeriodErrorCode::InvalidYear);
}

TEST(Period, RejectsMalformedText) {
  using E = PeriodErrorCode;
  struct Case {
    const char* text;
    PeriodErrorCode expected;
  };
  const std::array cases{
      Case{"", E::Empty},
      Case{"21", E::InvalidYear},
      Case{"20210", E::InvalidYear},
      Case{"0000", E::InvalidYear},
      Case{"abcd", E::InvalidYear},
      Case{" 2021", E::InvalidYear},
      Case{"2021/05", E::InvalidYear},
      Case{"-S1", E::InvalidYear},
      Case{"2021-", E::InvalidFormat},
      Case{"2021-S", E::InvalidFormat},
      Case{"2021-S01", E::InvalidFormat},
      Case{"2021-5", E::InvalidFormat},
      Case{"2021-005", E::InvalidFormat},
      Case{"2021-H1", E::InvalidFormat},
      Case{"2021-Qx", E::InvalidFormat},
      Case{"2021-05 ", E::InvalidFormat},
      Case{"2021-S0", E::InvalidSemester},
      Case{"2021-S3", E::InvalidSemester},
      Case{"2021-Q0", E::InvalidQuarter},
      Case{"2021-Q5", E::InvalidQuarter},
      Case{"2021-00", E::InvalidMonth},
      Case{"2021-13", E::InvalidMonth},
  };
  for (const Case& c : cases) {
    const auto parsed = Period::parse(c.text);
    ASSERT_FALSE(parsed.ok()) << '"' << c.text << '"';
    EXPECT_EQ(parsed.error().code, c.expected) << '"' << c.text << '"';
    EXPECT_FALSE(parsed.error().message.id.empty()) << c.text;
    EXPECT_FALSE(parsed.error().message.en.empty()) << c.text;
    EXPECT_NE(parsed.error().message.id, parsed.error().message.en) << c.text;
  }
}

TEST(Period, StartAndEndAreInclusiveDays) {
  EXPECT_EQ(period("2021").start(), (CivilDate{2021, 1, 1}));
  EXPECT_EQ(period("2021").end(), (CivilDate{2021, 12, 31}));
  EXPECT_EQ(period("2021-S1").end(), (CivilDate{2021, 6, 30}));
  EXPECT_EQ(period("2021-S2").start(), (CivilDate{2021, 7, 1}));
  EXPECT_EQ(period("2021-Q1").end(), (CivilDate{2021, 3, 31}));
  EXPECT_EQ(period("2021-Q3").start(), (CivilDate{2021, 7, 1}));
  EXPECT_EQ(period("2021-Q3").end(), (CivilDate{2021, 9, 30}));
  EXPECT_EQ(period("2021-02").end(), (CivilDate{2021, 2, 28}));
  EXPECT_EQ(period("2024-02").end(), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(period("2024-Q1").end(), (CivilDate{2024, 3, 31}));
}

TEST(Period, YearContainsEverythingInIt) {
  const Period year = period("2021");
  for (const char* inner :
       {"2021", "2021-S1", "2021-S2", "2021-Q1", "2021-Q4", "2021-01", "2021-12"}) {
    EXPECT_TRUE(year.contains(period(inner))) << inner;
  }
  EXPECT_FALSE(year.contains(period("2022-01")));
  EXPECT_FALSE(year.contains(period("2020")));
  EXPECT_FALSE(year.contains(period("2020-S2")));
}

TEST(Period, ContainmentDoesNotGoUpwards) {
  EXPECT_FALSE(period("2021-S1").contains(period("2021")));
  EXPECT_FALSE(period("2021-Q2").contains(period("2021-S1")));
  EXPECT_FALSE(period("2021-05").contains(period("2021-Q2")));
}

TEST(Period, SemesterAndQuarterContainment) {
  const Period s1 = period("2021-S1");
  EXPECT_TRUE(s1.contains(period("2021-Q1")));
  EXPECT_TRUE(s1.contains(period("2021-Q2")));
  EXPECT_FALSE(s1.contains(period("2021-Q3")));
  EXPECT_TRUE(s1.contains(period("2021-06")));
  EXPECT_FALSE(s1.contains(period("2021-07")));
  EXPECT_TRUE(period("2021-S2").contains(period("2021-Q3")));
  EXPECT_TRUE(period("2021-Q2").contains(period("2021-04")));
  EXPECT_TRUE(period("2021-Q2").contains(period("2021-06")));
  EXPECT_FALSE(period("2021-Q2").contains(period("2021-07")));
  EXPECT_FALSE(period("2021-Q2").contains(period("2022-05")));
}

TEST(Period, ContainsDates) {
  const Period q1 = period("2024-Q1");
  EXPECT_TRUE(q1.contains(CivilDate{2024, 1, 1}));
  EXPECT_TRUE(q1.contains(CivilDate{2024, 2, 29}));
  EXPECT_TRUE(q1.contains(CivilDate{2024, 3, 31}));
  EXPECT_FALSE(q1.contains(CivilDate{2024, 4, 1}));
  EXPECT_FALSE(q1.contains(CivilDate{2023, 12, 31}));
}

TEST(Period, ContainingADate) {
  const CivilDate date{2021, 8, 17};
  EXPECT_EQ(Period::containing(PeriodKind::Year, date), period("2021"));
  EXPECT_EQ(Period::containing(PeriodKind::Semester, date), period("2021-S2"));
  EXPECT_EQ(Period::containing(PeriodKind::Quarter, date), period("2021-Q3"));
  EXPECT_EQ(Period::containing(PeriodKind::Month, date), period("2021-08"));
  EXPECT_EQ(Period::containing(PeriodKind::Quarter, CivilDate{2021, 6, 30}), period("2021-Q2"));
}

TEST(Period, EqualityAndOrdering) {
  EXPECT_EQ(period("2021-S1"), period("2021-s1"));
  EXPECT_NE(period("2021-S1"), period("2021-Q1"));
  EXPECT_NE(period("2021-01"), period("2021-Q1"));
  std::vector<Period> periods{period("2022"),    period("2021-07"), period("2021-Q3"),
                              period("2021-S2"), period("2021-01"), period("2021")};
  std::sort(periods.begin(), periods.end());
  std::vector<std::string> texts;
  for (const Period& p : periods) {
    texts.push_back(p.toString());
  }
  EXPECT_EQ(texts,
            (std::vector<std::string>{"2021", "2021-01", "2021-S2", "2021-Q3", "2021-07", "2022"}));
}

} // namespace
} // namespace simpul::domain
