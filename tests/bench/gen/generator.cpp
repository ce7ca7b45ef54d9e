// The synthetic data generator (generator.h): desa of one provinsi from the wilayah CSV,
// names from the names CSV, a fixed 64-bit Mersenne Twister (its output is specified by the
// standard, so the same seed gives the same rows everywhere), and per-(kecamatan, date)
// serial counters that keep every NIK and No. KK unique without remembering the rows.

#include "generator.h"

#include "domain/civil_date.h"
#include "domain/pmks_catalog.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <stdexcept>

namespace simpul::bench {

namespace {

// Birth years the generator uses: from kFirstBirthYear (so that the two-digit NIK year reads
// back as 19YY against any reference date up to 2026) to kLastYear.
constexpr int kFirstBirthYear = 1928;
constexpr int kLastYear = 2025;
constexpr int kFirstKkYear = 2000; // No. KK issue dates 2000..2024
constexpr int kKkYears = 25;
constexpr int kMaxAge = 95;

// Share of each type among first records, in 1/10000 (about the mix of real PMKS counts:
// fakir miskin dominate, then lanjut usia and disabilitas; sensitive types rare).
struct TypeWeight {
  int order;
  int weight;
  int minAge; // the usual ages of the type, narrowed further by the type's own rule
  int maxAge;
};
constexpr TypeWeight kTypeWeights[] = {
    {24, 5600, 25, 85}, {8, 1300, 60, 95}, {9, 800, 1, 85},  {23, 450, 18, 59}, {2, 350, 6, 18},
    {25, 250, 25, 85},  {21, 250, 0, 85},  {1, 150, 0, 4},   {5, 120, 0, 17},   {7, 80, 6, 18},
    {19, 80, 15, 70},   {13, 80, 15, 70},  {6, 60, 0, 17},   {22, 60, 0, 85},   {20, 60, 20, 55},
    {11, 50, 18, 75},   {12, 50, 18, 80},  {4, 50, 6, 17},   {17, 40, 15, 50},  {15, 40, 19, 65},
    {3, 30, 12, 17},    {10, 20, 18, 50},  {18, 20, 15, 40}, {14, 5, 0, 85},    {16, 5, 18, 60},
};
constexpr int kTypeWeightTotal = 10000;

// Share of persons with a second record of another type, in 1/10000.
constexpr int kSecondRecordShare = 500;

bool isFamilyType(int order) {
  return order == 24 || order == 25;
}

std::vector<std::string> splitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  for (char c : line) {
    if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

// Days before the first of each month, and the month/day of a day of the year.
void monthDay(int year, int dayOfYear, int& month, int& day) {
  month = 1;
  while (dayOfYear >= domain::CivilDate::daysInMonth(year, month)) {
    dayOfYear -= domain::CivilDate::daysInMonth(year, month);
    ++month;
  }
  day = dayOfYear + 1;
}

} // namespace

struct Generator::State {
  GenOptions options;
  std::mt19937_64 rng;
  std::vector<std::string> desaCodes;
  std::vector<int> desaKecamatan;                     // index into kecamatanPrefix
  std::vector<std::string> kecamatanPrefix;           // "320405"
  std::array<std::vector<std::string>, 3> firstNames; // by sex 1, 2
  std::array<std::vector<std::string>, 3> lastNames;
  std::vector<std::uint16_t> nikSerials; // [kecamatan][birth year][day of year]
  std::vector<std::uint16_t> kkSerials;  // [kecamatan][issue year][day of year]
  std::vector<const domain::PmksType*> typeByOrder;
  std::int64_t produced = 0;
  std::int64_t persons = 0;
  bool pendingSecond = false;
  GenRow second;

  std::uint64_t pick(std::uint64_t n) { return rng() % n; }

  const TypeWeight& pickType() {
    int r = static_cast<int>(pick(kTypeWeightTotal));
    for (const TypeWeight& t : kTypeWeights) {
      if (r < t.weight) {
        return t;
      }
      r -= t.weight;
    }
    return kTypeWeights[0];
  }

  bool admits(int order, int age, int sex) {
    const auto* type = typeByOrder[static_cast<std::size_t>(order)];
    return !domain::checkSubject(*type, age, sex == 2 ? domain::Sex::Female : domain::Sex::Male);
  }

  std::string serialCode(std::vector<std::uint16_t>& serials, int kecamatan, int yearIndex,
                         int years, int dayOfYear, const char* what) {
    const std::size_t at = (static_cast<std::size_t>(kecamatan) * static_cast<std::size_t>(years) +
                            static_cast<std::size_t>(yearIndex)) *
                               366 +
                           static_cast<std::size_t>(dayOfYear);
    if (serials[at] >= 9999) {
      throw std::runtime_error(std::string("too many ") + what + " for one kecamatan and date");
    }
    char text[8];
    std::snprintf(text, sizeof text, "%04d", ++serials[at]);
    return text;
  }

  // A disability kind: mostly fisik, as in the real counts.
  std::string pickDisability() {
    static constexpr const char* kKinds[] = {"fisik",    "fisik",  "fisik",       "sensorik",
                                             "sensorik", "mental", "intelektual", "ganda"};
    return kKinds[pick(std::size(kKinds))];
  }

  void fillType(GenRow& row, int order) {
    row.pmksType = order;
    const auto* type = typeByOrder[static_cast<std::size_t>(order)];
    row.sensitive = type->sensitive;
    row.disability = type->needsDisabilityKinds ? pickDisability() : std::string();
  }

  void newPerson(GenRow& row) {
    const TypeWeight& first = pickType();
    const auto* type = typeByOrder[static_cast<std::size_t>(first.order)];
    row = GenRow{};
    row.personIndex = persons++;
    row.newPerson = true;
    row.sex = type->sexRule.only ? (*type->sexRule.only == domain::Sex::Female ? 2 : 1)
                                 : static_cast<int>(1 + pick(2));
    int year = kLastYear;
    row.period = "2025";
    row.status = kStatusValidated;
    if (options.mixedPeriodsAndStatuses) {
      if (pick(10) < 3) {
        year = 2024;
        row.period = "2024";
      }
      const auto s = pick(100);
      row.status = s < 85   ? kStatusValidated
                   : s < 90 ? kStatusSubmitted
                   : s < 95 ? kStatusVerified
                   : s < 98 ? kStatusDraft
                            : kStatusReturned;
    }
    // An age in the type's usual range that its rule admits (checked below).
    int lo = first.minAge;
    int hi = std::min(first.maxAge, kMaxAge);
    const int age = lo + static_cast<int>(pick(static_cast<std::uint64_t>(hi - lo + 1)));
    if (!admits(first.order, age, row.sex)) {
      throw std::logic_error("generator: type " + std::to_string(first.order) +
                             " does not admit its own age range");
    }
    // Born in year - age: exactly `age` completed years at the period's end (31 December).
    const int birthYear = year - age;
    const int dayOfYear = static_cast<int>(
        pick(static_cast<std::uint64_t>(domain::CivilDate::isLeapYear(birthYear) ? 366 : 365)));
    int month = 0;
    int day = 0;
    monthDay(birthYear, dayOfYear, month, day);
    char text[48]; // room for any ints, so the compiler sees no truncation
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", birthYear, month, day);
    row.birthDate = text;

    const std::size_t desa = pick(desaCodes.size());
    row.desaCode = desaCodes[desa];
    const int kecamatan = desaKecamatan[desa];
    const std::string& prefix = kecamatanPrefix[static_cast<std::size_t>(kecamatan)];
    std::snprintf(text, sizeof text, "%02d%02d%02d", day + (row.sex == 2 ? 40 : 0), month,
                  birthYear % 100);
    row.nik = prefix + text +
              serialCode(nikSerials, kecamatan, birthYear - kFirstBirthYear,
                         kLastYear - kFirstBirthYear + 1, dayOfYear, "NIKs");

    const auto& firsts = firstNames[static_cast<std::size_t>(row.sex)];
    const auto& lasts = lastNames[static_cast<std::size_t>(row.sex)];
    row.name = firsts[pick(firsts.size())] + ' ' + lasts[pick(lasts.size())];
    std::snprintf(text, sizeof text, "Dusun %d", static_cast<int>(1 + pick(6)));
    row.dusun = text;
    std::snprintf(text, sizeof text, "%03d", static_cast<int>(1 + pick(12)));
    row.rw = text;
    std::snprintf(text, sizeof text, "%03d", static_cast<int>(1 + pick(15)));
    row.rt = text;
    fillType(row, first.order);

    // A second record of another type that the same person satisfies, right after.
    int secondOrder = 0;
    if (static_cast<int>(pick(kTypeWeightTotal)) < kSecondRecordShare) {
      for (int attempt = 0; attempt < 8 && secondOrder == 0; ++attempt) {
        const int order = pickType().order;
        if (order != first.order && admits(order, age, row.sex)) {
          secondOrder = order;
        }
      }
    }
    // The No. KK of a family record: the head's kecamatan, an issue date, a serial.
    std::string noKk;
    if (isFamilyType(first.order) || isFamilyType(secondOrder)) {
      const int kkYear = static_cast<int>(pick(kKkYears));
      const int kkDay = static_cast<int>(pick(365));
      monthDay(kFirstKkYear + kkYear, kkDay, month, day);
      std::snprintf(text, sizeof text, "%02d%02d%02d", day, month, (kFirstKkYear + kkYear) % 100);
      noKk = prefix + text + serialCode(kkSerials, kecamatan, kkYear, kKkYears, kkDay, "No. KKs");
    }
    if (isFamilyType(first.order)) {
      row.noKk = noKk;
    }
    if (secondOrder != 0) {
      second = row;
      second.newPerson = false;
      second.noKk = isFamilyType(secondOrder) ? noKk : std::string();
      fillType(second, secondOrder);
      pendingSecond = true;
    }
  }
};

Generator::Generator(const GenOptions& options) : m_state(std::make_unique<State>()) {
  State& s = *m_state;
  s.options = options;
  s.rng.seed(options.seed);
  std::ifstream wilayah(options.wilayahCsv);
  if (!wilayah) {
    throw std::runtime_error("cannot read the wilayah CSV " + options.wilayahCsv);
  }
  const std::string provinsiPrefix = options.provinsi + ".";
  std::map<std::string, int> kecamatanIndex; // "320405" -> index into kecamatanPrefix
  std::string line;
  while (std::getline(wilayah, line)) {
    if (!line.starts_with(provinsiPrefix)) {
      continue;
    }
    const auto f = splitCsvLine(line); // code,name,level,parent_code,type
    if (f.size() < 3 || f[2] != "4" || f[0].size() < 13) {
      continue;
    }
    const std::string kecamatan = f[0].substr(0, 2) + f[0].substr(3, 2) + f[0].substr(6, 2);
    const auto [at, fresh] =
        kecamatanIndex.try_emplace(kecamatan, static_cast<int>(s.kecamatanPrefix.size()));
    if (fresh) {
      s.kecamatanPrefix.push_back(kecamatan);
    }
    s.desaCodes.push_back(f[0]);
    s.desaKecamatan.push_back(at->second);
  }
  if (s.desaCodes.empty()) {
    throw std::runtime_error("no desa of provinsi " + options.provinsi + " in " +
                             options.wilayahCsv);
  }
  std::ifstream names(options.namesCsv);
  if (!names) {
    throw std::runtime_error("cannot read the names CSV " + options.namesCsv);
  }
  while (std::getline(names, line)) {
    const auto f = splitCsvLine(line); // name,kind,gender,sources
    if (f.size() < 3 || f[0].empty()) {
      continue;
    }
    auto& lists = f[1] == "first_name" ? s.firstNames : s.lastNames;
    if (f[1] != "first_name" && f[1] != "last_name") {
      continue;
    }
    if (f[2] != "P") {
      lists[1].push_back(f[0]);
    }
    if (f[2] != "L") {
      lists[2].push_back(f[0]);
    }
  }
  for (int sex : {1, 2}) {
    if (s.firstNames[static_cast<std::size_t>(sex)].empty() ||
        s.lastNames[static_cast<std::size_t>(sex)].empty()) {
      throw std::runtime_error("the names CSV lacks first or last names: " + options.namesCsv);
    }
  }
  const std::size_t kecamatanCount = s.kecamatanPrefix.size();
  s.nikSerials.assign(kecamatanCount * (kLastYear - kFirstBirthYear + 1) * 366, 0);
  s.kkSerials.assign(kecamatanCount * kKkYears * 366, 0);
  s.typeByOrder.assign(27, nullptr);
  for (const auto& type : domain::pmksTypes()) {
    s.typeByOrder[static_cast<std::size_t>(type.order)] = &type;
  }
}

Generator::~Generator() = default;

bool Generator::next(GenRow& row) {
  State& s = *m_state;
  if (s.produced >= s.options.rows) {
    return false;
  }
  ++s.produced;
  if (s.pendingSecond) {
    s.pendingSecond = false;
    row = s.second;
    return true;
  }
  s.newPerson(row);
  return true;
}

const char* csvHeader() {
  return "nik,no_kk,nama,jenis_kelamin,tanggal_lahir,kode_wilayah,dusun,rw,rt,jenis_pmks,"
         "jenis_disabilitas,periode,keterangan";
}

std::string csvLine(const GenRow& row) {
  std::string line;
  line.reserve(128);
  line += row.nik;
  line += ',';
  line += row.noKk;
  line += ',';
  line += row.name;
  line += row.sex == 2 ? ",P," : ",L,";
  line += row.birthDate;
  line += ',';
  line += row.desaCode;
  line += ',';
  line += row.dusun;
  line += ',';
  line += row.rw;
  line += ',';
  line += row.rt;
  line += ',';
  line += std::to_string(row.pmksType);
  line += ',';
  line += row.disability;
  line += ',';
  line += row.period;
  line += ',';
  return line;
}

void writeCsv(const GenOptions& options, const std::string& path) {
  Generator generator(options);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    throw std::runtime_error("cannot write " + path);
  }
  out << csvHeader() << '\n';
  GenRow row;
  while (generator.next(row)) {
    out << csvLine(row) << '\n';
  }
  out.flush();
  if (!out) {
    throw std::runtime_error("writing " + path + " failed");
  }
}

} // namespace simpul::bench
