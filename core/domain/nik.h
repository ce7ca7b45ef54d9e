#pragma once

#include "domain/civil_date.h"
#include "domain/localized_text.h"
#include "domain/result.h"
#include "domain/sex.h"
#include "domain/wilayah_code.h"

#include <array>
#include <compare>
#include <functional>
#include <string>
#include <string_view>

namespace simpul::domain {

enum class NikErrorCode {
  WrongLength,          // not 16 characters
  NotDigits,            // something other than 0-9
  InvalidKecamatanCode, // first six digits are not a structurally valid kecamatan code
  DayZero,              // day part 00
  DayBetweenRanges,     // day part 32-40: neither a man's 1-31 nor a woman's 41-71
  DayTooHigh,           // day part 72 or more
  InvalidMonth,         // month part 00 or above 12
  ImpossibleDate,       // e.g. 30 February, 31 April, 29 February in a non-leap year
  BirthDateInFuture,    // even the 19YY reading is after the reference date
  SerialZero,           // serial part 0000; serials start at 0001
  UnknownKecamatan,     // the injected check does not know the kecamatan
  InvalidReferenceDate, // the caller passed no usable reference date (a programming error)
};

// Messages describe the problem, never the NIK: a NIK is personal data, and error messages
// end up in logs, import reports and gRPC statuses.
struct NikError {
  NikErrorCode code;
  LocalizedText message;
};

struct NikParseOptions {
  // The day the NIK is judged on (usually today, or the date of the form). It resolves the
  // two-digit birth year: 20YY unless that birth date would be after this date, else 19YY.
  CivilDate referenceDate;
  // Whether a kecamatan code is known (e.g. backed by the wilayah table). Empty means "don't
  // check". A NIK keeps the kecamatan of first issue forever, so a check against today's
  // list can reject NIKs from kecamatan that were later split or renumbered; callers that
  // care include historical codes.
  std::function<bool(const WilayahCode&)> kecamatanExists;
};

// A Nomor Induk Kependudukan: 16 digits `PPKKCC DDMMYY SSSS` (kecamatan of first issue, day
// of birth plus 40 for women, month, two-digit year, serial from 0001). There is no check
// digit, so a NIK is judged on structure, date, sex encoding and known prefix. A No. KK
// (family card number) has the same length but a different meaning: do not parse it here.
class Nik {
public:
  static Result<Nik, NikError> parse(std::string_view text, const NikParseOptions& options);

  // The 16 digits; the view lives as long as this Nik.
  std::string_view digits() const { return {m_digits.data(), m_digits.size()}; }
  WilayahCode kecamatan() const { return m_kecamatan; }
  CivilDate birthDate() const { return m_birthDate; }
  Sex sex() const { return m_sex; }
  int serial() const { return m_serial; }

  // The form to show to people who need to recognise a NIK but not read it.
  std::string masked() const;

  friend bool operator==(const Nik& a, const Nik& b) { return a.m_digits == b.m_digits; }
  friend auto operator<=>(const Nik& a, const Nik& b) { return a.m_digits <=> b.m_digits; }

private:
  Nik(std::string_view digits, WilayahCode kecamatan, CivilDate birthDate, Sex sex, int serial);

  std::array<char, 16> m_digits;
  WilayahCode m_kecamatan;
  CivilDate m_birthDate;
  Sex m_sex;
  int m_serial;
};

// "3204**********01": first four and last two digits of a 16-digit NIK, the rest starred.
// Anything else (wrong length, non-digits, empty) is starred completely, so a mistyped NIK
// is never shown in full either; the output is at most 16 characters.
std::string maskNik(std::string_view nik);

} // namespace simpul::domain
