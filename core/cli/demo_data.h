#pragma once

// The synthetic content of a demo database, decided before anything is written: which
// kecamatan and desa the local accounts serve, their display names, and the persons with
// their NIKs. No database and no I/O but the names file, so the generator can be tested alone
// and the same seed always plans the same data.

#include "domain/civil_date.h"
#include "domain/sex.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::cli::demo {

// SplitMix64 with our own range reduction: std::uniform_int_distribution may differ between
// standard libraries, and a seed must give the same demo data on every machine.
class DemoRandom {
public:
  explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}
  std::uint64_t next();
  // Uniform in [0, n); n must be positive.
  std::size_t below(std::size_t n);
  // True with probability percent/100.
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }

private:
  std::uint64_t m_state;
};

// Given and family names by sex; names marked "U" (either) are in both lists.
struct NameList {
  std::vector<std::string> firstMale;
  std::vector<std::string> firstFemale;
  std::vector<std::string> lastMale;
  std::vector<std::string> lastFemale;
};

// Reads indonesian_names_faker.csv (name,kind,gender,sources). Throws std::runtime_error
// naming the file when it cannot be read or leaves one of the four lists empty.
NameList loadNames(const std::string& path);
NameList parseNames(std::string_view csv, const std::string& pathForMessages);

// "First Last".
std::string syntheticName(DemoRandom& random, const NameList& names, domain::Sex sex);

// NIKs for one demo run: PPKKCC (kecamatan) DDMMYY (day + 40 for women) SSSS, the serial
// counting from 0001 per prefix and birth date, so no two NIKs it hands out are equal.
class NikAllocator {
public:
  // `kecamatan` dotted ("32.04.12"). Throws std::runtime_error past serial 9999.
  std::string next(std::string_view kecamatan, domain::CivilDate birth, domain::Sex sex);

private:
  std::map<std::string, int, std::less<>> m_lastSerial;
};

struct Wilayah {
  std::string code; // dotted
  std::string name;
};

// The kab/kota the demo lives in, with its kecamatan and desa/kelurahan sorted by code.
struct DemoArea {
  Wilayah kabupaten;
  std::vector<Wilayah> kecamatan;
  std::vector<Wilayah> desa;
};

struct DemoUser {
  std::string username;
  std::string role;
  std::string wilayahCode; // dotted; "" for everywhere
  std::string wilayahName;
  std::string displayName;
};

// Everything a person record needs; personal data even though synthetic: not for logs.
struct DemoPerson {
  std::string nik;
  std::string fullName;
  domain::Sex sex = domain::Sex::Male;
  domain::CivilDate birthDate;
  std::string birthPlace;
  std::string desaCode; // dotted
  std::string rw;
  std::string rt;
};

struct DemoPlan {
  Wilayah kecamatan; // where tksk, kades and the psm accounts work
  std::vector<DemoUser> users;
  std::vector<DemoPerson> persons; // the psm accounts' own records first
};

inline constexpr std::size_t kMaxPsmUsers = 8;
inline constexpr std::string_view kEverywhereName = "Seluruh Indonesia";

// Users admin (everywhere); dinsos, viewer, ipsm (ipsm_pengurus) at the kab/kota; tksk at a
// kecamatan chosen from the seed; kades (kepala_desa) and psm at one of its desa; psm.2,
// psm.3... at further desa of it (kMaxPsmUsers accounts at most). Persons: one per psm
// account plus `personCount`, half of them in that kecamatan (so its accounts have people to
// work with), the rest anywhere in the kab/kota; born 1940-2024 (psm 1965-2000).
// Deterministic for the same arguments. Throws std::runtime_error when the area has no desa.
DemoPlan planDemo(std::uint64_t seed, const DemoArea& area, const NameList& names, int personCount);

// A fresh random password (std::random_device): three groups of four letters and digits
// without look-alikes ("k7mq-x3pt-9hwd"), easy to read out and type.
std::string randomPassword();

} // namespace simpul::cli::demo
