#include "domain/nik.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>

namespace simpul::domain {
namespace {

// All NIKs here are synthetic: real kecamatan codes, made-up birth dates and serials.
constexpr CivilDate kReference{2024, 6, 1};

NikParseOptions options(CivilDate reference = kReference) {
  return NikParseOptions{reference, {}};
}

NikErrorCode errorOf(std::string_view text, const NikParseOptions& opts = options()) {
  const auto parsed = Nik::parse(text, opts);
  if (parsed.ok()) {
    ADD_FAILURE() << text << " unexpectedly parsed";
    return NikErrorCode::InvalidReferenceDate;
  }
  return parsed.error().code;
}

// Every error must explain itself in both languages without repeating the NIK.
void expectGoodMessage(std::string_view text, const NikParseOptions& opts = options()) {
  const auto parsed = Nik::parse(text, opts);
  ASSERT_FALSE(parsed.ok()) << text;
  const LocalizedText& message = parsed.error().message;
  EXPECT_FALSE(message.id.empty()) << text;
  EXPECT_FALSE(message.en.empty()) << text;
  EXPECT_NE(message.id, message.en) << text;
  if (text.size() >= 6) {
    // Neither the whole value nor its personal part (birth date and serial) may leak.
    for (const std::string& m : {message.id, message.en}) {
      EXPECT_EQ(m.find(text), std::string::npos) << m;
      EXPECT_EQ(m.find(text.substr(6)), std::string::npos) << m;
    }
  }
}

TEST(Nik, ParsesAMaleNik) {
  const auto parsed = Nik::parse("3204121508850001", options());
  ASSERT_TRUE(parsed.ok()) << parsed.error().message.en;
  const Nik& nik = parsed.value();
  EXPECT_EQ(nik.digits(), "3204121508850001");
  EXPECT_EQ(nik.kecamatan(), WilayahCode::parse("32.04.12").value());
  EXPECT_EQ(nik.birthDate(), (CivilDate{1985, 8, 15}));
  EXPECT_EQ(nik.sex(), Sex::Male);
  EXPECT_EQ(nik.serial(), 1);
  EXPECT_EQ(nik.masked(), "3204**********01");
}

TEST(Nik, ParsesAFemaleNikWithDayPlusForty) {
  const auto parsed = Nik::parse("3273015703050123", options());
  ASSERT_TRUE(parsed.ok()) << parsed.error().message.en;
  const Nik& nik = parsed.value();
  EXPECT_EQ(nik.digits(), "3273015703050123");
  EXPECT_EQ(nik.kecamatan(), WilayahCode::parse("32.73.01").value());
  EXPECT_TRUE(nik.kecamatan().parent()->isKota());
  EXPECT_EQ(nik.birthDate(), (CivilDate{2005, 3, 17}));
  EXPECT_EQ(nik.sex(), Sex::Female);
  EXPECT_EQ(nik.serial(), 123);
}

TEST(Nik, DayRangeBoundaries) {
  EXPECT_EQ(Nik::parse("3204123101850001", options())->birthDate(), (CivilDate{1985, 1, 31}));
  EXPECT_EQ(Nik::parse("3204123101850001", options())->sex(), Sex::Male);
  EXPECT_EQ(Nik::parse("3204124101850001", options())->birthDate(), (CivilDate{1985, 1, 1}));
  EXPECT_EQ(Nik::parse("3204124101850001", options())->sex(), Sex::Female);
  EXPECT_EQ(Nik::parse("3204127112859999", options())->birthDate(), (CivilDate{1985, 12, 31}));
  EXPECT_EQ(Nik::parse("3204127112859999", options())->serial(), 9999);
}

TEST(Nik, WrongLengthSaysTheLengthFound) {
  EXPECT_EQ(errorOf("320412150885001"), NikErrorCode::WrongLength);
  EXPECT_EQ(errorOf("32041215088500011"), NikErrorCode::WrongLength);
  EXPECT_EQ(errorOf(""), NikErrorCode::WrongLength);
  const auto parsed = Nik::parse("320412150885001", options());
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message.id.find("15"), std::string::npos);
  EXPECT_NE(parsed.error().message.en.find("15"), std::string::npos);
  expectGoodMessage("320412150885001");
}

TEST(Nik, RejectsNonDigits) {
  EXPECT_EQ(errorOf("32041215088500a1"), NikErrorCode::NotDigits);
  EXPECT_EQ(errorOf("3204 21508850001"), NikErrorCode::NotDigits);
  EXPECT_EQ(errorOf("-204121508850001"), NikErrorCode::NotDigits);
  expectGoodMessage("32041215088500a1");
}

TEST(Nik, RejectsAnInvalidKecamatanCode) {
  EXPECT_EQ(errorOf("0004121508850001"), NikErrorCode::InvalidKecamatanCode); // provinsi 00
  EXPECT_EQ(errorOf("3200121508850001"), NikErrorCode::InvalidKecamatanCode); // kab/kota 00
  EXPECT_EQ(errorOf("3270121508850001"), NikErrorCode::InvalidKecamatanCode); // kab/kota 70
  EXPECT_EQ(errorOf("3204001508850001"), NikErrorCode::InvalidKecamatanCode); // kecamatan 00
  expectGoodMessage("0004121508850001");
  expectGoodMessage("3270121508850001");
}

TEST(Nik, RejectsDayZero) {
  EXPECT_EQ(errorOf("3204120008850001"), NikErrorCode::DayZero);
  expectGoodMessage("3204120008850001");
}

TEST(Nik, RejectsDaysBetweenTheMaleAndFemaleRanges) {
  for (const char* text : {"3204123208850001", "3204123608850001", "3204124008850001"}) {
    EXPECT_EQ(errorOf(text), NikErrorCode::DayBetweenRanges) << text;
    expectGoodMessage(text);
  }
}

TEST(Nik, RejectsDaysAboveTheFemaleRange) {
  for (const char* text : {"3204127208850001", "3204129908850001"}) {
    EXPECT_EQ(errorOf(text), NikErrorCode::DayTooHigh) << text;
    expectGoodMessage(text);
  }
}

TEST(Nik, RejectsMonthZeroAndAboveTwelve) {
  EXPECT_EQ(errorOf("3204121500850001"), NikErrorCode::InvalidMonth);
  EXPECT_EQ(errorOf("3204121513850001"), NikErrorCode::InvalidMonth);
  EXPECT_EQ(errorOf("3204121599850001"), NikErrorCode::InvalidMonth);
  expectGoodMessage("3204121513850001");
}

TEST(Nik, RejectsImpossibleDatesAndNamesThem) {
  struct Case {
    const char* text;
    const char* id;
    const char* en;
  };
  for (const Case& c : {Case{"3204123002850001", "30 Februari", "30 February"},
                        Case{"3204123104850001", "31 April", "31 April"},
                        Case{"3204127002850001", "30 Februari", "30 February"}, // woman, 30 Feb
                        Case{"3204127106850001", "31 Juni", "31 June"}}) {
    const auto parsed = Nik::parse(c.text, options());
    ASSERT_FALSE(parsed.ok()) << c.text;
    EXPECT_EQ(parsed.error().code, NikErrorCode::ImpossibleDate) << c.text;
    EXPECT_NE(parsed.error().message.id.find(c.id), std::string::npos) << parsed.error().message.id;
    EXPECT_NE(parsed.error().message.en.find(c.en), std::string::npos) << parsed.error().message.en;
    expectGoodMessage(c.text);
  }
}

TEST(Nik, LeapDayIsValidOnlyInLeapYears) {
  const auto leap = Nik::parse("3204122902000001", options());
  ASSERT_TRUE(leap.ok()) << leap.error().message.en;
  EXPECT_EQ(leap->birthDate(), (CivilDate{2000, 2, 29}));
  EXPECT_EQ(Nik::parse("3204126902000001", options())->birthDate(), (CivilDate{2000, 2, 29}));

  const auto common = Nik::parse("3204122902010001", options());
  ASSERT_FALSE(common.ok());
  EXPECT_EQ(common.error().code, NikErrorCode::ImpossibleDate);
  EXPECT_NE(common.error().message.en.find("29 February 2001"), std::string::npos)
      << common.error().message.en;
  EXPECT_NE(common.error().message.id.find("29 Februari 2001"), std::string::npos)
      << common.error().message.id;
  // Judged in 1999, "00" means 1900, which was not a leap year.
  EXPECT_EQ(errorOf("3204122902000001", options({1999, 12, 31})), NikErrorCode::ImpossibleDate);
}

TEST(Nik, TwoDigitYearResolvesAgainstTheReferenceDate) {
  // Reference 2024-06-01: a birth date up to that day is 20YY, after it 19YY.
  EXPECT_EQ(Nik::parse("3204120106240001", options())->birthDate(), (CivilDate{2024, 6, 1}));
  EXPECT_EQ(Nik::parse("3204120206240001", options())->birthDate(), (CivilDate{1924, 6, 2}));
  EXPECT_EQ(Nik::parse("3204121512230001", options())->birthDate(), (CivilDate{2023, 12, 15}));
  EXPECT_EQ(Nik::parse("3204120101250001", options())->birthDate(), (CivilDate{1925, 1, 1}));
  EXPECT_EQ(Nik::parse("3204120101000001", options())->birthDate(), (CivilDate{2000, 1, 1}));
  // The same NIK judged in 2010 is someone born in 1923.
  EXPECT_EQ(Nik::parse("3204121512230001", options({2010, 1, 1}))->birthDate(),
            (CivilDate{1923, 12, 15}));
}

TEST(Nik, RejectsABirthDateAfterTheReferenceDate) {
  // Judged on 1 January 1990, "95" is neither 2095 nor 1995.
  EXPECT_EQ(errorOf("3204121508950001", options({1990, 1, 1})), NikErrorCode::BirthDateInFuture);
  expectGoodMessage("3204121508950001", options({1990, 1, 1}));
}

TEST(Nik, RejectsSerialZero) {
  EXPECT_EQ(errorOf("3204121508850000"), NikErrorCode::SerialZero);
  expectGoodMessage("3204121508850000");
}

TEST(Nik, RequiresAValidReferenceDate) {
  EXPECT_EQ(errorOf("3204121508850001", NikParseOptions{}), NikErrorCode::InvalidReferenceDate);
  expectGoodMessage("3204121508850001", NikParseOptions{});
}

TEST(Nik, InjectedKecamatanCheckAccepts) {
  std::optional<WilayahCode> asked;
  NikParseOptions opts = options();
  opts.kecamatanExists = [&](const WilayahCode& code) {
    asked = code;
    return true;
  };
  EXPECT_TRUE(Nik::parse("3204121508850001", opts).ok());
  EXPECT_EQ(asked, WilayahCode::parse("32.04.12").value());
}

TEST(Nik, InjectedKecamatanCheckRejects) {
  NikParseOptions opts = options();
  opts.kecamatanExists = [](const WilayahCode& code) {
    return code.dotted() == "32.04.12";
  };
  EXPECT_TRUE(Nik::parse("3204121508850001", opts).ok());
  EXPECT_EQ(errorOf("3204131508850001", opts), NikErrorCode::UnknownKecamatan);
  expectGoodMessage("3204131508850001", opts);
}

TEST(Nik, ComparesByDigits) {
  const Nik a = Nik::parse("3204121508850001", options()).value();
  const Nik b = Nik::parse("3204121508850002", options()).value();
  EXPECT_EQ(a, Nik::parse("3204121508850001", options()).value());
  EXPECT_NE(a, b);
  EXPECT_LT(a, b);
}

TEST(MaskNik, ShowsFirstFourAndLastTwo) {
  EXPECT_EQ(maskNik("3204121508850001"), "3204**********01");
  EXPECT_EQ(maskNik("3273015703050123"), "3273**********23");
}

TEST(MaskNik, NeverEchoesMalformedInput) {
  EXPECT_EQ(maskNik(""), "");
  EXPECT_EQ(maskNik("12345"), "*****");
  EXPECT_EQ(maskNik("320412150885001"), "***************");
  EXPECT_EQ(maskNik("32041215088500011"), "****************");
  EXPECT_EQ(maskNik("32041215088500a1"), "****************");
  EXPECT_EQ(maskNik(std::string(1000, '9')), std::string(16, '*'));
}

} // namespace
} // namespace simpul::domain
