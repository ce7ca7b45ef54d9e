// The demo data generator alone: names, NIKs, the plan's accounts and its determinism.
#include "cli/command.h"
#include "cli/demo_data.h"
#include "cli/demo_logins.h"
#include "domain/nik.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <set>
#include <sstream>

namespace simpul::cli::demo {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

const char* const kNamesCsv = "name,kind,gender,sources\n"
                              "Budi,first_name,L,x\n"
                              "Siti,first_name,P,x\n"
                              "Eka,first_name,U,\"a, b\"\n"
                              "Saputra,last_name,L,x\n"
                              "Lestari,last_name,P,x\n"
                              "Purnama,last_name,U,x\n"
                              "Ignored,nickname,L,x\n";

domain::NikParseOptions reference() {
  domain::NikParseOptions options;
  options.referenceDate = domain::CivilDate{2025, 6, 1};
  return options;
}

// One kab/kota with two kecamatan: 01 with `desaInFirst` desa, 02 with three.
DemoArea area(int desaInFirst) {
  DemoArea a{{"32.04", "Kabupaten Bandung"}, {{"32.04.01", "Satu"}, {"32.04.02", "Dua"}}, {}};
  for (int i = 1; i <= desaInFirst; ++i) {
    a.desa.push_back({"32.04.01." + std::to_string(2000 + i), "Desa " + std::to_string(i)});
  }
  for (int i = 1; i <= 3; ++i) {
    a.desa.push_back({"32.04.02." + std::to_string(2000 + i), "Desa Dua " + std::to_string(i)});
  }
  return a;
}

TEST(DemoData, NamesByKindAndGenderWithEitherGenderInBoth) {
  const NameList names = parseNames(kNamesCsv, "names.csv");
  EXPECT_THAT(names.firstMale, ElementsAre("Budi", "Eka"));
  EXPECT_THAT(names.firstFemale, ElementsAre("Siti", "Eka"));
  EXPECT_THAT(names.lastMale, ElementsAre("Saputra", "Purnama"));
  EXPECT_THAT(names.lastFemale, ElementsAre("Lestari", "Purnama"));

  try {
    parseNames("name,kind,gender,sources\nBudi,first_name,L,x\n", "names.csv");
    FAIL() << "a list without women's names was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr("names.csv"));
  }
  EXPECT_THROW(loadNames("/nonexistent/names.csv"), std::runtime_error);
}

TEST(DemoData, NiksAreValidWithWomenPlusFortyAndSerialsPerPrefixAndDate) {
  NikAllocator niks;
  const domain::CivilDate birth{1985, 3, 5};
  const std::string a = niks.next("32.04.12", birth, domain::Sex::Male);
  const std::string b = niks.next("32.04.12", birth, domain::Sex::Male);
  const std::string c = niks.next("32.04.12", birth, domain::Sex::Female);
  const std::string d = niks.next("32.04.13", birth, domain::Sex::Male);
  EXPECT_EQ(a, "3204120503850001");
  EXPECT_EQ(b, "3204120503850002");
  EXPECT_EQ(c, "3204124503850001");
  EXPECT_EQ(d, "3204130503850001");
  for (const auto& text : {a, b, c, d}) {
    const auto nik = domain::Nik::parse(text, reference());
    ASSERT_TRUE(nik.ok()) << nik.error().message.en;
    EXPECT_EQ(nik.value().birthDate(), birth);
  }
  EXPECT_EQ(domain::Nik::parse(c, reference()).value().sex(), domain::Sex::Female);
  // A 2024 birth reads as 2024, a 1940 one as 1940.
  EXPECT_EQ(
      domain::Nik::parse(niks.next("32.04.12", {2024, 12, 31}, domain::Sex::Female), reference())
          .value()
          .birthDate(),
      (domain::CivilDate{2024, 12, 31}));
  EXPECT_EQ(domain::Nik::parse(niks.next("32.04.12", {1940, 1, 1}, domain::Sex::Male), reference())
                .value()
                .birthDate(),
            (domain::CivilDate{1940, 1, 1}));
}

TEST(DemoData, ThePlanHasEveryRoleAndAtMostEightPsm) {
  const NameList names = parseNames(kNamesCsv, "names.csv");
  for (int desa : {2, 12}) {
    // Whichever kecamatan the seed picks, its desa bound the psm accounts.
    for (std::uint64_t seed = 0; seed < 6; ++seed) {
      const DemoPlan plan = planDemo(seed, area(desa), names, 40);
      const std::size_t inKecamatan = plan.kecamatan.code == "32.04.01" ? desa : 3;
      const std::size_t psm = std::min<std::size_t>(inKecamatan, kMaxPsmUsers);
      ASSERT_EQ(plan.users.size(), 6 + psm);
      std::vector<std::string> roles;
      std::set<std::string> psmDesa;
      for (const DemoUser& u : plan.users) {
        roles.push_back(u.username + ":" + u.role);
        EXPECT_FALSE(u.displayName.empty());
        if (u.role == "psm") {
          EXPECT_TRUE(u.wilayahCode.starts_with(plan.kecamatan.code + "."));
          psmDesa.insert(u.wilayahCode);
        }
      }
      EXPECT_EQ(psmDesa.size(), psm);
      EXPECT_EQ(roles[0], "admin:admin");
      EXPECT_EQ(plan.users[0].wilayahCode, "");
      EXPECT_EQ(roles[3], "ipsm:ipsm_pengurus");
      EXPECT_EQ(plan.users[4].wilayahCode, plan.kecamatan.code);
      EXPECT_EQ(roles[5], "kades:kepala_desa");
      EXPECT_EQ(plan.users[5].wilayahCode, plan.users[6].wilayahCode);
      EXPECT_EQ(plan.users[6].username, "psm");
      EXPECT_EQ(plan.users.back().username, psm == 1 ? "psm" : "psm." + std::to_string(psm));

      ASSERT_EQ(plan.persons.size(), 40 + psm);
      std::set<std::string> niks;
      for (std::size_t i = 0; i < plan.persons.size(); ++i) {
        const DemoPerson& p = plan.persons[i];
        const auto nik = domain::Nik::parse(p.nik, reference());
        ASSERT_TRUE(nik.ok()) << nik.error().message.en;
        EXPECT_TRUE(niks.insert(p.nik).second);
        EXPECT_EQ(nik.value().kecamatan().dotted(), p.desaCode.substr(0, 8));
        EXPECT_EQ(nik.value().sex(), p.sex);
        EXPECT_EQ(p.birthPlace, "Bandung");
        if (i < psm) {
          EXPECT_EQ(p.fullName, plan.users[6 + i].displayName) << "the psm's own record";
          EXPECT_EQ(p.desaCode, plan.users[6 + i].wilayahCode);
        }
      }
    }
  }
}

TEST(DemoData, TheSameSeedPlansTheSameDataAndAnotherSeedOtherData) {
  const NameList names = parseNames(kNamesCsv, "names.csv");
  const auto summary = [&](std::uint64_t seed) {
    std::vector<std::string> out;
    const DemoPlan plan = planDemo(seed, area(12), names, 50);
    for (const DemoUser& u : plan.users) {
      out.push_back(u.username + u.wilayahCode + u.displayName);
    }
    for (const DemoPerson& p : plan.persons) {
      out.push_back(p.nik + p.fullName + p.desaCode + p.rt + p.rw);
    }
    return out;
  };
  EXPECT_EQ(summary(42), summary(42));
  EXPECT_NE(summary(42), summary(43));

  DemoRandom a(5);
  DemoRandom b(5);
  for (int i = 0; i < 100; ++i) {
    ASSERT_EQ(a.below(7), b.below(7));
  }
  EXPECT_THROW(planDemo(1, DemoArea{{"32.04", "X"}, {{"32.04.01", "Satu"}}, {}}, names, 1),
               std::runtime_error);
}

TEST(DemoData, PasswordsAreReadableAndDifferent) {
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    const std::string password = randomPassword();
    EXPECT_EQ(password.size(), 14u);
    EXPECT_EQ(password[4], '-');
    EXPECT_EQ(password[9], '-');
    EXPECT_EQ(password.find_first_of("01ilo"), std::string::npos) << "no look-alikes";
    seen.insert(password);
  }
  EXPECT_EQ(seen.size(), 50u);
}

TEST(DemoData, TheLoginsFileIsPrivateAndReadsBackAsWritten) {
  const simpul::testing::TempDir dir;
  const std::vector<Login> logins = {
      {"admin", "admin", "*", "Seluruh Indonesia", "abcd-efgh-jkmn"},
      {"psm.2", "psm", "32.04.32.1008", "Wargamekar", "pqrs-tuvw-xyz2"}};
  const std::string path = dir.file("logins.txt");
  simpul::testing::writeFile(path, "old content, readable by all");
  ::chmod(path.c_str(), 0644);
  writeLoginsFile(path, logins);
  EXPECT_EQ(simpul::testing::fileMode(path), 0600);
  const std::string text = simpul::testing::readFile(path);
  EXPECT_EQ(text, std::string(kLoginsHeader) +
                      "\nadmin\tadmin\t*\tSeluruh Indonesia\tabcd-efgh-jkmn\n"
                      "psm.2\tpsm\t32.04.32.1008\tWargamekar\tpqrs-tuvw-xyz2\n");
  const auto parsed = parseLoginsFile(text);
  ASSERT_TRUE(parsed.has_value());
  ASSERT_EQ(parsed->size(), 2u);
  EXPECT_EQ((*parsed)[1].wilayahCode, "32.04.32.1008");
  EXPECT_EQ((*parsed)[1].password, "pqrs-tuvw-xyz2");
  EXPECT_FALSE(parseLoginsFile("something else\n").has_value());

  std::ostringstream table;
  printLogins(table, logins);
  EXPECT_THAT(table.str(), HasSubstr("synthetic data"));
  EXPECT_THAT(table.str(), HasSubstr("  psm.2          psm         32.04.32.1008  Wargamekar  "
                                     "pqrs-tuvw-xyz2\n"));

  EXPECT_THROW(writeLoginsFile(dir.file("missing/logins.txt"), logins), CommandError);
}

} // namespace
} // namespace simpul::cli::demo
