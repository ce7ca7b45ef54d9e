// Lookups over the PMKS catalogue and the evaluation of its rules. The data itself is in
// pmks_catalog_data.cpp (the 26 types), psks_catalog.cpp and legacy_pmks.cpp.

#include "domain/pmks_catalog.h"

#include "domain/folded_name_index_p.h"

#include <algorithm>
#include <charconv>
#include <set>

namespace simpul::domain {
namespace {

std::string quoted(std::string_view text) {
  std::string out = "\"";
  out += text;
  out += '"';
  return out;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) {
      out += separator;
    }
    out += part;
  }
  return out;
}

bool isAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string_view trimmed(std::string_view text) {
  const auto isSpace = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  };
  while (!text.empty() && isSpace(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && isSpace(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

// "24" -> 24; anything else (signs, spaces inside, letters) -> nullopt.
std::optional<int> parseOrderNumber(std::string_view text) {
  if (text.empty() || text.size() > 4) {
    return std::nullopt;
  }
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

std::string lowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

std::string sexText(std::optional<Sex> sex, bool english) {
  if (!sex) {
    return english ? "unknown" : "tidak diketahui";
  }
  if (*sex == Sex::Female) {
    return english ? "female" : "perempuan";
  }
  return english ? "male" : "laki-laki";
}

} // namespace

// --- Labels ------------------------------------------------------------------------------

LocalizedText pmksPpksLabel() {
  return {std::string(kPmksPpksLabel), std::string(kPmksPpksLabel)};
}

LocalizedText pmksPpksFullName() {
  return {"Penyandang Masalah Kesejahteraan Sosial / Pemerlu Pelayanan Kesejahteraan Sosial",
          "Persons with Social Welfare Problems / Persons in Need of Social Welfare Services"};
}

// --- Age rule ----------------------------------------------------------------------------

bool AgeRule::admitsAge(int ageYears) const {
  if (min && (min->inclusive ? ageYears < min->years : ageYears <= min->years)) {
    return false;
  }
  if (max && (max->inclusive ? ageYears > max->years : ageYears >= max->years)) {
    return false;
  }
  return true;
}

LocalizedText AgeRule::describe() const {
  const auto n = [](int years) {
    return std::to_string(years);
  };
  if (isUnbounded()) {
    return {};
  }
  if (min && max && min->inclusive && max->inclusive) {
    return {"berusia " + n(min->years) + " sampai dengan " + n(max->years) + " tahun",
            "be aged " + n(min->years) + " to " + n(max->years) + " years inclusive"};
  }
  std::string id = "berusia";
  std::string en = "be";
  if (min) {
    id += min->inclusive ? " paling rendah " : " lebih dari ";
    id += n(min->years) + " tahun";
    en += min->inclusive ? " at least " : " older than ";
    en += n(min->years) + (min->inclusive ? " years old" : " years");
  }
  if (min && max) {
    id += " dan";
    en += " and";
  }
  if (max) {
    id += max->inclusive ? " paling tinggi " : " di bawah ";
    id += n(max->years) + " tahun";
    en += max->inclusive ? " at most " : " under ";
    en += n(max->years) + " years old";
  }
  return {id, en};
}

// --- Disability kinds --------------------------------------------------------------------

const std::vector<DisabilityKind>& disabilityKinds() {
  static const std::vector<DisabilityKind> kinds = {
      {"fisik", {"Disabilitas Fisik", "Physical Disability"}},
      {"intelektual", {"Disabilitas Intelektual", "Intellectual Disability"}},
      {"mental", {"Disabilitas Mental", "Mental Disability"}},
      {"sensorik", {"Disabilitas Sensorik", "Sensory Disability"}},
      {"ganda", {"Disabilitas Ganda", "Multiple Disabilities"}},
  };
  return kinds;
}

const DisabilityKind* parseDisabilityKind(std::string_view text) {
  const std::string key = foldCatalogName(text);
  if (key.empty()) {
    return nullptr;
  }
  for (const DisabilityKind& kind : disabilityKinds()) {
    // "physical" alone is the English counterpart of "fisik" alone.
    const std::string enName = foldCatalogName(kind.name.en);
    const std::string enShort = enName.substr(0, enName.find(' '));
    if (key == kind.slug || key == foldCatalogName(kind.name.id) || key == enName ||
        key == enShort) {
      return &kind;
    }
  }
  return nullptr;
}

// --- Lookups -----------------------------------------------------------------------------

const Criterion* PmksType::findCriterion(std::string_view key) const {
  const auto it = std::find_if(criteria.begin(), criteria.end(),
                               [key](const Criterion& c) { return c.key == key; });
  return it == criteria.end() ? nullptr : &*it;
}

std::string foldCatalogName(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pendingSpace = false;
  for (char c : text) {
    // Bytes of multi-byte UTF-8 sequences are kept as word characters.
    const bool word = isAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80;
    if (!word) {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

const PmksType* findPmksTypeByOrder(int order) {
  const auto& types = pmksTypes();
  if (order < 1 || order > static_cast<int>(types.size())) {
    return nullptr;
  }
  return &types[static_cast<std::size_t>(order - 1)];
}

const PmksType* findPmksTypeBySlug(std::string_view slug) {
  for (const PmksType& type : pmksTypes()) {
    if (type.slug == slug) {
      return &type;
    }
  }
  return nullptr;
}

const PmksType* findPmksTypeByName(std::string_view name) {
  static const FoldedNameIndex<PmksType> index = [] {
    FoldedNameIndex<PmksType> names;
    for (const PmksType& type : pmksTypes()) {
      names.add(type.name.id, &type);
      names.add(type.name.en, &type);
    }
    return names;
  }();
  return index.find(name);
}

Result<PmksResolution, LocalizedText> resolvePmksType(std::string_view text) {
  const std::string_view input = trimmed(text);
  if (input.empty()) {
    return LocalizedText{"Jenis PMKS kosong", "The PMKS type is empty"};
  }
  if (const auto order = parseOrderNumber(input)) {
    if (const PmksType* type = findPmksTypeByOrder(*order)) {
      return PmksResolution{type, PmksMatch::Order};
    }
    return LocalizedText{"Nomor urut jenis PMKS " + quoted(input) + " di luar rentang 1-26",
                         "PMKS type number " + quoted(input) + " is outside the range 1-26"};
  }
  if (const PmksType* type = findPmksTypeBySlug(lowerAscii(input))) {
    return PmksResolution{type, PmksMatch::Slug};
  }
  if (const PmksType* type = findPmksTypeByName(input)) {
    return PmksResolution{type, PmksMatch::Name};
  }
  if (const PmksType* type = mapLegacyPmksName(input)) {
    return PmksResolution{type, PmksMatch::LegacyName};
  }
  return LocalizedText{"Jenis PMKS " + quoted(input) +
                           " tidak dikenal: bukan nomor urut 1-26, slug, nama resmi (Indonesia "
                           "atau Inggris), maupun nama lama sebelum 2012",
                       "Unknown PMKS type " + quoted(input) +
                           ": not an order number 1-26, a slug, an official name (Indonesian or "
                           "English), or a pre-2012 name"};
}

// --- Rule evaluation ---------------------------------------------------------------------

std::optional<RuleViolation> checkSubject(const PmksType& type, int ageYears,
                                          std::optional<Sex> sex) {
  const AgeRule& age = type.ageRule;
  if (!age.isUnbounded()) {
    const LocalizedText rule = age.describe();
    const std::string ageText = std::to_string(ageYears);
    if (ageYears < 0) {
      return RuleViolation{RuleViolationCode::AgeInvalid,
                           {type.name.id + ": usia tidak sah (usia: " + ageText + ")",
                            type.name.en + ": invalid age (age: " + ageText + ")"}};
    }
    if (!age.admitsAge(ageYears)) {
      const bool tooLow =
          age.min && (age.min->inclusive ? ageYears < age.min->years : ageYears <= age.min->years);
      return RuleViolation{tooLow ? RuleViolationCode::AgeTooLow : RuleViolationCode::AgeTooHigh,
                           {type.name.id + " harus " + rule.id + " (usia: " + ageText + ")",
                            type.name.en + " must " + rule.en + " (age: " + ageText + ")"}};
    }
  }
  if (!type.sexRule.admits(sex)) {
    const bool female = type.sexRule.only == Sex::Female;
    return RuleViolation{RuleViolationCode::SexNotAllowed,
                         {type.name.id + " hanya untuk " + (female ? "perempuan" : "laki-laki") +
                              " (jenis kelamin: " + sexText(sex, false) + ")",
                          type.name.en + " is for " + (female ? "women" : "men") +
                              " only (sex: " + sexText(sex, true) + ")"}};
  }
  return std::nullopt;
}

std::optional<RuleViolation> checkCriteria(const PmksType& type,
                                           const std::vector<std::string>& tickedKeys) {
  std::set<std::string_view> ticked;
  for (const std::string& key : tickedKeys) {
    if (!type.findCriterion(key)) {
      return RuleViolation{RuleViolationCode::UnknownCriterion,
                           {"Kriteria " + quoted(key) + " tidak dikenal untuk " + type.name.id,
                            "Unknown criterion " + quoted(key) + " for " + type.name.en}};
    }
    ticked.insert(key);
  }
  if (type.connective == CriteriaConnective::Any) {
    if (ticked.empty()) {
      return RuleViolation{RuleViolationCode::CriteriaNotMet,
                           {type.name.id + ": paling sedikit satu kriteria harus dipenuhi",
                            type.name.en + ": at least one criterion must be met"}};
    }
    return std::nullopt;
  }
  std::vector<std::string> missingId;
  std::vector<std::string> missingEn;
  for (const Criterion& criterion : type.criteria) {
    if (!ticked.contains(criterion.key)) {
      missingId.push_back(criterion.text.id);
      missingEn.push_back(criterion.text.en);
    }
  }
  if (missingId.empty()) {
    return std::nullopt;
  }
  return RuleViolation{
      RuleViolationCode::CriteriaNotMet,
      {type.name.id + ": semua kriteria harus dipenuhi; belum: " + joined(missingId, "; "),
       type.name.en + ": every criterion must be met; missing: " + joined(missingEn, "; ")}};
}

std::optional<RuleViolation> checkDisabilityKinds(const PmksType& type,
                                                  const std::vector<std::string>& kindSlugs) {
  if (!type.needsDisabilityKinds) {
    if (!kindSlugs.empty()) {
      return RuleViolation{RuleViolationCode::DisabilityKindNotApplicable,
                           {type.name.id + " tidak mencatat ragam disabilitas",
                            type.name.en + " does not record disability kinds"}};
    }
    return std::nullopt;
  }
  for (const std::string& slug : kindSlugs) {
    const auto& kinds = disabilityKinds();
    const bool known = std::any_of(kinds.begin(), kinds.end(),
                                   [&slug](const DisabilityKind& k) { return k.slug == slug; });
    if (!known) {
      return RuleViolation{RuleViolationCode::UnknownDisabilityKind,
                           {"Ragam disabilitas " + quoted(slug) + " tidak dikenal",
                            "Unknown disability kind " + quoted(slug)}};
    }
  }
  if (kindSlugs.empty()) {
    return RuleViolation{RuleViolationCode::DisabilityKindMissing,
                         {type.name.id + " harus mencatat paling sedikit satu ragam disabilitas",
                          type.name.en + " must record at least one disability kind"}};
  }
  return std::nullopt;
}

} // namespace simpul::domain
