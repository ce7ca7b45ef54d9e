#include "domain/wilayah_code.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <type_traits>
#include <unordered_set>
#include <vector>

namespace simpul::domain {
namespace {

WilayahCode code(std::string_view text) {
  auto parsed = WilayahCode::parse(text);
  if (!parsed.ok()) {
    // Record the failure and carry on with a stand-in: value() would abort the whole run.
    ADD_FAILURE() << text << ": " << parsed.error().message.en;
    return WilayahCode::parse("11").value();
  }
  return parsed.value();
}

TEST(WilayahCode, ParsesEachLevelDottedAndPlain) {
  struct Case {
    const char* dotted;
    const char* plain;
    WilayahLevel level;
  };
  for (const Case& c : {Case{"32", "32", WilayahLevel::Provinsi},
                        Case{"32.04", "3204", WilayahLevel::KabupatenKota},
                        Case{"32.04.12", "320412", WilayahLevel::Kecamatan},
                        Case{"32.04.12.2003", "3204122003", WilayahLevel::DesaKelurahan}}) {
    const WilayahCode fromDotted = code(c.dotted);
    const WilayahCode fromPlain = code(c.plain);
    EXPECT_EQ(fromDotted, fromPlain);
    EXPECT_EQ(fromDotted.level(), c.level);
    EXPECT_EQ(fromDotted.dotted(), c.dotted);
    EXPECT_EQ(fromDotted.plain(), c.plain);
  }
}

TEST(WilayahCode, TypeComesFromTheDigits) {
  EXPECT_EQ(code("32").type(), WilayahType::Provinsi);
  EXPECT_EQ(code("32.04").type(), WilayahType::Kabupaten);
  EXPECT_EQ(code("32.69").type(), WilayahType::Kabupaten);
  EXPECT_EQ(code("32.71").type(), WilayahType::Kota);
  EXPECT_EQ(code("32.99").type(), WilayahType::Kota);
  EXPECT_EQ(code("32.04.12").type(), WilayahType::Kecamatan);
  EXPECT_EQ(code("32.04.12.1001").type(), WilayahType::Kelurahan);
  EXPECT_EQ(code("32.04.12.2003").type(), WilayahType::Desa);
  EXPECT_EQ(code("51.03.01.3001").type(), WilayahType::DesaAdat);
  EXPECT_TRUE(code("32.73").isKota());
  EXPECT_FALSE(code("32.04").isKota());
  EXPECT_FALSE(code("32.73.01").isKota()); // a kecamatan in a kota is not itself a kota
}

TEST(WilayahCode, TypeSlugsMatchTheOfficialList) {
  EXPECT_EQ(wilayahTypeSlug(WilayahType::Provinsi), "provinsi");
  EXPECT_EQ(wilayahTypeSlug(WilayahType::Kabupaten), "kabupaten");
  EXPECT_EQ(wilayahTypeSlug(WilayahType::Kota), "kota");
  EXPECT_EQ(wilayahTypeSlug(WilayahType::Kecamatan), "kecamatan");
  EXPECT_EQ(wilayahTypeSlug(WilayahType::Kelurahan), "kelurahan");
  EXPECT_EQ(wilayahTypeSlug(WilayahType::Desa), "desa");
  EXPECT_EQ(wilayahTypeSlug(WilayahType::DesaAdat), "desa_adat");
}

TEST(WilayahCode, Parts) {
  const WilayahCode desa = code("32.04.12.2003");
  EXPECT_EQ(desa.part(WilayahLevel::Provinsi), 32);
  EXPECT_EQ(desa.part(WilayahLevel::KabupatenKota), 4);
  EXPECT_EQ(desa.part(WilayahLevel::Kecamatan), 12);
  EXPECT_EQ(desa.part(WilayahLevel::DesaKelurahan), 2003);
  EXPECT_EQ(code("32.04").part(WilayahLevel::Kecamatan), 0);
}

TEST(WilayahCode, ParentAndAncestors) {
  const WilayahCode desa = code("32.04.12.2003");
  EXPECT_EQ(desa.parent(), code("32.04.12"));
  EXPECT_EQ(desa.parent()->parent(), code("32.04"));
  EXPECT_EQ(code("32.04").parent(), code("32"));
  EXPECT_FALSE(code("32").parent().has_value());
  EXPECT_EQ(desa.ancestor(WilayahLevel::Provinsi), code("32"));
  EXPECT_EQ(desa.ancestor(WilayahLevel::DesaKelurahan), desa);
  EXPECT_FALSE(code("32.04").ancestor(WilayahLevel::Kecamatan).has_value());
}

TEST(WilayahCode, AncestryIsStrictContainmentIsNot) {
  const WilayahCode kab = code("32.04");
  const WilayahCode desa = code("32.04.12.2003");
  EXPECT_TRUE(kab.isAncestorOf(desa));
  EXPECT_FALSE(desa.isAncestorOf(kab));
  EXPECT_FALSE(kab.isAncestorOf(kab));
  EXPECT_TRUE(kab.contains(kab));
  EXPECT_TRUE(kab.contains(desa));
  EXPECT_TRUE(code("32").contains(desa));
  EXPECT_FALSE(code("32.05").contains(desa));
  EXPECT_FALSE(code("33").contains(desa));
  // Same digits at another position: 32.04.12 is not inside 32.12.
  EXPECT_FALSE(code("32.12").contains(code("32.04.12")));
}

TEST(WilayahCode, SortsLikeDottedStringsAndHashes) {
  const std::vector<WilayahCode> sorted{
      code("11"),       code("32"),    code("32.01"), code("32.01.01"), code("32.01.01.1001"),
      code("32.01.02"), code("32.02"), code("33")};
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    EXPECT_LT(sorted[i - 1], sorted[i]) << sorted[i - 1] << " vs " << sorted[i];
  }
  std::unordered_set<WilayahCode> set(sorted.begin(), sorted.end());
  EXPECT_EQ(set.size(), sorted.size());
  EXPECT_TRUE(set.count(code("3201")));
  EXPECT_FALSE(set.count(code("3203")));
  EXPECT_NE(std::hash<WilayahCode>{}(code("32")), std::hash<WilayahCode>{}(code("32.01")));
}

TEST(WilayahCode, RejectsMalformedCodes) {
  using E = WilayahCodeErrorCode;
  struct Case {
    const char* text;
    WilayahCodeErrorCode expected;
  };
  const std::array cases{
      Case{"", E::Empty},
      Case{"3a", E::NotDigits},
      Case{"32 04", E::NotDigits},
      Case{" 32", E::NotDigits},
      Case{"32-04", E::NotDigits},
      Case{"3", E::WrongLength},
      Case{"320", E::WrongLength},
      Case{"32041220", E::WrongLength},
      Case{"32041220031", E::WrongLength},
      Case{"3204122", E::WrongLength}, // BPS-style 7-digit kecamatan
      Case{".32", E::EmptySegment},
      Case{"32.", E::EmptySegment},
      Case{"32..04", E::EmptySegment},
      Case{"32.04.12.2003.01", E::TooManySegments},
      Case{"32.0412", E::WrongSegmentLength},
      Case{"3204.12", E::WrongSegmentLength},
      Case{"32.4", E::WrongSegmentLength},
      Case{"32.04.12.203", E::WrongSegmentLength},
      Case{"32.04.122003", E::WrongSegmentLength},
      Case{"00", E::ZeroSegment},
      Case{"32.00", E::ZeroSegment},
      Case{"320000", E::ZeroSegment},
      Case{"32.04.12.0000", E::ZeroSegment},
      Case{"32.70", E::InvalidKabupatenKota},
      Case{"3270", E::InvalidKabupatenKota},
      Case{"32.04.12.4001", E::InvalidDesaKelurahan},
      Case{"3204120001", E::InvalidDesaKelurahan},
      Case{"32.04.12.9001", E::InvalidDesaKelurahan},
  };
  for (const Case& c : cases) {
    const auto parsed = WilayahCode::parse(c.text);
    ASSERT_FALSE(parsed.ok()) << '"' << c.text << '"';
    EXPECT_EQ(parsed.error().code, c.expected) << '"' << c.text << '"';
    EXPECT_FALSE(parsed.error().message.id.empty()) << c.text;
    EXPECT_FALSE(parsed.error().message.en.empty()) << c.text;
    EXPECT_NE(parsed.error().message.id, parsed.error().message.en) << c.text;
  }
}

TEST(WilayahCode, SegmentLengthErrorSaysWhichPart) {
  const auto parsed = WilayahCode::parse("32.04.123");
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message.en.find("Part 3"), std::string::npos)
      << parsed.error().message.en;
  EXPECT_NE(parsed.error().message.id.find("ke-3"), std::string::npos) << parsed.error().message.id;
}

TEST(WilayahCode, IsSmallAndTriviallyCopyable) {
  EXPECT_LE(sizeof(WilayahCode), 16u);
  EXPECT_TRUE(std::is_trivially_copyable_v<WilayahCode>);
}

// A minimal RFC 4180 reader: quoted fields may hold commas and doubled quotes. Returns false
// at the end of the input.
bool readCsvRow(std::string_view& in, std::vector<std::string>& fields) {
  fields.clear();
  if (in.empty()) {
    return false;
  }
  std::string field;
  bool quoted = false;
  std::size_t i = 0;
  for (; i < in.size(); ++i) {
    const char c = in[i];
    if (quoted) {
      if (c == '"' && i + 1 < in.size() && in[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      break;
    } else if (c != '\r') {
      field += c;
    }
  }
  fields.push_back(std::move(field));
  in.remove_prefix(std::min(i + 1, in.size()));
  return true;
}

TEST(WilayahCsvReader, HandlesQuotedCommasAndQuotes) {
  std::string_view in = "a,\"Lubuk Pakam I,II\",4\r\n\"say \"\"hi\"\"\",,x\nlast";
  std::vector<std::string> row;
  ASSERT_TRUE(readCsvRow(in, row));
  EXPECT_EQ(row, (std::vector<std::string>{"a", "Lubuk Pakam I,II", "4"}));
  ASSERT_TRUE(readCsvRow(in, row));
  EXPECT_EQ(row, (std::vector<std::string>{"say \"hi\"", "", "x"}));
  ASSERT_TRUE(readCsvRow(in, row));
  EXPECT_EQ(row, (std::vector<std::string>{"last"}));
  EXPECT_FALSE(readCsvRow(in, row));
}

// Every row of the official list must parse and agree with its own level, parent and type
// columns: the strongest check that the rules above match reality.
TEST(WilayahCode, AgreesWithEveryRowOfTheOfficialList) {
  const char* dataDir = std::getenv("SIMPUL_DATA_DIR");
  ASSERT_TRUE(dataDir != nullptr && *dataDir != '\0')
      << "SIMPUL_DATA_DIR is not set; run through ctest or set it to the directory holding "
         "wilayah.csv";
  const std::string path = std::string(dataDir) + "/wilayah.csv";
  std::ifstream file(path, std::ios::binary);
  ASSERT_TRUE(file) << "cannot open " << path;
  std::ostringstream buffer;
  buffer << file.rdbuf();
  const std::string content = buffer.str();
  std::string_view in = content;

  std::vector<std::string> row;
  ASSERT_TRUE(readCsvRow(in, row));
  ASSERT_EQ(row, (std::vector<std::string>{"code", "name", "level", "parent_code", "type"}));

  std::array<int, 4> perLevel{};
  std::vector<std::string> failures;
  const auto fail = [&](std::size_t line, const std::string& what) {
    if (failures.size() < 20) {
      failures.push_back("line " + std::to_string(line) + ": " + what);
    }
  };
  std::size_t line = 1;
  while (readCsvRow(in, row)) {
    ++line;
    if (row.size() != 5) {
      fail(line, "expected 5 fields, got " + std::to_string(row.size()));
      continue;
    }
    const std::string& text = row[0];
    const auto parsed = WilayahCode::parse(text);
    if (!parsed.ok()) {
      fail(line, text + " does not parse: " + parsed.error().message.en);
      continue;
    }
    const WilayahCode& c = parsed.value();
    const auto fromPlain = WilayahCode::parse(c.plain());
    if (!fromPlain.ok() || fromPlain.value() != c || c.dotted() != text) {
      fail(line, text + " does not round-trip through " + c.plain());
    }
    const int level = static_cast<int>(c.level());
    if (std::to_string(level) != row[2]) {
      fail(line, text + " level " + std::to_string(level) + ", file says " + row[2]);
    }
    const auto parent = c.parent();
    const std::string parentText = parent ? parent->dotted() : std::string();
    if (parentText != row[3]) {
      fail(line, text + " parent " + parentText + ", file says " + row[3]);
    }
    if (wilayahTypeSlug(c.type()) != row[4]) {
      fail(line,
           text + " type " + std::string(wilayahTypeSlug(c.type())) + ", file says " + row[4]);
    }
    ++perLevel[static_cast<std::size_t>(level - 1)];
  }

  std::string report;
  for (const std::string& f : failures) {
    report += f + "\n";
  }
  EXPECT_TRUE(failures.empty()) << report;
  EXPECT_EQ(line - 1, 91599u);
  EXPECT_EQ(perLevel, (std::array<int, 4>{38, 514, 7285, 83762}));
}

} // namespace
} // namespace simpul::domain
