#include "import_row.h"

#include "domain/nik.h"
#include "domain/period.h"
#include "domain/pmks_catalog.h"
#include "domain/wilayah_code.h"
#include "server/api_error.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace simpul::pmks {

using domain::LocalizedText;

namespace {

constexpr std::array<const char*, ImportTemplate::ColumnCount> kColumnNames = {
    "nik", "no_kk", "nama",       "jenis_kelamin",     "tanggal_lahir", "kode_wilayah", "dusun",
    "rw",  "rt",    "jenis_pmks", "jenis_disabilitas", "periode",       "keterangan"};

constexpr std::array<ImportTemplate::Column, 7> kRequired = {
    ImportTemplate::Nik,          ImportTemplate::Nama,        ImportTemplate::JenisKelamin,
    ImportTemplate::TanggalLahir, ImportTemplate::KodeWilayah, ImportTemplate::JenisPmks,
    ImportTemplate::Periode};

std::string trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

// "  Jenis PMKS " -> "jenis_pmks": header cells are matched ignoring case and blanks.
std::string headerKey(std::string_view text) {
  std::string key = trimmed(text);
  for (char& c : key) {
    c = c == ' ' || c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return key;
}

bool allDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

ImportRowError rowError(int line, ImportTemplate::Column column, std::string reason,
                        std::string messageId, std::string messageEn) {
  return {line, ImportTemplate::columnName(column), std::move(reason), std::move(messageId),
          std::move(messageEn)};
}

ImportRowError required(int line, ImportTemplate::Column column) {
  const std::string name = ImportTemplate::columnName(column);
  return rowError(line, column, "REQUIRED", "Kolom " + name + " wajib diisi.",
                  "The column " + name + " is required.");
}

// A digit string cell that Excel held as a number: its 16th digit is gone.
bool looksLikeExcelNumber(std::string_view text) {
  return text.find_first_of("eE") != std::string_view::npos &&
         text.find_first_not_of("0123456789.,eE+-") == std::string_view::npos;
}

std::optional<int> parseSex(std::string_view text) {
  const std::string folded = domain::foldCatalogName(text);
  if (folded == "l" || folded == "lk" || folded == "laki laki" || folded == "lelaki" ||
      folded == "pria" || folded == "male" || folded == "m") {
    return 1;
  }
  if (folded == "p" || folded == "pr" || folded == "perempuan" || folded == "wanita" ||
      folded == "female" || folded == "f") {
    return 2;
  }
  return std::nullopt;
}

} // namespace

const char* ImportTemplate::columnName(Column column) {
  return kColumnNames[static_cast<std::size_t>(column)];
}

ImportTemplate::ImportTemplate(const std::vector<std::string>& header) {
  m_index.fill(-1);
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string key = headerKey(header[i]);
    for (std::size_t c = 0; c < kColumnNames.size(); ++c) {
      if (key == kColumnNames[c] && m_index[c] < 0) {
        m_index[c] = static_cast<int>(i);
      }
    }
  }
  for (const Column column : kRequired) {
    if (m_index[static_cast<std::size_t>(column)] < 0) {
      const std::string name = columnName(column);
      throw server::ApiError::invalidArgument("options.columns", "MISSING_COLUMN",
                                              "Kolom " + name +
                                                  " tidak ada pada baris judul berkas.",
                                              "The file's header row has no column " + name + ".");
    }
  }
}

domain::Result<ImportRowInput, ImportRowError>
ImportTemplate::parse(int line, const std::vector<std::string>& values,
                      const domain::CivilDate& today) const {
  auto cell = [&](Column column) -> std::string {
    const int index = m_index[static_cast<std::size_t>(column)];
    if (index < 0 || static_cast<std::size_t>(index) >= values.size()) {
      return {};
    }
    return trimmed(values[static_cast<std::size_t>(index)]);
  };
  ImportRowInput out;
  RecordInput& record = out.record;

  const std::string typeText = cell(JenisPmks);
  if (typeText.empty()) {
    return required(line, JenisPmks);
  }
  const auto resolved = domain::resolvePmksType(typeText);
  if (!resolved) {
    return rowError(line, JenisPmks, "UNKNOWN_TYPE",
                    "Jenis PMKS tidak dikenal: tulis nomor 1-26, nama, atau nama lama (sebelum "
                    "2012).",
                    "Unknown PMKS type: write its number 1-26, its name, or its pre-2012 name.");
  }
  const domain::PmksType& type = *resolved->type;
  record.pmksType = type.order;
  if (resolved->matchedBy == domain::PmksMatch::LegacyName) {
    const auto* legacy = domain::findLegacyPmksType(typeText);
    out.legacyReviewAdvised = legacy != nullptr && legacy->reviewAdvised;
  }

  const std::string periodText = cell(Periode);
  if (periodText.empty()) {
    return required(line, Periode);
  }
  const auto period = domain::Period::parse(periodText);
  if (!period || (period->kind() != domain::PeriodKind::Year &&
                  period->kind() != domain::PeriodKind::Semester)) {
    return rowError(line, Periode, "BAD_PERIOD",
                    "Periode harus berupa tahun (2021) atau semester (2021-S1).",
                    "The period must be a year (2021) or a semester (2021-S1).");
  }
  record.period = period->toString();

  const std::string wilayahText = cell(KodeWilayah);
  if (wilayahText.empty()) {
    return required(line, KodeWilayah);
  }
  const auto wilayah = domain::WilayahCode::parse(wilayahText);
  if (!wilayah) {
    return rowError(line, KodeWilayah, "BAD_WILAYAH",
                    "Kode wilayah harus kode desa/kelurahan Kemendagri, misalnya 32.04.05.2001 "
                    "atau 3204052001.",
                    "The wilayah code must be a Kemendagri desa/kelurahan code, such as "
                    "32.04.05.2001 or 3204052001.");
  }
  if (wilayah->level() != domain::WilayahLevel::DesaKelurahan) {
    return rowError(line, KodeWilayah, "NOT_A_DESA",
                    "Kode wilayah harus kode desa/kelurahan (4 bagian).",
                    "The wilayah code must be a desa/kelurahan code (4 parts).");
  }
  record.wilayahCode = wilayah->dotted();
  record.dusun = cell(Dusun);
  record.rw = cell(Rw);
  record.rt = cell(Rt);
  record.notes = cell(Keterangan);

  const std::string name = cell(Nama);
  if (name.empty()) {
    return required(line, Nama);
  }
  if (type.subjectKind == domain::PmksSubjectKind::Community) {
    record.communityName = name;
    return out; // a community has no NIK, sex or birth date
  }

  server::PersonInput& subject = record.subject;
  subject.fullName = name;
  std::string nik = cell(Nik);
  if (!nik.empty() && nik.front() == '\'') {
    nik = trimmed(nik.substr(1)); // Excel's "keep as text" apostrophe
  }
  if (nik.empty()) {
    return required(line, Nik);
  }
  if (looksLikeExcelNumber(nik)) {
    return rowError(line, Nik, "NIK_AS_NUMBER",
                    "NIK tersimpan sebagai angka: Excel hanya menyimpan 15 angka sehingga angka "
                    "terakhir hilang. Format kolom nik sebagai Teks lalu ketik ulang NIK.",
                    "The NIK was stored as a number: Excel keeps only 15 digits, so its last "
                    "digits are lost. Format the nik column as Text and type the NIK again.");
  }
  const auto parsedNik = domain::Nik::parse(nik, domain::NikParseOptions{today, {}});
  if (!parsedNik) {
    const LocalizedText& why = parsedNik.error().message;
    return rowError(line, Nik, "BAD_NIK", why.id, why.en);
  }
  subject.nik = nik;

  const std::string noKk = cell(NoKk);
  if (!noKk.empty() && !(noKk.size() == 16 && allDigits(noKk))) {
    return rowError(line, NoKk, "BAD_NO_KK", "No. KK harus 16 angka.",
                    "The family card number (No. KK) must be 16 digits.");
  }
  if (noKk.empty() && type.subjectKind == domain::PmksSubjectKind::Family) {
    return required(line, NoKk);
  }
  subject.noKk = noKk;

  if (const std::string sexText = cell(JenisKelamin); !sexText.empty()) {
    const auto sex = parseSex(sexText);
    if (!sex) {
      return rowError(line, JenisKelamin, "BAD_SEX",
                      "Jenis kelamin harus L (laki-laki) atau P (perempuan).",
                      "The sex must be L (male) or P (female).");
    }
    subject.sex = *sex;
  }
  if (const std::string birthText = cell(TanggalLahir); !birthText.empty()) {
    const auto birth = domain::CivilDate::parseFlexible(birthText);
    if (!birth) {
      return rowError(line, TanggalLahir, "BAD_DATE",
                      "Tanggal lahir harus berupa tanggal yang ada, ditulis YYYY-MM-DD, "
                      "DD-MM-YYYY atau DD/MM/YYYY.",
                      "The birth date must be a real date written YYYY-MM-DD, DD-MM-YYYY or "
                      "DD/MM/YYYY.");
    }
    subject.birthDate = birth->toIsoString();
  }
  subject.wilayahCode = record.wilayahCode;
  subject.dusun = record.dusun;
  subject.rw = record.rw;
  subject.rt = record.rt;

  const std::string kindsText = cell(JenisDisabilitas);
  std::size_t start = 0;
  while (start <= kindsText.size()) {
    const std::size_t end = kindsText.find_first_of(";,", start);
    const std::string piece = trimmed(
        std::string_view(kindsText).substr(start, end == std::string::npos ? end : end - start));
    if (!piece.empty()) {
      const auto* kind = domain::parseDisabilityKind(piece);
      if (kind == nullptr) {
        return rowError(line, JenisDisabilitas, "RULE_DISABILITY",
                        "Jenis disabilitas tidak dikenal: fisik, intelektual, mental, sensorik "
                        "atau ganda, dipisah titik koma.",
                        "Unknown disability kind: fisik, intelektual, mental, sensorik or "
                        "ganda, separated by semicolons.");
      }
      record.disabilityKinds.push_back(kind->slug);
    }
    if (end == std::string::npos) {
      break;
    }
    start = end + 1;
  }
  if (const auto violation = domain::checkDisabilityKinds(type, record.disabilityKinds)) {
    return rowError(line, JenisDisabilitas, "RULE_DISABILITY", violation->reason.id,
                    violation->reason.en);
  }
  return out;
}

std::string templateColumnOfField(const std::string& field) {
  static const std::map<std::string, std::string, std::less<>> kByLeaf = {
      {"nik", "nik"},
      {"no_kk", "no_kk"},
      {"full_name", "nama"},
      {"community_name", "nama"},
      {"sex", "jenis_kelamin"},
      {"birth_date", "tanggal_lahir"},
      {"wilayah_code", "kode_wilayah"},
      {"dusun", "dusun"},
      {"rw", "rw"},
      {"rt", "rt"},
      {"pmks_type", "jenis_pmks"},
      {"disability_kinds", "jenis_disabilitas"},
      {"period", "periode"},
      {"notes", "keterangan"},
  };
  if (field.rfind("record.", 0) != 0 && field.rfind("person.", 0) != 0) {
    return {};
  }
  const auto dot = field.find_last_of('.');
  const auto found = kByLeaf.find(std::string_view(field).substr(dot + 1));
  return found == kByLeaf.end() ? std::string() : found->second;
}

ImportRowError importRowError(int line, const server::ApiError& error) {
  return {line, templateColumnOfField(error.field()), error.reason(), error.messageId(),
          error.messageEn()};
}

} // namespace simpul::pmks
