// Wilayah code parsing (core/domain/wilayah_code.*) on arbitrary text, with the other small
// text parsers of the domain that request fields go through (periods, dates): no crash, and
// an accepted code round-trips through both of its spellings and its ancestors.

#include "domain/civil_date.h"
#include "domain/period.h"
#include "domain/wilayah_code.h"
#include "fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using simpul::domain::CivilDate;
using simpul::domain::Period;
using simpul::domain::WilayahCode;
using simpul::domain::WilayahLevel;

namespace {

void checkCode(std::string_view text) {
  const auto parsed = WilayahCode::parse(text);
  if (!parsed) {
    return;
  }
  const WilayahCode& code = parsed.value();
  const auto dotted = WilayahCode::parse(code.dotted());
  const auto plain = WilayahCode::parse(code.plain());
  FUZZ_CHECK(dotted && dotted.value() == code, "a code round-trips through dotted()");
  FUZZ_CHECK(plain && plain.value() == code, "a code round-trips through plain()");
  FUZZ_CHECK(code.contains(code) && !code.isAncestorOf(code), "a code contains itself only");
  (void)code.type();
  (void)std::hash<WilayahCode>{}(code);
  auto parent = code.parent();
  FUZZ_CHECK(parent.has_value() == (code.level() != WilayahLevel::Provinsi),
             "only a provinsi has no parent");
  if (parent) {
    FUZZ_CHECK(parent->isAncestorOf(code) && parent->contains(code) && !code.contains(*parent),
               "a parent is an ancestor");
    FUZZ_CHECK(*parent < code, "a parent sorts before its children");
    FUZZ_CHECK(code.ancestor(parent->level()) == parent, "ancestor() at the parent level");
  }
  for (int level = 1; level <= 4; ++level) {
    const auto ancestor = code.ancestor(static_cast<WilayahLevel>(level));
    FUZZ_CHECK(ancestor.has_value() == (level <= static_cast<int>(code.level())),
               "ancestors exist at and above the code's level only");
    if (ancestor) {
      FUZZ_CHECK(code.part(static_cast<WilayahLevel>(level)) > 0, "no part is zero");
    }
  }
}

void checkPeriod(std::string_view text) {
  const auto parsed = Period::parse(text);
  if (!parsed) {
    return;
  }
  const Period& period = parsed.value();
  const auto again = Period::parse(period.toString());
  FUZZ_CHECK(again && again.value() == period, "a period round-trips through toString()");
  FUZZ_CHECK(period.start().isValid() && period.end().isValid(), "a period has valid bounds");
  FUZZ_CHECK(period.contains(period.start()) && period.contains(period.end()),
             "a period contains its bounds");
}

void checkDate(std::string_view text) {
  if (const auto iso = CivilDate::parseIso(text)) {
    FUZZ_CHECK(iso->isValid() && iso->toIsoString() == text, "an ISO date round-trips");
    FUZZ_CHECK(CivilDate::fromDayNumber(iso->toDayNumber()).toIsoString() == text,
               "day numbers round-trip");
  }
  if (const auto flexible = CivilDate::parseFlexible(text)) {
    FUZZ_CHECK(flexible->isValid(), "a flexible date is valid");
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  checkCode(text);
  checkPeriod(text);
  checkDate(text);
  return 0;
}
