// NIK parsing (core/domain/nik.*) on arbitrary text: never crashes, and what it accepts is
// consistent with what it reports (digits, kecamatan prefix, sex and birth date encoding,
// masking).

#include "domain/nik.h"
#include "fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using simpul::domain::CivilDate;
using simpul::domain::Nik;
using simpul::domain::NikParseOptions;
using simpul::domain::Sex;
using simpul::domain::WilayahCode;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // The first byte picks the reference date and whether a kecamatan check is injected, so
  // both the 19YY/20YY resolution and the UnknownKecamatan path are reached.
  NikParseOptions options;
  options.referenceDate = CivilDate{2025, 6, 15};
  std::string_view nik = text;
  if (!text.empty()) {
    const auto selector = static_cast<unsigned char>(text.front());
    nik = text.substr(1);
    options.referenceDate = CivilDate{1990 + selector % 60, 1 + selector % 12, 1 + selector % 28};
    if (selector & 0x80) {
      options.kecamatanExists = [](const WilayahCode& code) {
        return code.part(simpul::domain::WilayahLevel::Provinsi) == 32;
      };
    }
    if (selector == 0xFF) {
      options.referenceDate = CivilDate{0, 0, 0}; // an unusable reference date
    }
  }

  const auto parsed = Nik::parse(nik, options);
  const std::string masked = simpul::domain::maskNik(nik);
  FUZZ_CHECK(masked.size() <= 16, "maskNik output at most 16 characters");
  if (!parsed) {
    return 0;
  }
  const Nik& value = parsed.value();
  FUZZ_CHECK(value.digits() == nik, "an accepted NIK is its own 16 digits");
  FUZZ_CHECK(value.birthDate().isValid(), "an accepted NIK has a valid birth date");
  FUZZ_CHECK(CivilDate::ageInYears(value.birthDate(), options.referenceDate) >= 0,
             "an accepted NIK is not born after the reference date");
  FUZZ_CHECK(value.kecamatan().level() == simpul::domain::WilayahLevel::Kecamatan,
             "the NIK prefix is a kecamatan");
  FUZZ_CHECK(value.kecamatan().plain() == nik.substr(0, 6), "the kecamatan is the prefix");
  const int day = (nik[6] - '0') * 10 + (nik[7] - '0');
  FUZZ_CHECK((day > 40) == (value.sex() == Sex::Female), "day above 40 means female");
  FUZZ_CHECK(value.serial() >= 1 && value.serial() <= 9999, "serial 0001-9999");
  FUZZ_CHECK(value.masked() == masked, "masked() equals maskNik()");
  FUZZ_CHECK(masked.size() == 16 && masked.substr(0, 4) == nik.substr(0, 4) &&
                 masked.substr(4, 10) == std::string(10, '*') &&
                 masked.substr(14) == nik.substr(14),
             "a masked NIK shows only its first four and last two digits");
  const auto again = Nik::parse(value.digits(), options);
  FUZZ_CHECK(again && again.value() == value, "parsing is stable");
  return 0;
}
