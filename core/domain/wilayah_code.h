#pragma once

#include "domain/localized_text.h"
#include "domain/result.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace simpul::domain {

// The four levels of the Kemendagri region hierarchy, numbered as in the official list.
enum class WilayahLevel { Provinsi = 1, KabupatenKota = 2, Kecamatan = 3, DesaKelurahan = 4 };

// What a code names. Derived from the digits alone: kab/kota part 01-69 is a kabupaten and
// 71-99 a kota; the desa part's first digit is 1 kelurahan, 2 desa, 3 desa adat.
enum class WilayahType { Provinsi, Kabupaten, Kota, Kecamatan, Kelurahan, Desa, DesaAdat };

// The slug used in the official list's `type` column and in our APIs: "provinsi",
// "kabupaten", "kota", "kecamatan", "kelurahan", "desa", "desa_adat".
std::string_view wilayahTypeSlug(WilayahType type);

enum class WilayahCodeErrorCode {
  Empty,
  NotDigits,            // a character other than a digit or '.'
  WrongLength,          // plain form not 2, 4, 6 or 10 digits
  EmptySegment,         // leading, trailing or doubled dot
  TooManySegments,      // more than four dotted parts
  WrongSegmentLength,   // dotted part not 2, 2, 2, 4 digits
  ZeroSegment,          // "00" (or "0000") names no region
  InvalidKabupatenKota, // kab/kota part 70: neither kabupaten nor kota
  InvalidDesaKelurahan, // desa part not starting with 1, 2 or 3
};

struct WilayahCodeError {
  WilayahCodeErrorCode code;
  LocalizedText message;
};

// A Kemendagri region code: provinsi `32`, kab/kota `32.04`, kecamatan `32.04.12`,
// desa/kelurahan `32.04.12.2003`. Not the BPS numbering (7-digit kecamatan): the two must
// not be mixed, which is why this type only accepts the Kemendagri shapes.
//
// Only parse() makes one, so every value is structurally valid; whether the region exists
// is a question for the wilayah table, not for this type. Stored as one integer and a
// level (no heap), so millions of records can carry a code cheaply and it hashes fast.
class WilayahCode {
public:
  // Dotted (`32.04.12.2003`) or plain (`3204122003`; 2, 4, 6 or 10 digits).
  static Result<WilayahCode, WilayahCodeError> parse(std::string_view text);

  WilayahLevel level() const { return m_level; }
  WilayahType type() const;
  bool isKota() const { return type() == WilayahType::Kota; }

  // The numeric value of one part, e.g. 4 for the kab/kota part of 32.04.12; 0 for a level
  // below this code's own.
  int part(WilayahLevel level) const;

  // None for a provinsi.
  std::optional<WilayahCode> parent() const;
  // This code cut to `level`: itself at its own level, none below it.
  std::optional<WilayahCode> ancestor(WilayahLevel level) const;
  // Strictly above `other` in the same branch (32.04 is an ancestor of 32.04.12.2003).
  bool isAncestorOf(const WilayahCode& other) const;
  // Ancestor of `other` or equal to it: the test for "is this record in my scope?".
  bool contains(const WilayahCode& other) const;

  std::string dotted() const; // "32.04.12.2003"
  std::string plain() const;  // "3204122003"

  // Sorts like the dotted strings: a region comes right before its own subregions
  // (32 < 32.01 < 32.01.01 < 32.02).
  friend auto operator<=>(const WilayahCode&, const WilayahCode&) = default;
  friend bool operator==(const WilayahCode&, const WilayahCode&) = default;

  std::size_t hashValue() const {
    return std::hash<std::uint64_t>{}(m_padded * 8 + static_cast<std::uint64_t>(m_level));
  }

private:
  WilayahCode(std::uint64_t padded, WilayahLevel level) : m_padded(padded), m_level(level) {}

  // The code's digits right-padded with zeros to ten (32.04 -> 3204000000). Because no part
  // is ever zero, the padding cannot be confused with a real part, and comparing padded
  // values orders codes like their dotted strings.
  std::uint64_t m_padded;
  WilayahLevel m_level;
};

// For test failure output and debugging: the dotted form.
std::ostream& operator<<(std::ostream& out, const WilayahCode& code);

} // namespace simpul::domain

template <> struct std::hash<simpul::domain::WilayahCode> {
  std::size_t operator()(const simpul::domain::WilayahCode& code) const noexcept {
    return code.hashValue();
  }
};
