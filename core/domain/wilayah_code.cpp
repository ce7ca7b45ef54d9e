#include "domain/wilayah_code.h"

#include <array>
#include <ostream>

namespace simpul::domain {

namespace {

// Digits of each part, by level - 1.
constexpr std::array<std::size_t, 4> kPartDigits{2, 2, 2, 4};
// Total digits of a code at each level, by level - 1.
constexpr std::array<std::size_t, 4> kCodeDigits{2, 4, 6, 10};
constexpr std::size_t kMaxDigits = 10;

constexpr std::uint64_t pow10(std::size_t n) {
  std::uint64_t value = 1;
  for (std::size_t i = 0; i < n; ++i) {
    value *= 10;
  }
  return value;
}

std::size_t levelIndex(WilayahLevel level) {
  return static_cast<std::size_t>(level) - 1;
}

struct LevelName {
  const char* id;
  const char* en;
};

LevelName levelName(std::size_t index) {
  static constexpr std::array<LevelName, 4> kNames{{{"provinsi", "provinsi"},
                                                    {"kabupaten/kota", "kabupaten/kota"},
                                                    {"kecamatan", "kecamatan"},
                                                    {"desa/kelurahan", "desa/kelurahan"}}};
  return kNames[index];
}

WilayahCodeError error(WilayahCodeErrorCode code, std::string id, std::string en) {
  return WilayahCodeError{code, LocalizedText{std::move(id), std::move(en)}};
}

// Checks the part values once the shape is known to be right; `digits` holds exactly the
// digits of a code at some level.
std::optional<WilayahCodeError> checkParts(std::string_view digits) {
  std::size_t offset = 0;
  for (std::size_t i = 0; i < kPartDigits.size() && offset < digits.size(); ++i) {
    const std::string_view part = digits.substr(offset, kPartDigits[i]);
    offset += kPartDigits[i];
    if (part.find_first_not_of('0') == std::string_view::npos) {
      const LevelName name = levelName(i);
      return error(WilayahCodeErrorCode::ZeroSegment,
                   std::string("Bagian ") + name.id + " pada kode wilayah tidak boleh nol",
                   std::string("The ") + name.en + " part of a region code cannot be zero");
    }
    if (i == 1 && part == "70") {
      return error(WilayahCodeErrorCode::InvalidKabupatenKota,
                   "Bagian kabupaten/kota 70 tidak dipakai: 01-69 kabupaten, 71-99 kota",
                   "Kabupaten/kota part 70 is not used: 01-69 is a kabupaten, 71-99 a kota");
    }
    if (i == 3 && (part[0] < '1' || part[0] > '3')) {
      const std::string found(1, part[0]);
      return error(WilayahCodeErrorCode::InvalidDesaKelurahan,
                   "Bagian desa/kelurahan harus diawali 1 (kelurahan), 2 (desa) atau 3 (desa "
                   "adat), ditemukan " +
                       found,
                   "The desa/kelurahan part must start with 1 (kelurahan), 2 (desa) or 3 (desa "
                   "adat), found " +
                       found);
    }
  }
  return std::nullopt;
}

} // namespace

std::string_view wilayahTypeSlug(WilayahType type) {
  switch (type) {
  case WilayahType::Provinsi:
    return "provinsi";
  case WilayahType::Kabupaten:
    return "kabupaten";
  case WilayahType::Kota:
    return "kota";
  case WilayahType::Kecamatan:
    return "kecamatan";
  case WilayahType::Kelurahan:
    return "kelurahan";
  case WilayahType::Desa:
    return "desa";
  case WilayahType::DesaAdat:
    return "desa_adat";
  }
  return {};
}

Result<WilayahCode, WilayahCodeError> WilayahCode::parse(std::string_view text) {
  if (text.empty()) {
    return error(WilayahCodeErrorCode::Empty, "Kode wilayah kosong", "The region code is empty");
  }
  for (char c : text) {
    if ((c < '0' || c > '9') && c != '.') {
      return error(WilayahCodeErrorCode::NotDigits,
                   "Kode wilayah hanya boleh berisi angka dan titik",
                   "A region code may contain only digits and dots");
    }
  }

  // Collect the digits into a fixed buffer; both forms end up as the plain digits.
  std::array<char, kMaxDigits> buffer{};
  std::size_t length = 0;
  if (text.find('.') != std::string_view::npos) {
    std::size_t segment = 0;
    std::size_t start = 0;
    while (true) {
      const std::size_t dot = text.find('.', start);
      const std::string_view part =
          text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
      if (part.empty()) {
        return error(WilayahCodeErrorCode::EmptySegment,
                     "Kode wilayah memiliki bagian kosong (titik di awal, di akhir atau ganda)",
                     "The region code has an empty part (a leading, trailing or doubled dot)");
      }
      if (segment >= kPartDigits.size()) {
        return error(WilayahCodeErrorCode::TooManySegments,
                     "Kode wilayah paling banyak terdiri dari 4 bagian",
                     "A region code has at most 4 parts");
      }
      if (part.size() != kPartDigits[segment]) {
        const LevelName name = levelName(segment);
        const std::string want = std::to_string(kPartDigits[segment]);
        const std::string found = std::to_string(part.size());
        const std::string position = std::to_string(segment + 1);
        return error(WilayahCodeErrorCode::WrongSegmentLength,
                     "Bagian ke-" + position + " kode wilayah (" + name.id + ") harus " + want +
                         " digit, ditemukan " + found,
                     "Part " + position + " of the region code (" + name.en + ") must have " +
                         want + " digits, found " + found);
      }
      for (char c : part) {
        buffer[length++] = c;
      }
      ++segment;
      if (dot == std::string_view::npos) {
        break;
      }
      start = dot + 1;
    }
  } else {
    bool knownLength = false;
    for (std::size_t n : kCodeDigits) {
      knownLength = knownLength || text.size() == n;
    }
    if (!knownLength) {
      return error(WilayahCodeErrorCode::WrongLength,
                   "Kode wilayah tanpa titik harus 2, 4, 6 atau 10 digit, ditemukan " +
                       std::to_string(text.size()),
                   "A region code without dots must have 2, 4, 6 or 10 digits, found " +
                       std::to_string(text.size()));
    }
    for (char c : text) {
      buffer[length++] = c;
    }
  }

  const std::string_view digits(buffer.data(), length);
  if (auto problem = checkParts(digits)) {
    return std::move(*problem);
  }
  std::uint64_t value = 0;
  for (char c : digits) {
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  std::size_t level = 0;
  while (kCodeDigits[level] != length) {
    ++level;
  }
  return WilayahCode(value * pow10(kMaxDigits - length), static_cast<WilayahLevel>(level + 1));
}

int WilayahCode::part(WilayahLevel which) const {
  if (which > m_level) {
    return 0;
  }
  const std::size_t index = levelIndex(which);
  const std::uint64_t below = pow10(kMaxDigits - kCodeDigits[index]);
  return static_cast<int>((m_padded / below) % pow10(kPartDigits[index]));
}

WilayahType WilayahCode::type() const {
  switch (m_level) {
  case WilayahLevel::Provinsi:
    return WilayahType::Provinsi;
  case WilayahLevel::KabupatenKota:
    return part(WilayahLevel::KabupatenKota) < 70 ? WilayahType::Kabupaten : WilayahType::Kota;
  case WilayahLevel::Kecamatan:
    return WilayahType::Kecamatan;
  case WilayahLevel::DesaKelurahan:
    break;
  }
  // parse() only admits 1, 2 or 3 as the desa part's first digit.
  switch (part(WilayahLevel::DesaKelurahan) / 1000) {
  case 1:
    return WilayahType::Kelurahan;
  case 2:
    return WilayahType::Desa;
  default:
    return WilayahType::DesaAdat;
  }
}

std::optional<WilayahCode> WilayahCode::parent() const {
  if (m_level == WilayahLevel::Provinsi) {
    return std::nullopt;
  }
  return ancestor(static_cast<WilayahLevel>(static_cast<int>(m_level) - 1));
}

std::optional<WilayahCode> WilayahCode::ancestor(WilayahLevel level) const {
  if (level > m_level) {
    return std::nullopt;
  }
  const std::uint64_t unit = pow10(kMaxDigits - kCodeDigits[levelIndex(level)]);
  return WilayahCode(m_padded / unit * unit, level);
}

bool WilayahCode::isAncestorOf(const WilayahCode& other) const {
  return m_level < other.m_level && other.ancestor(m_level) == *this;
}

bool WilayahCode::contains(const WilayahCode& other) const {
  return *this == other || isAncestorOf(other);
}

std::string WilayahCode::plain() const {
  // Written out by hand rather than with to_string: a provinsi part below 10 (structurally
  // allowed, though none exists) has a leading zero that must be kept.
  std::string digits(kMaxDigits, '0');
  std::uint64_t rest = m_padded;
  for (std::size_t i = kMaxDigits; i-- > 0;) {
    digits[i] = static_cast<char>('0' + rest % 10);
    rest /= 10;
  }
  digits.resize(kCodeDigits[levelIndex(m_level)]);
  return digits;
}

std::string WilayahCode::dotted() const {
  const std::string digits = plain();
  std::string out;
  out.reserve(digits.size() + 3);
  std::size_t offset = 0;
  for (std::size_t i = 0; offset < digits.size(); ++i) {
    if (i > 0) {
      out += '.';
    }
    out.append(digits, offset, kPartDigits[i]);
    offset += kPartDigits[i];
  }
  return out;
}

std::ostream& operator<<(std::ostream& out, const WilayahCode& code) {
  return out << code.dotted();
}

} // namespace simpul::domain
