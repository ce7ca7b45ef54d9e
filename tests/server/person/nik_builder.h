#pragma once

#include "domain/civil_date.h"
#include "domain/sex.h"
#include "domain/wilayah_code.h"

#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>

namespace simpul::testing {

// A synthetic NIK that is structurally valid: the 6 digits of a real kecamatan, the birth
// date as DDMMYY with 40 added to the day for a woman, and a serial from 0001. Tests build
// their persons with it; no real person's NIK is ever typed into a test.
inline std::string makeNik(std::string_view kecamatan, domain::CivilDate birth, domain::Sex sex,
                           int serial) {
  const auto code = domain::WilayahCode::parse(kecamatan);
  if (!code || code.value().level() != domain::WilayahLevel::Kecamatan || !birth.isValid() ||
      serial < 1 || serial > 9999) {
    throw std::invalid_argument("makeNik: needs a kecamatan code, a real date, serial 1-9999");
  }
  const int day = birth.day + (sex == domain::Sex::Female ? 40 : 0);
  char tail[32];
  std::snprintf(tail, sizeof tail, "%02d%02d%02d%04d", day, birth.month, birth.year % 100, serial);
  return code.value().plain() + tail;
}

} // namespace simpul::testing
