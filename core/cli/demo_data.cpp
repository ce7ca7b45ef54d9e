#include "cli/demo_data.h"

#include <algorithm>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <stdexcept>

namespace simpul::cli::demo {

namespace {

// Birth dates of the persons, and the narrower range for PSM (adults who can serve).
constexpr domain::CivilDate kFirstBirth{1940, 1, 1};
constexpr domain::CivilDate kLastBirth{2024, 12, 31};
constexpr domain::CivilDate kFirstPsmBirth{1965, 1, 1};
constexpr domain::CivilDate kLastPsmBirth{2000, 12, 31};
constexpr int kFocusPercent = 50;
constexpr int kMaxRt = 12;
constexpr int kMaxRw = 9;

// One CSV record's fields ("a,\"b, c\",d"); doubled quotes inside quotes are one quote.
std::vector<std::string> csvFields(std::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

template <class T> const T& pick(DemoRandom& random, const std::vector<T>& items) {
  return items[random.below(items.size())];
}

domain::CivilDate randomDate(DemoRandom& random, domain::CivilDate first, domain::CivilDate last) {
  const long long from = first.toDayNumber();
  const auto span = static_cast<std::size_t>(last.toDayNumber() - from + 1);
  return domain::CivilDate::fromDayNumber(from + static_cast<long long>(random.below(span)));
}

domain::Sex randomSex(DemoRandom& random) {
  return random.chance(50) ? domain::Sex::Female : domain::Sex::Male;
}

std::string twoDigits(int value) {
  return std::string{static_cast<char>('0' + value / 10 % 10), static_cast<char>('0' + value % 10)};
}

// "Kabupaten Bandung" → "Bandung": what people write as a birth place.
std::string placeName(std::string_view kabupatenName) {
  for (std::string_view prefix : {"Kabupaten ", "Kota "}) {
    if (kabupatenName.starts_with(prefix)) {
      return std::string(kabupatenName.substr(prefix.size()));
    }
  }
  return std::string(kabupatenName);
}

// The desa of `area` inside kecamatan `code`.
std::vector<Wilayah> desaOf(const DemoArea& area, const std::string& code) {
  std::vector<Wilayah> out;
  const std::string prefix = code + ".";
  std::copy_if(area.desa.begin(), area.desa.end(), std::back_inserter(out),
               [&](const Wilayah& d) { return d.code.starts_with(prefix); });
  return out;
}

DemoPerson makePerson(DemoRandom& random, const NameList& names, NikAllocator& niks,
                      const Wilayah& desa, const std::string& birthPlace, domain::Sex sex,
                      domain::CivilDate birth, std::string fullName) {
  DemoPerson p;
  p.sex = sex;
  p.birthDate = birth;
  p.fullName = fullName.empty() ? syntheticName(random, names, sex) : std::move(fullName);
  p.birthPlace = birthPlace;
  p.desaCode = desa.code;
  p.rw = "0" + twoDigits(1 + static_cast<int>(random.below(kMaxRw)));
  p.rt = "0" + twoDigits(1 + static_cast<int>(random.below(kMaxRt)));
  // A NIK carries the kecamatan where it was first issued; for the demo, where they live.
  p.nik = niks.next(std::string_view(desa.code).substr(0, 8), birth, sex);
  return p;
}

} // namespace

std::uint64_t DemoRandom::next() {
  std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::size_t DemoRandom::below(std::size_t n) {
  if (n == 0) {
    throw std::logic_error("DemoRandom::below(0)");
  }
  // Rejecting the top partial block keeps every value equally likely.
  const std::uint64_t bound = n;
  const std::uint64_t limit =
      std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
  std::uint64_t value = next();
  while (value >= limit) {
    value = next();
  }
  return static_cast<std::size_t>(value % bound);
}

NameList parseNames(std::string_view csv, const std::string& pathForMessages) {
  NameList names;
  std::istringstream in{std::string(csv)};
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    const auto fields = csvFields(line);
    if (fields.size() < 3 || fields[0].empty()) {
      continue;
    }
    const std::string& kind = fields[1];
    const std::string& gender = fields[2];
    const bool male = gender == "L" || gender == "U";
    const bool female = gender == "P" || gender == "U";
    auto& maleList = kind == "first_name" ? names.firstMale : names.lastMale;
    auto& femaleList = kind == "first_name" ? names.firstFemale : names.lastFemale;
    if (kind != "first_name" && kind != "last_name") {
      continue;
    }
    if (male) {
      maleList.push_back(fields[0]);
    }
    if (female) {
      femaleList.push_back(fields[0]);
    }
  }
  if (names.firstMale.empty() || names.firstFemale.empty() || names.lastMale.empty() ||
      names.lastFemale.empty()) {
    throw std::runtime_error("daftar nama tidak lengkap / the names file lacks first or last "
                             "names for men or women (columns name,kind,gender): " +
                             pathForMessages);
  }
  return names;
}

NameList loadNames(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("berkas nama tidak dapat dibaca / cannot read the names file " + path);
  }
  std::ostringstream content;
  content << in.rdbuf();
  return parseNames(content.str(), path);
}

std::string syntheticName(DemoRandom& random, const NameList& names, domain::Sex sex) {
  const bool female = sex == domain::Sex::Female;
  const std::string& first = pick(random, female ? names.firstFemale : names.firstMale);
  const std::string& last = pick(random, female ? names.lastFemale : names.lastMale);
  return first + " " + last;
}

std::string NikAllocator::next(std::string_view kecamatan, domain::CivilDate birth,
                               domain::Sex sex) {
  std::string prefix;
  for (char c : kecamatan) {
    if (c != '.') {
      prefix += c;
    }
  }
  const int day = birth.day + (sex == domain::Sex::Female ? 40 : 0);
  prefix += twoDigits(day) + twoDigits(birth.month) + twoDigits(birth.year % 100);
  int& serial = m_lastSerial[prefix];
  if (++serial > 9999) {
    throw std::runtime_error("demo NIK serials exhausted for one kecamatan and birth date");
  }
  const std::string digits = std::to_string(serial);
  return prefix + std::string(4 - digits.size(), '0') + digits;
}

DemoPlan planDemo(std::uint64_t seed, const DemoArea& area, const NameList& names,
                  int personCount) {
  DemoRandom random(seed);
  std::vector<Wilayah> candidates;
  std::copy_if(area.kecamatan.begin(), area.kecamatan.end(), std::back_inserter(candidates),
               [&](const Wilayah& k) { return !desaOf(area, k.code).empty(); });
  if (candidates.empty()) {
    throw std::runtime_error("kabupaten/kota " + area.kabupaten.code +
                             " tidak punya desa / has no desa in the wilayah list");
  }
  DemoPlan plan;
  plan.kecamatan = pick(random, candidates);
  const std::vector<Wilayah> focusDesa = desaOf(area, plan.kecamatan.code);
  std::vector<Wilayah> psmDesa = focusDesa;
  for (std::size_t i = psmDesa.size(); i > 1; --i) { // Fisher-Yates
    std::swap(psmDesa[i - 1], psmDesa[random.below(i)]);
  }
  psmDesa.resize(std::min(psmDesa.size(), kMaxPsmUsers));

  const auto user = [&](std::string username, std::string role, const Wilayah& where) {
    plan.users.push_back({std::move(username), std::move(role), where.code, where.name,
                          syntheticName(random, names, randomSex(random))});
  };
  const Wilayah everywhere{"", std::string(kEverywhereName)};
  user("admin", "admin", everywhere);
  user("dinsos", "dinsos", area.kabupaten);
  user("viewer", "viewer", area.kabupaten);
  user("ipsm", "ipsm_pengurus", area.kabupaten);
  user("tksk", "tksk", plan.kecamatan);
  user("kades", "kepala_desa", psmDesa.front());

  const std::string birthPlace = placeName(area.kabupaten.name);
  NikAllocator niks;
  for (std::size_t i = 0; i < psmDesa.size(); ++i) {
    const domain::Sex sex = randomSex(random);
    const std::string name = syntheticName(random, names, sex);
    plan.users.push_back({i == 0 ? "psm" : "psm." + std::to_string(i + 1), "psm", psmDesa[i].code,
                          psmDesa[i].name, name});
    plan.persons.push_back(makePerson(random, names, niks, psmDesa[i], birthPlace, sex,
                                      randomDate(random, kFirstPsmBirth, kLastPsmBirth), name));
  }
  for (int i = 0; i < personCount; ++i) {
    const Wilayah& desa =
        random.chance(kFocusPercent) ? pick(random, focusDesa) : pick(random, area.desa);
    const domain::Sex sex = randomSex(random);
    plan.persons.push_back(makePerson(random, names, niks, desa, birthPlace, sex,
                                      randomDate(random, kFirstBirth, kLastBirth), ""));
  }
  return plan;
}

std::string randomPassword() {
  static constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  std::random_device device;
  std::uniform_int_distribution<std::size_t> index(0, kAlphabet.size() - 1);
  std::string password;
  for (int group = 0; group < 3; ++group) {
    if (group > 0) {
      password += '-';
    }
    for (int i = 0; i < 4; ++i) {
      password += kAlphabet[index(device)];
    }
  }
  return password;
}

} // namespace simpul::cli::demo
