// The import template: header matching, every cell format, every row error with its column.

#include "import_row.h"
#include "server/api_error.h"

#include <gtest/gtest.h>

namespace simpul::pmks {
namespace {

using Values = std::vector<std::string>;

const Values kHeader = {
    "nik", "no_kk", "nama",       "jenis_kelamin",     "tanggal_lahir", "kode_wilayah", "dusun",
    "rw",  "rt",    "jenis_pmks", "jenis_disabilitas", "periode",       "keterangan"};
const domain::CivilDate kToday{2025, 6, 1};
// Born 15 January 1980, male, kecamatan 32.04.05.
const std::string kNik = "3204051501800001";

// A good row of type 9 (Penyandang Disabilitas), with `column` replaced by `value`.
Values row(const std::string& column = "", const std::string& value = "") {
  Values values = {kNik,      "",    "Budi Santoso", "L", "1980-01-15", "32.04.05.2001",
                   "Dusun I", "002", "005",          "9", "fisik",      "2021",
                   "catatan"};
  for (std::size_t i = 0; i < kHeader.size(); ++i) {
    if (kHeader[i] == column) {
      values[i] = value;
    }
  }
  return values;
}

// A good row of a type other than 5 and 9 (which must have no disability kind).
Values typed(const std::string& type) {
  Values values = row("jenis_pmks", type);
  values[10] = "";
  return values;
}

ImportRowInput parsed(const ImportTemplate& t, const Values& values) {
  auto result = t.parse(7, values, kToday);
  EXPECT_TRUE(result.ok()) << (result.ok() ? ""
                                           : result.error().column + " " + result.error().reason);
  return result.ok() ? result.value() : ImportRowInput{};
}

// The row error for `values`; fails the test when the row parses.
ImportRowError failed(const ImportTemplate& t, const Values& values) {
  auto result = t.parse(7, values, kToday);
  EXPECT_FALSE(result.ok());
  return result.ok() ? ImportRowError{} : result.error();
}

TEST(ImportTemplateTest, GoodRowBecomesRecordInput) {
  const ImportTemplate t(kHeader);
  const auto in = parsed(t, row());
  EXPECT_EQ(in.record.pmksType, 9);
  EXPECT_EQ(in.record.period, "2021");
  EXPECT_EQ(in.record.wilayahCode, "32.04.05.2001");
  EXPECT_EQ(in.record.dusun, "Dusun I");
  EXPECT_EQ(in.record.rw, "002");
  EXPECT_EQ(in.record.rt, "005");
  EXPECT_EQ(in.record.notes, "catatan");
  EXPECT_EQ(in.record.disabilityKinds, (Values{"fisik"}));
  EXPECT_EQ(in.record.subject.nik, kNik);
  EXPECT_EQ(in.record.subject.fullName, "Budi Santoso");
  EXPECT_EQ(in.record.subject.sex, 1);
  EXPECT_EQ(in.record.subject.birthDate, "1980-01-15");
  EXPECT_EQ(in.record.subject.wilayahCode, "32.04.05.2001");
  EXPECT_EQ(in.record.subject.rt, "005");
  EXPECT_FALSE(in.legacyReviewAdvised);
}

TEST(ImportTemplateTest, HeaderInAnyOrderCaseAndBlanksWithExtraColumns) {
  const Values header = {" Periode",      "JENIS_PMKS ",   "lain-lain", "Kode Wilayah",
                         "Tanggal_Lahir", "jenis_kelamin", "NAMA",      "nik"};
  const ImportTemplate t(header);
  const auto in =
      parsed(t, {"2021-s2", "Pengemis", "x", "3204052001", "15/01/1980", "l", "Budi", kNik});
  EXPECT_EQ(in.record.pmksType, 12);
  EXPECT_EQ(in.record.period, "2021-S2");
  EXPECT_EQ(in.record.wilayahCode, "32.04.05.2001");
  EXPECT_EQ(in.record.subject.birthDate, "1980-01-15");
  EXPECT_EQ(in.record.subject.sex, 1);
  EXPECT_TRUE(in.record.disabilityKinds.empty());
}

TEST(ImportTemplateTest, MissingRequiredColumnRefusesTheImport) {
  for (const char* missing :
       {"nik", "nama", "jenis_kelamin", "tanggal_lahir", "kode_wilayah", "jenis_pmks", "periode"}) {
    Values header;
    for (const auto& column : kHeader) {
      if (column != missing) {
        header.push_back(column);
      }
    }
    try {
      ImportTemplate t(header);
      ADD_FAILURE() << "accepted a header without " << missing;
    } catch (const server::ApiError& e) {
      EXPECT_EQ(e.code(), grpc::StatusCode::INVALID_ARGUMENT);
      EXPECT_EQ(e.field(), "options.columns");
      EXPECT_EQ(e.reason(), "MISSING_COLUMN");
      EXPECT_NE(e.messageEn().find(missing), std::string::npos) << e.messageEn();
    }
  }
  // The optional ones may be missing; their cells are then empty.
  const ImportTemplate t(
      {"nik", "nama", "jenis_kelamin", "tanggal_lahir", "kode_wilayah", "jenis_pmks", "periode"});
  const auto in = parsed(t, {kNik, "Budi", "", "", "32.04.05.2001", "pengemis", "2021"});
  EXPECT_EQ(in.record.subject.sex, 0);
  EXPECT_EQ(in.record.subject.birthDate, "");
}

TEST(ImportTemplateTest, DateFormats) {
  const ImportTemplate t(kHeader);
  for (const char* text : {"1980-01-15", "15-01-1980", "15/01/1980", " 15/1/1980 "}) {
    EXPECT_EQ(parsed(t, row("tanggal_lahir", text)).record.subject.birthDate, "1980-01-15") << text;
  }
  for (const char* text : {"1980-02-30", "01/15/1980x", "15.01.1980", "kemarin"}) {
    const auto e = failed(t, row("tanggal_lahir", text));
    EXPECT_EQ(e.line, 7);
    EXPECT_EQ(e.column, "tanggal_lahir");
    EXPECT_EQ(e.reason, "BAD_DATE");
  }
}

TEST(ImportTemplateTest, SexValues) {
  const ImportTemplate t(kHeader);
  EXPECT_EQ(parsed(t, row("jenis_kelamin", "P")).record.subject.sex, 2);
  EXPECT_EQ(parsed(t, row("jenis_kelamin", "Perempuan")).record.subject.sex, 2);
  EXPECT_EQ(parsed(t, row("jenis_kelamin", "laki-laki")).record.subject.sex, 1);
  EXPECT_EQ(parsed(t, row("jenis_kelamin", "")).record.subject.sex, 0);
  const auto e = failed(t, row("jenis_kelamin", "X"));
  EXPECT_EQ(e.column, "jenis_kelamin");
  EXPECT_EQ(e.reason, "BAD_SEX");
}

TEST(ImportTemplateTest, TypeByOrderSlugNameAndLegacyName) {
  const ImportTemplate t(kHeader);
  EXPECT_EQ(parsed(t, typed("12")).record.pmksType, 12);
  EXPECT_EQ(parsed(t, typed("pemulung")).record.pmksType, 13);
  EXPECT_EQ(parsed(t, typed("BEKAS WARGA BINAAN LEMBAGA PEMASYARAKATAN")).record.pmksType, 15);
  const auto renamed = parsed(t, typed("Bekas Narapidana"));
  EXPECT_EQ(renamed.record.pmksType, 15);
  EXPECT_FALSE(renamed.legacyReviewAdvised);
  const auto judged = parsed(t, row("jenis_pmks", "Penyandang Cacat"));
  EXPECT_EQ(judged.record.pmksType, 9);
  EXPECT_TRUE(judged.legacyReviewAdvised);
  for (const char* text : {"27", "0", "bukan jenis"}) {
    const auto e = failed(t, row("jenis_pmks", text));
    EXPECT_EQ(e.column, "jenis_pmks");
    EXPECT_EQ(e.reason, "UNKNOWN_TYPE");
  }
  EXPECT_EQ(failed(t, typed("bukan jenis")).messageEn.find("bukan"), std::string::npos)
      << "quotes the value";
  EXPECT_EQ(failed(t, row("jenis_pmks", "")).reason, "REQUIRED");
}

TEST(ImportTemplateTest, WilayahDottedOrPlainAndDesaOnly) {
  const ImportTemplate t(kHeader);
  EXPECT_EQ(parsed(t, row("kode_wilayah", "3204052001")).record.wilayahCode, "32.04.05.2001");
  auto e = failed(t, row("kode_wilayah", "32.04.05"));
  EXPECT_EQ(e.column, "kode_wilayah");
  EXPECT_EQ(e.reason, "NOT_A_DESA");
  e = failed(t, row("kode_wilayah", "32-04"));
  EXPECT_EQ(e.column, "kode_wilayah");
  EXPECT_EQ(e.reason, "BAD_WILAYAH");
  EXPECT_EQ(failed(t, row("kode_wilayah", "")).reason, "REQUIRED");
}

TEST(ImportTemplateTest, PeriodYearOrSemester) {
  const ImportTemplate t(kHeader);
  EXPECT_EQ(parsed(t, row("periode", "2021-S1")).record.period, "2021-S1");
  for (const char* text : {"2021-Q1", "2021-05", "21", "2021 S1"}) {
    const auto e = failed(t, row("periode", text));
    EXPECT_EQ(e.column, "periode") << text;
    EXPECT_EQ(e.reason, "BAD_PERIOD") << text;
  }
}

TEST(ImportTemplateTest, NikChecks) {
  const ImportTemplate t(kHeader);
  EXPECT_EQ(parsed(t, row("nik", "'" + kNik)).record.subject.nik, kNik);
  auto e = failed(t, row("nik", "3.20405150180000E+15"));
  EXPECT_EQ(e.column, "nik");
  EXPECT_EQ(e.reason, "NIK_AS_NUMBER");
  EXPECT_NE(e.messageEn.find("15 digits"), std::string::npos);
  for (const std::string& text : {std::string("320405150180001"), std::string("3204053201800001"),
                                  std::string("32040515018O0001")}) {
    e = failed(t, row("nik", text));
    EXPECT_EQ(e.column, "nik");
    EXPECT_EQ(e.reason, "BAD_NIK");
    EXPECT_EQ(e.messageEn.find(text), std::string::npos) << "quotes the NIK";
    EXPECT_EQ(e.messageId.find(text), std::string::npos) << "quotes the NIK";
  }
  EXPECT_EQ(failed(t, row("nik", "")).reason, "REQUIRED");
  EXPECT_EQ(failed(t, row("nama", " ")).column, "nama");
}

TEST(ImportTemplateTest, FamilyAndCommunityTypes) {
  const ImportTemplate t(kHeader);
  Values family = typed("Fakir Miskin");
  family[1] = "3204050101200001"; // no_kk
  const auto in = parsed(t, family);
  EXPECT_EQ(in.record.pmksType, 24);
  EXPECT_EQ(in.record.subject.noKk, "3204050101200001");
  family[1] = "";
  auto e = failed(t, family);
  EXPECT_EQ(e.column, "no_kk");
  EXPECT_EQ(e.reason, "REQUIRED");
  family[1] = "12345";
  EXPECT_EQ(failed(t, family).reason, "BAD_NO_KK");
  const auto legacyFamily = parsed(t, [&] {
    Values v = family;
    v[1] = "3204050101200001";
    v[9] = "Keluarga Rentan";
    return v;
  }());
  EXPECT_EQ(legacyFamily.record.pmksType, 24);
  EXPECT_TRUE(legacyFamily.legacyReviewAdvised);

  const auto community = parsed(
      t, {"", "", "Kampung Naga", "", "", "32.04.05.2001", "", "", "", "26", "", "2021", ""});
  EXPECT_EQ(community.record.pmksType, 26);
  EXPECT_EQ(community.record.communityName, "Kampung Naga");
  EXPECT_EQ(community.record.subject.nik, "");
}

TEST(ImportTemplateTest, DisabilityKinds) {
  const ImportTemplate t(kHeader);
  EXPECT_EQ(parsed(t, row("jenis_disabilitas", "Fisik; mental ;")).record.disabilityKinds,
            (Values{"fisik", "mental"}));
  auto e = failed(t, row("jenis_disabilitas", "fisik;terbang"));
  EXPECT_EQ(e.column, "jenis_disabilitas");
  EXPECT_EQ(e.reason, "RULE_DISABILITY");
  e = failed(t, row("jenis_disabilitas", "")); // type 9 needs one
  EXPECT_EQ(e.column, "jenis_disabilitas");
  EXPECT_EQ(e.reason, "RULE_DISABILITY");
  Values beggar = row("jenis_pmks", "12"); // other types must have none
  EXPECT_EQ(failed(t, beggar).column, "jenis_disabilitas");
}

TEST(ImportTemplateTest, ShortRowsHaveEmptyCells) {
  const ImportTemplate t(kHeader);
  const auto e = failed(t, {kNik, "", "Budi"});
  EXPECT_EQ(e.column, "jenis_pmks");
  EXPECT_EQ(e.reason, "REQUIRED");
}

TEST(ImportTemplateTest, StoreErrorsMapToTemplateColumns) {
  const std::pair<const char*, const char*> cases[] = {
      {"record.subject.nik", "nik"},
      {"record.subject.no_kk", "no_kk"},
      {"record.subject.full_name", "nama"},
      {"record.subject.community_name", "nama"},
      {"record.subject.sex", "jenis_kelamin"},
      {"record.subject.birth_date", "tanggal_lahir"},
      {"record.location.wilayah_code", "kode_wilayah"},
      {"record.location.rt", "rt"},
      {"record.pmks_type", "jenis_pmks"},
      {"record.disability_kinds", "jenis_disabilitas"},
      {"record.period", "periode"},
      {"record.notes", "keterangan"},
      {"person.birth_date", "tanggal_lahir"},
      {"record.criteria", ""},
      {"record", ""},
  };
  for (const auto& [field, column] : cases) {
    const auto e =
        importRowError(9, server::ApiError::invalidArgument(field, "RULE_AGE", "id", "en"));
    EXPECT_EQ(e.column, column) << field;
    EXPECT_EQ(e.line, 9);
    EXPECT_EQ(e.reason, "RULE_AGE");
    EXPECT_EQ(e.messageEn, "en");
  }
}

} // namespace
} // namespace simpul::pmks
