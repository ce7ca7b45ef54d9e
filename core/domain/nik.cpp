#include "domain/nik.h"

#include <algorithm>
#include <array>

namespace simpul::domain {

namespace {

constexpr std::size_t kNikLength = 16;

NikError error(NikErrorCode code, std::string id, std::string en) {
  return NikError{code, LocalizedText{std::move(id), std::move(en)}};
}

int twoDigits(std::string_view text, std::size_t at) {
  return (text[at] - '0') * 10 + (text[at + 1] - '0');
}

const char* monthNameId(int month) {
  static constexpr std::array<const char*, 12> kNames{
      "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
      "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  return kNames[static_cast<std::size_t>(month - 1)];
}

const char* monthNameEn(int month) {
  static constexpr std::array<const char*, 12> kNames{
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return kNames[static_cast<std::size_t>(month - 1)];
}

// Names the impossible day and month, and the year only where it is the reason (29 February
// outside a leap year): a birth date is personal data too, so say no more than needed.
NikError impossibleDate(int year, int month, int day) {
  const std::string dayText = std::to_string(day);
  if (month == 2 && day == 29) {
    const std::string yearText = std::to_string(year);
    return error(NikErrorCode::ImpossibleDate,
                 "Tanggal lahir dalam NIK tidak ada: 29 Februari " + yearText + ", sedangkan " +
                     yearText + " bukan tahun kabisat",
                 "The birth date in the NIK does not exist: 29 February " + yearText + ", and " +
                     yearText + " is not a leap year");
  }
  return error(
      NikErrorCode::ImpossibleDate,
      "Tanggal lahir dalam NIK tidak ada: " + dayText + " " + monthNameId(month) +
          " hanya memiliki " + std::to_string(CivilDate::daysInMonth(year, month)) + " hari",
      "The birth date in the NIK does not exist: " + dayText + " " + monthNameEn(month) +
          ", a month of only " + std::to_string(CivilDate::daysInMonth(year, month)) + " days");
}

} // namespace

Nik::Nik(std::string_view digits, WilayahCode kecamatan, CivilDate birthDate, Sex sex, int serial)
    : m_digits{}, m_kecamatan(kecamatan), m_birthDate(birthDate), m_sex(sex), m_serial(serial) {
  std::copy_n(digits.begin(), kNikLength, m_digits.begin());
}

Result<Nik, NikError> Nik::parse(std::string_view text, const NikParseOptions& options) {
  if (text.size() != kNikLength) {
    const std::string found = std::to_string(text.size());
    return error(NikErrorCode::WrongLength, "NIK harus 16 digit, ditemukan " + found + " karakter",
                 "A NIK must have 16 digits, found " + found + " characters");
  }
  if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return error(NikErrorCode::NotDigits, "NIK hanya boleh berisi angka 0-9",
                 "A NIK may contain only the digits 0-9");
  }

  auto kecamatan = WilayahCode::parse(text.substr(0, 6));
  if (!kecamatan) {
    // The wilayah message names the faulty part without repeating digits.
    return error(NikErrorCode::InvalidKecamatanCode,
                 "Kode kecamatan dalam NIK (6 digit pertama) tidak valid: " +
                     kecamatan.error().message.id,
                 "The kecamatan code in the NIK (first 6 digits) is invalid: " +
                     kecamatan.error().message.en);
  }

  const int dayPart = twoDigits(text, 6);
  const int month = twoDigits(text, 8);
  const int yearPart = twoDigits(text, 10);
  if (dayPart == 0) {
    return error(NikErrorCode::DayZero, "Tanggal lahir dalam NIK tidak boleh 00",
                 "The day of birth in a NIK cannot be 00");
  }
  if (dayPart >= 32 && dayPart <= 40) {
    return error(NikErrorCode::DayBetweenRanges,
                 "Tanggal lahir dalam NIK harus 01-31 (laki-laki) atau 41-71 (perempuan, "
                 "tanggal + 40), ditemukan nilai di antara keduanya (32-40)",
                 "The day of birth in a NIK must be 01-31 (men) or 41-71 (women, day + 40); "
                 "it lies between the two ranges (32-40)");
  }
  if (dayPart >= 72) {
    return error(NikErrorCode::DayTooHigh,
                 "Tanggal lahir dalam NIK lebih dari 71 (batas perempuan: 31 + 40)",
                 "The day of birth in a NIK is above 71 (the limit for women: 31 + 40)");
  }
  if (month < 1 || month > 12) {
    return error(NikErrorCode::InvalidMonth, "Bulan lahir dalam NIK harus 01-12",
                 "The month of birth in a NIK must be 01-12");
  }

  if (!options.referenceDate.isValid()) {
    return error(NikErrorCode::InvalidReferenceDate,
                 "Tanggal acuan untuk memeriksa NIK tidak valid (kesalahan program)",
                 "The reference date for checking a NIK is invalid (a programming error)");
  }
  const Sex sex = dayPart > 40 ? Sex::Female : Sex::Male;
  const int day = sex == Sex::Female ? dayPart - 40 : dayPart;
  // Compare before validating: the century decides whether 29 February exists, and a
  // (year, month, day) triple orders correctly even when it is not a real date.
  const CivilDate ref = options.referenceDate;
  const CivilDate in2000s{2000 + yearPart, month, day};
  const int year = in2000s <= ref ? 2000 + yearPart : 1900 + yearPart;
  const CivilDate birthDate{year, month, day};
  if (!birthDate.isValid()) {
    return impossibleDate(year, month, day);
  }
  if (ref < birthDate) {
    return error(NikErrorCode::BirthDateInFuture,
                 "Tanggal lahir dalam NIK jatuh setelah tanggal acuan",
                 "The birth date in the NIK is after the reference date");
  }

  const int serial = twoDigits(text, 12) * 100 + twoDigits(text, 14);
  if (serial == 0) {
    return error(NikErrorCode::SerialZero, "Nomor urut NIK (4 digit terakhir) tidak boleh 0000",
                 "The serial number of a NIK (last 4 digits) cannot be 0000; it starts at 0001");
  }

  if (options.kecamatanExists && !options.kecamatanExists(kecamatan.value())) {
    return error(NikErrorCode::UnknownKecamatan,
                 "Kecamatan penerbit NIK (6 digit pertama) tidak dikenal",
                 "The kecamatan that issued the NIK (first 6 digits) is not known");
  }
  return Nik(text, kecamatan.value(), birthDate, sex, serial);
}

std::string Nik::masked() const {
  return maskNik(digits());
}

std::string maskNik(std::string_view nik) {
  const bool wellFormed =
      nik.size() == kNikLength &&
      std::all_of(nik.begin(), nik.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!wellFormed) {
    return std::string(std::min(nik.size(), kNikLength), '*');
  }
  std::string out(nik);
  std::fill(out.begin() + 4, out.end() - 2, '*');
  return out;
}

} // namespace simpul::domain
