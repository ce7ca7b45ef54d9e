#include "domain/pmks_catalog.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace simpul::domain {
namespace {

const PmksType& typeAt(int order) {
  const PmksType* type = findPmksTypeByOrder(order);
  EXPECT_NE(type, nullptr) << "order " << order;
  return type ? *type : pmksTypes().front();
}

bool isSnakeCase(const std::string& s) {
  if (s.empty() || s.front() == '_' || s.back() == '_' || s.find("__") != std::string::npos) {
    return false;
  }
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::set<int> ordersWhere(bool (*predicate)(const PmksType&)) {
  std::set<int> out;
  for (const PmksType& type : pmksTypes()) {
    if (predicate(type)) {
      out.insert(type.order);
    }
  }
  return out;
}

std::vector<std::string> allKeys(const PmksType& type) {
  std::vector<std::string> keys;
  for (const Criterion& c : type.criteria) {
    keys.push_back(c.key);
  }
  return keys;
}

// --- Catalogue shape ---------------------------------------------------------------------

TEST(PmksCatalogTest, HasTwentySixTypesWithContiguousOrders) {
  const auto& types = pmksTypes();
  ASSERT_EQ(types.size(), 26u);
  for (std::size_t i = 0; i < types.size(); ++i) {
    EXPECT_EQ(types[i].order, static_cast<int>(i) + 1);
  }
}

TEST(PsksCatalogTest, HasTwelveTypesWithContiguousOrders) {
  const auto& types = psksTypes();
  ASSERT_EQ(types.size(), 12u);
  for (std::size_t i = 0; i < types.size(); ++i) {
    EXPECT_EQ(types[i].order, static_cast<int>(i) + 1);
    EXPECT_FALSE(types[i].name.id.empty());
    EXPECT_FALSE(types[i].name.en.empty());
  }
}

TEST(CatalogSlugTest, SlugsAreSnakeCaseAndUniqueAcrossPmksAndPsks) {
  std::set<std::string> seen;
  for (const PmksType& type : pmksTypes()) {
    EXPECT_TRUE(isSnakeCase(type.slug)) << type.slug;
    EXPECT_TRUE(seen.insert(type.slug).second) << "duplicate " << type.slug;
  }
  for (const PsksType& type : psksTypes()) {
    EXPECT_TRUE(isSnakeCase(type.slug)) << type.slug;
    EXPECT_TRUE(seen.insert(type.slug).second) << "duplicate " << type.slug;
  }
}

TEST(PmksCatalogTest, WellKnownSlugsAreFrozen) {
  // These are stored in databases; this test fails if anyone renames them.
  EXPECT_EQ(typeAt(1).slug, "anak_balita_terlantar");
  EXPECT_EQ(typeAt(24).slug, "fakir_miskin");
  EXPECT_EQ(typeAt(26).slug, "komunitas_adat_terpencil");
  EXPECT_EQ(typeAt(16).slug, "orang_dengan_hiv_aids");
}

TEST(PmksCatalogTest, EveryTypeHasBothNamesAndUniqueNames) {
  std::set<std::string> names;
  for (const PmksType& type : pmksTypes()) {
    EXPECT_FALSE(type.name.id.empty()) << type.slug;
    EXPECT_FALSE(type.name.en.empty()) << type.slug;
    EXPECT_TRUE(names.insert(foldCatalogName(type.name.id)).second) << type.name.id;
    EXPECT_TRUE(names.insert(foldCatalogName(type.name.en)).second) << type.name.en;
  }
}

TEST(PmksCatalogTest, EveryTypeHasTwoToSixCriteriaWithUniqueKeys) {
  for (const PmksType& type : pmksTypes()) {
    EXPECT_GE(type.criteria.size(), 2u) << type.slug;
    EXPECT_LE(type.criteria.size(), 6u) << type.slug;
    std::set<std::string> keys;
    for (const Criterion& c : type.criteria) {
      EXPECT_TRUE(isSnakeCase(c.key)) << type.slug << "/" << c.key;
      EXPECT_TRUE(keys.insert(c.key).second) << type.slug << "/" << c.key;
      EXPECT_FALSE(c.text.id.empty()) << type.slug << "/" << c.key;
      EXPECT_FALSE(c.text.en.empty()) << type.slug << "/" << c.key;
    }
  }
}

TEST(PmksCatalogTest, SubjectKinds) {
  EXPECT_EQ(typeAt(21).subjectKind, PmksSubjectKind::Event);
  EXPECT_EQ(typeAt(22).subjectKind, PmksSubjectKind::Event);
  EXPECT_EQ(typeAt(24).subjectKind, PmksSubjectKind::Family);
  EXPECT_EQ(typeAt(25).subjectKind, PmksSubjectKind::Family);
  EXPECT_EQ(typeAt(26).subjectKind, PmksSubjectKind::Community);
  const auto persons =
      ordersWhere([](const PmksType& t) { return t.subjectKind == PmksSubjectKind::Person; });
  EXPECT_EQ(persons.size(), 21u);
}

TEST(PmksCatalogTest, SensitiveTypesAreExactlyMinorityAndHiv) {
  EXPECT_EQ(ordersWhere([](const PmksType& t) { return t.sensitive; }), (std::set<int>{14, 16}));
}

TEST(PmksCatalogTest, DisabilityKindsOnlyForTypesFiveAndNine) {
  EXPECT_EQ(ordersWhere([](const PmksType& t) { return t.needsDisabilityKinds; }),
            (std::set<int>{5, 9}));
}

TEST(PmksCatalogTest, OnlyTypeTwentyThreeHasASexRule) {
  EXPECT_EQ(ordersWhere([](const PmksType& t) { return t.sexRule.only.has_value(); }),
            (std::set<int>{23}));
  EXPECT_EQ(typeAt(23).sexRule.only, Sex::Female);
}

TEST(PmksCatalogTest, PpksLabelShowsBothTerms) {
  EXPECT_EQ(kPmksPpksLabel, "PMKS / PPKS");
  EXPECT_EQ(pmksPpksLabel().id, "PMKS / PPKS");
  EXPECT_EQ(pmksPpksLabel().en, "PMKS / PPKS");
  EXPECT_NE(pmksPpksFullName().id.find("Pemerlu Pelayanan"), std::string::npos);
  EXPECT_NE(pmksPpksFullName().id.find("Penyandang Masalah"), std::string::npos);
}

// --- Disability kinds --------------------------------------------------------------------

TEST(PmksDisabilityKindTest, FiveKindsWithSlugsAndNames) {
  std::vector<std::string> slugs;
  for (const DisabilityKind& kind : disabilityKinds()) {
    slugs.push_back(kind.slug);
    EXPECT_FALSE(kind.name.id.empty());
    EXPECT_FALSE(kind.name.en.empty());
  }
  EXPECT_EQ(slugs,
            (std::vector<std::string>{"fisik", "intelektual", "mental", "sensorik", "ganda"}));
}

TEST(PmksDisabilityKindTest, ParsesSlugNamesAndEnglish) {
  ASSERT_NE(parseDisabilityKind("fisik"), nullptr);
  EXPECT_EQ(parseDisabilityKind("fisik")->slug, "fisik");
  EXPECT_EQ(parseDisabilityKind("  Disabilitas SENSORIK ")->slug, "sensorik");
  EXPECT_EQ(parseDisabilityKind("Physical")->slug, "fisik");
  EXPECT_EQ(parseDisabilityKind("multiple disabilities")->slug, "ganda");
  EXPECT_EQ(parseDisabilityKind("netra"), nullptr);
  EXPECT_EQ(parseDisabilityKind(""), nullptr);
}

TEST(PmksDisabilityKindTest, CheckDisabilityKinds) {
  EXPECT_FALSE(checkDisabilityKinds(typeAt(9), {"fisik", "sensorik"}));
  EXPECT_EQ(checkDisabilityKinds(typeAt(9), {})->code, RuleViolationCode::DisabilityKindMissing);
  EXPECT_EQ(checkDisabilityKinds(typeAt(5), {"netra"})->code,
            RuleViolationCode::UnknownDisabilityKind);
  EXPECT_EQ(checkDisabilityKinds(typeAt(24), {"fisik"})->code,
            RuleViolationCode::DisabilityKindNotApplicable);
  EXPECT_FALSE(checkDisabilityKinds(typeAt(24), {}));
}

// --- Subject rules -----------------------------------------------------------------------

TEST(PmksSubjectRuleTest, AnakBalitaTerlantarIsUnderFive) {
  const PmksType& t = typeAt(1);
  EXPECT_FALSE(checkSubject(t, 0, Sex::Male));
  EXPECT_FALSE(checkSubject(t, 4, Sex::Female));
  const auto v = checkSubject(t, 5, Sex::Male);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->code, RuleViolationCode::AgeTooHigh);
}

TEST(PmksSubjectRuleTest, ReasonNamesTheTypeTheRuleAndTheAge) {
  const auto v = checkSubject(typeAt(1), 7, std::nullopt);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->reason.id, "Anak Balita Terlantar harus berusia di bawah 5 tahun (usia: 7)");
  EXPECT_EQ(v->reason.en, "Neglected Child Under Five must be under 5 years old (age: 7)");
}

TEST(PmksSubjectRuleTest, LanjutUsiaTerlantarIsSixtyOrOlder) {
  const PmksType& t = typeAt(8);
  const auto v = checkSubject(t, 59, Sex::Female);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->code, RuleViolationCode::AgeTooLow);
  EXPECT_FALSE(checkSubject(t, 60, Sex::Female));
  EXPECT_FALSE(checkSubject(t, 101, Sex::Male));
}

TEST(PmksSubjectRuleTest, PerempuanRawanSosialEkonomiIsAWomanAgedEighteenToFiftyNine) {
  const PmksType& t = typeAt(23);
  const auto male = checkSubject(t, 30, Sex::Male);
  ASSERT_TRUE(male);
  EXPECT_EQ(male->code, RuleViolationCode::SexNotAllowed);
  EXPECT_EQ(checkSubject(t, 17, Sex::Female)->code, RuleViolationCode::AgeTooLow);
  EXPECT_FALSE(checkSubject(t, 18, Sex::Female));
  EXPECT_FALSE(checkSubject(t, 59, Sex::Female));
  EXPECT_EQ(checkSubject(t, 60, Sex::Female)->code, RuleViolationCode::AgeTooHigh);
}

TEST(PmksSubjectRuleTest, UnknownSexDoesNotSatisfyAFemaleOnlyType) {
  const auto v = checkSubject(typeAt(23), 30, std::nullopt);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->code, RuleViolationCode::SexNotAllowed);
  EXPECT_NE(v->reason.id.find("tidak diketahui"), std::string::npos);
}

TEST(PmksSubjectRuleTest, AnakBerhadapanDenganHukumIsTwelveToUnderEighteen) {
  const PmksType& t = typeAt(3);
  EXPECT_EQ(checkSubject(t, 11, Sex::Male)->code, RuleViolationCode::AgeTooLow);
  EXPECT_FALSE(checkSubject(t, 12, Sex::Male));
  EXPECT_FALSE(checkSubject(t, 17, Sex::Male));
  EXPECT_EQ(checkSubject(t, 18, Sex::Male)->code, RuleViolationCode::AgeTooHigh);
}

TEST(PmksSubjectRuleTest, BekasWargaBinaanIsOverEighteen) {
  const PmksType& t = typeAt(15);
  EXPECT_EQ(checkSubject(t, 18, Sex::Male)->code, RuleViolationCode::AgeTooLow);
  EXPECT_FALSE(checkSubject(t, 19, Sex::Male));
}

TEST(PmksSubjectRuleTest, SixToEighteenIsInclusiveAtBothEnds) {
  for (int order : {2, 7}) {
    const PmksType& t = typeAt(order);
    EXPECT_EQ(checkSubject(t, 5, Sex::Female)->code, RuleViolationCode::AgeTooLow) << order;
    EXPECT_FALSE(checkSubject(t, 6, Sex::Female)) << order;
    EXPECT_FALSE(checkSubject(t, 18, Sex::Female)) << order;
    EXPECT_EQ(checkSubject(t, 19, Sex::Female)->code, RuleViolationCode::AgeTooHigh) << order;
  }
}

TEST(PmksSubjectRuleTest, UnderEighteenTypesRefuseEighteen) {
  for (int order : {5, 6}) {
    EXPECT_FALSE(checkSubject(typeAt(order), 17, Sex::Male)) << order;
    EXPECT_EQ(checkSubject(typeAt(order), 18, Sex::Male)->code, RuleViolationCode::AgeTooHigh)
        << order;
  }
}

TEST(PmksSubjectRuleTest, TypeWithoutRulesAcceptsAnyAgeAndSex) {
  for (int order : {4, 9, 24, 26}) {
    for (int age : {0, 5, 18, 60, 120}) {
      EXPECT_FALSE(checkSubject(typeAt(order), age, Sex::Male)) << order << " " << age;
      EXPECT_FALSE(checkSubject(typeAt(order), age, std::nullopt)) << order << " " << age;
    }
  }
}

TEST(PmksSubjectRuleTest, NegativeAgeIsInvalidWhereAgeMatters) {
  EXPECT_EQ(checkSubject(typeAt(1), -1, Sex::Male)->code, RuleViolationCode::AgeInvalid);
  EXPECT_FALSE(checkSubject(typeAt(24), -1, std::nullopt));
}

TEST(PmksSubjectRuleTest, EveryViolationHasReasonsInBothLanguages) {
  int violations = 0;
  for (const PmksType& type : pmksTypes()) {
    for (int age = -1; age <= 100; ++age) {
      for (std::optional<Sex> sex : {std::optional<Sex>(), std::optional(Sex::Male)}) {
        if (const auto v = checkSubject(type, age, sex)) {
          ++violations;
          EXPECT_NE(v->reason.id.find(type.name.id), std::string::npos) << v->reason.id;
          EXPECT_NE(v->reason.en.find(type.name.en), std::string::npos) << v->reason.en;
        }
      }
    }
  }
  EXPECT_GT(violations, 0);
}

TEST(PmksSubjectRuleTest, AgeRuleDescriptions) {
  EXPECT_EQ(typeAt(2).ageRule.describe().id, "berusia 6 sampai dengan 18 tahun");
  EXPECT_EQ(typeAt(8).ageRule.describe().en, "be at least 60 years old");
  EXPECT_EQ(typeAt(15).ageRule.describe().id, "berusia lebih dari 18 tahun");
  EXPECT_EQ(typeAt(3).ageRule.describe().id,
            "berusia paling rendah 12 tahun dan di bawah 18 tahun");
  EXPECT_TRUE(typeAt(24).ageRule.describe().id.empty());
}

// --- Criteria ----------------------------------------------------------------------------

TEST(PmksCriteriaTest, AnyConnectiveNeedsAtLeastOneTick) {
  const PmksType& t = typeAt(24);
  ASSERT_EQ(t.connective, CriteriaConnective::Any);
  EXPECT_FALSE(checkCriteria(t, {t.criteria.front().key}));
  EXPECT_FALSE(checkCriteria(t, allKeys(t)));
  const auto v = checkCriteria(t, {});
  ASSERT_TRUE(v);
  EXPECT_EQ(v->code, RuleViolationCode::CriteriaNotMet);
  EXPECT_FALSE(v->reason.id.empty());
  EXPECT_FALSE(v->reason.en.empty());
}

TEST(PmksCriteriaTest, AllConnectiveNeedsEveryTickAndNamesTheMissingOne) {
  const PmksType& t = typeAt(11);
  ASSERT_EQ(t.connective, CriteriaConnective::All);
  EXPECT_FALSE(checkCriteria(t, allKeys(t)));
  std::vector<std::string> keys = allKeys(t);
  const Criterion missing = t.criteria.back();
  keys.pop_back();
  const auto v = checkCriteria(t, keys);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->code, RuleViolationCode::CriteriaNotMet);
  EXPECT_NE(v->reason.id.find(missing.text.id), std::string::npos);
  EXPECT_NE(v->reason.en.find(missing.text.en), std::string::npos);
}

TEST(PmksCriteriaTest, UnknownKeyIsRefusedEvenWithValidOnes) {
  const PmksType& t = typeAt(1);
  const auto v = checkCriteria(t, {t.criteria.front().key, "bukan_kriteria"});
  ASSERT_TRUE(v);
  EXPECT_EQ(v->code, RuleViolationCode::UnknownCriterion);
  EXPECT_NE(v->reason.id.find("bukan_kriteria"), std::string::npos);
  // A key of another type is unknown here too.
  EXPECT_EQ(checkCriteria(t, {typeAt(11).criteria.front().key})->code,
            RuleViolationCode::UnknownCriterion);
}

TEST(PmksCriteriaTest, DuplicateTicksCountOnce) {
  const PmksType& t = typeAt(13);
  ASSERT_EQ(t.connective, CriteriaConnective::All);
  const std::string first = t.criteria.front().key;
  EXPECT_TRUE(checkCriteria(t, {first, first}));
}

TEST(PmksCriteriaTest, EveryTypeAcceptsAllItsCriteria) {
  for (const PmksType& type : pmksTypes()) {
    EXPECT_FALSE(checkCriteria(type, allKeys(type))) << type.slug;
    EXPECT_TRUE(checkCriteria(type, {})) << type.slug;
    EXPECT_NE(type.findCriterion(type.criteria.front().key), nullptr);
    EXPECT_EQ(type.findCriterion("no_such_key"), nullptr);
  }
}

// --- Lookups -----------------------------------------------------------------------------

TEST(PmksLookupTest, ByOrder) {
  EXPECT_EQ(findPmksTypeByOrder(24)->slug, "fakir_miskin");
  EXPECT_EQ(findPmksTypeByOrder(0), nullptr);
  EXPECT_EQ(findPmksTypeByOrder(27), nullptr);
  EXPECT_EQ(findPmksTypeByOrder(-3), nullptr);
}

TEST(PmksLookupTest, BySlugIsExact) {
  EXPECT_EQ(findPmksTypeBySlug("komunitas_adat_terpencil")->order, 26);
  EXPECT_EQ(findPmksTypeBySlug("Komunitas_Adat_Terpencil"), nullptr);
  EXPECT_EQ(findPmksTypeBySlug("komunitas adat terpencil"), nullptr);
  EXPECT_EQ(findPmksTypeBySlug(""), nullptr);
}

TEST(PmksLookupTest, ByNameIgnoresCaseSpacesAndLanguage) {
  EXPECT_EQ(findPmksTypeByName("fakir miskin")->order, 24);
  EXPECT_EQ(findPmksTypeByName("  ANAK   yang berhadapan dengan   Hukum ")->order, 3);
  EXPECT_EQ(findPmksTypeByName("Person with Disability")->order, 9);
  EXPECT_EQ(findPmksTypeByName("orang dengan hiv / aids")->order, 16);
  EXPECT_EQ(findPmksTypeByName("Penyandang Cacat"), nullptr); // legacy: only via resolve
  EXPECT_EQ(findPmksTypeByName("   "), nullptr);
}

TEST(PmksLookupTest, ResolveAcceptsOrderSlugNameAndLegacyName) {
  const auto byOrder = resolvePmksType(" 24 ");
  ASSERT_TRUE(byOrder.ok());
  EXPECT_EQ(byOrder->type->order, 24);
  EXPECT_EQ(byOrder->matchedBy, PmksMatch::Order);

  const auto bySlug = resolvePmksType("Lanjut_Usia_Terlantar");
  ASSERT_TRUE(bySlug.ok());
  EXPECT_EQ(bySlug->type->order, 8);
  EXPECT_EQ(bySlug->matchedBy, PmksMatch::Slug);

  const auto byName = resolvePmksType("KORBAN TRAFFICKING");
  ASSERT_TRUE(byName.ok());
  EXPECT_EQ(byName->type->order, 18);
  EXPECT_EQ(byName->matchedBy, PmksMatch::Name);

  const auto byLegacy = resolvePmksType("penyandang cacat");
  ASSERT_TRUE(byLegacy.ok());
  EXPECT_EQ(byLegacy->type->order, 9);
  EXPECT_EQ(byLegacy->matchedBy, PmksMatch::LegacyName);
}

TEST(PmksLookupTest, ResolveErrorsSayWhatWasTried) {
  const auto unknown = resolvePmksType("Orang Kaya Baru");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().id.find("Orang Kaya Baru"), std::string::npos);
  EXPECT_NE(unknown.error().id.find("slug"), std::string::npos);
  EXPECT_NE(unknown.error().id.find("nama lama"), std::string::npos);
  EXPECT_NE(unknown.error().en.find("pre-2012"), std::string::npos);

  const auto outOfRange = resolvePmksType("27");
  ASSERT_FALSE(outOfRange.ok());
  EXPECT_NE(outOfRange.error().en.find("1-26"), std::string::npos);

  EXPECT_FALSE(resolvePmksType("").ok());
  EXPECT_FALSE(resolvePmksType("0").ok());
  EXPECT_FALSE(resolvePmksType("-5").ok());
}

TEST(CatalogFoldTest, FoldsCasePunctuationAndSpaces) {
  EXPECT_EQ(foldCatalogName("  Orang dengan  HIV/AIDS "), "orang dengan hiv aids");
  EXPECT_EQ(foldCatalogName("anak_balita_terlantar"), "anak balita terlantar");
  EXPECT_EQ(foldCatalogName(" \t"), "");
}

TEST(PsksLookupTest, BySlugAndName) {
  EXPECT_EQ(findPsksTypeBySlug("pekerja_sosial_masyarakat")->order, 2);
  EXPECT_EQ(findPsksTypeBySlug("psm"), nullptr);
  EXPECT_EQ(findPsksTypeByName("psm")->order, 2);
  EXPECT_EQ(findPsksTypeByName("TKSK")->order, 11);
  EXPECT_EQ(findPsksTypeByName("karang  taruna")->order, 5);
  EXPECT_EQ(findPsksTypeByName("Social Extension Worker")->order, 10);
  EXPECT_EQ(findPsksTypeByName("Fakir Miskin"), nullptr);
}

// --- Legacy list -------------------------------------------------------------------------

TEST(LegacyPmksTest, TwentyTwoEntriesEachMappedToAnExistingType) {
  const auto& legacy = legacyPmksTypes();
  ASSERT_EQ(legacy.size(), 22u);
  for (std::size_t i = 0; i < legacy.size(); ++i) {
    EXPECT_EQ(legacy[i].order, static_cast<int>(i) + 1);
    EXPECT_NE(findPmksTypeByOrder(legacy[i].targetOrder), nullptr) << legacy[i].name;
    EXPECT_EQ(mapLegacyPmksName(legacy[i].name), findPmksTypeByOrder(legacy[i].targetOrder));
  }
}

TEST(LegacyPmksTest, NamesAndAliasesAreUnique) {
  std::set<std::string> seen;
  for (const LegacyPmksType& type : legacyPmksTypes()) {
    EXPECT_TRUE(seen.insert(foldCatalogName(type.name)).second) << type.name;
    for (const std::string& alias : type.aliases) {
      EXPECT_TRUE(seen.insert(foldCatalogName(alias)).second) << alias;
    }
  }
}

TEST(LegacyPmksTest, NamesSharedWithCurrentTypesMapToThatType) {
  // Otherwise resolvePmksType (current names first) and mapLegacyPmksName would disagree.
  for (const LegacyPmksType& type : legacyPmksTypes()) {
    std::vector<std::string> spellings = type.aliases;
    spellings.push_back(type.name);
    for (const std::string& spelling : spellings) {
      if (const PmksType* current = findPmksTypeByName(spelling)) {
        EXPECT_EQ(current->order, type.targetOrder) << spelling;
      }
    }
  }
}

TEST(LegacyPmksTest, SpecificMappings) {
  const std::map<std::string, int> expected = {
      {"Penyandang Cacat", 9},
      {"Wanita Rawan Sosial Ekonomi", 23},
      {"Keluarga Fakir Miskin", 24},
      {"Anak Nakal", 3},
      {"Bekas Narapidana", 15},
      {"Penderita HIV/AIDS", 16},
      {"Pekerja Migran Terlantar", 20},
      {"Korban Bencana Sosial atau Pengungsi", 22},
      {"Keluarga Berumah Tidak Layak Huni", 24},
  };
  for (const auto& [name, order] : expected) {
    const PmksType* type = mapLegacyPmksName(name);
    ASSERT_NE(type, nullptr) << name;
    EXPECT_EQ(type->order, order) << name;
  }
}

TEST(LegacyPmksTest, AliasesAndCaseAreAccepted) {
  EXPECT_EQ(mapLegacyPmksName("  keluarga berumah TAK layak huni")->order, 24);
  EXPECT_EQ(mapLegacyPmksName("WTS")->order, 10);
  EXPECT_EQ(mapLegacyPmksName("lansia terlantar")->order, 8);
  EXPECT_EQ(mapLegacyPmksName("Fakir Miskin"), nullptr); // a current name, not a legacy one
  EXPECT_EQ(mapLegacyPmksName(""), nullptr);
}

TEST(LegacyPmksTest, JudgementMappingsAreFlaggedForReview) {
  EXPECT_TRUE(findLegacyPmksType("Penyandang Cacat")->reviewAdvised);
  EXPECT_TRUE(findLegacyPmksType("Keluarga Rentan")->reviewAdvised);
  EXPECT_FALSE(findLegacyPmksType("Keluarga Fakir Miskin")->reviewAdvised);
}

} // namespace
} // namespace simpul::domain
