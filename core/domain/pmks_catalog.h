#pragma once

// The catalogue of social-welfare types: the 26 PMKS/PPKS types of Permensos 08/2012 with
// their checkable rules, the 12 PSKS kinds, and the pre-2012 list of 22 PMKS types that
// legacy data still uses. The data is compiled into the library (it changes only with a new
// regulation, and then with a migration), so every process and plugin sees the same catalogue.
//
// Lookups return pointers into static data that lives for the whole program; nullptr means
// "not found".

#include "domain/localized_text.h"
#include "domain/result.h"
#include "domain/sex.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::domain {

// --- Labels ------------------------------------------------------------------------------

// Newer documents say PPKS (Pemerlu Pelayanan Kesejahteraan Sosial) where Permensos 08/2012
// says PMKS; users know both, so the UI shows both.
inline constexpr std::string_view kPmksPpksLabel = "PMKS / PPKS";
LocalizedText pmksPpksLabel();    // the short pair, "PMKS / PPKS" in both languages
LocalizedText pmksPpksFullName(); // both terms spelled out

// --- Rules attached to a type ------------------------------------------------------------

// Who a record of this type is about. Family records hang off a No. KK, community records
// off a wilayah, event records off a disaster event.
enum class PmksSubjectKind { Person, Family, Community, Event };

// Whether every criterion must be ticked or at least one suffices.
enum class CriteriaConnective { All, Any };

// One end of an age range, in completed years (the age on the last birthday).
struct AgeBound {
  int years = 0;
  bool inclusive = true;
};

// An age range with optional ends. The regulation words its ranges in several ways ("di bawah
// 5 tahun", "6 sampai dengan 18 tahun", "lebih dari 18 tahun"), so each end says explicitly
// whether the year itself belongs to the range.
struct AgeRule {
  std::optional<AgeBound> min;
  std::optional<AgeBound> max;

  static constexpr AgeRule anyAge() { return {}; }
  static constexpr AgeRule under(int years) { return {std::nullopt, AgeBound{years, false}}; }
  static constexpr AgeRule atLeast(int years) { return {AgeBound{years, true}, std::nullopt}; }
  static constexpr AgeRule over(int years) { return {AgeBound{years, false}, std::nullopt}; }
  // from <= age <= through
  static constexpr AgeRule fromThrough(int from, int through) {
    return {AgeBound{from, true}, AgeBound{through, true}};
  }
  // from <= age < below
  static constexpr AgeRule fromUnder(int from, int below) {
    return {AgeBound{from, true}, AgeBound{below, false}};
  }

  bool isUnbounded() const { return !min && !max; }
  bool admitsAge(int ageYears) const;
  // The rule as a phrase without subject, e.g. {"berusia di bawah 5 tahun", "be under 5
  // years old"}; empty texts for an unbounded rule.
  LocalizedText describe() const;
};

struct SexRule {
  std::optional<Sex> only; // nullopt: any sex

  // An unknown sex does not satisfy a restricted rule: the rule cannot be confirmed.
  bool admits(std::optional<Sex> sex) const { return !only || sex == only; }
};

// Disability kinds recorded for types 5 and 9 (the ragam of UU 8/2016 plus "ganda" for more
// than one). The slugs are stored in databases: never change them.
struct DisabilityKind {
  std::string slug;
  LocalizedText name;
};
const std::vector<DisabilityKind>& disabilityKinds();
// Accepts the slug, "Disabilitas Fisik", "fisik", "physical", in any case.
const DisabilityKind* parseDisabilityKind(std::string_view text);

// One line of a type's checklist. The key is stored with each record: never change it.
struct Criterion {
  std::string key;
  LocalizedText text;
};

// --- The 26 types ------------------------------------------------------------------------

struct PmksType {
  int order = 0; // 1-26, the order of Permensos 08/2012 (there are no official codes)
  // Stored in databases and APIs forever: never rename a slug, even if the official name
  // changes; add the new name to the catalogue instead.
  std::string slug;
  LocalizedText name;
  PmksSubjectKind subjectKind = PmksSubjectKind::Person;
  AgeRule ageRule;
  SexRule sexRule;
  // Records of a sensitive type are visible only to principals holding the type's
  // restricted-read permission (personal data about HIV status or minority membership).
  bool sensitive = false;
  bool needsDisabilityKinds = false;
  CriteriaConnective connective = CriteriaConnective::Any;
  std::vector<Criterion> criteria;

  const Criterion* findCriterion(std::string_view key) const;
};

// In order 1..26; element i has order i + 1.
const std::vector<PmksType>& pmksTypes();
const PmksType* findPmksTypeByOrder(int order);
const PmksType* findPmksTypeBySlug(std::string_view slug); // exact match
// The Indonesian or English name, ignoring case, punctuation and runs of whitespace.
const PmksType* findPmksTypeByName(std::string_view name);

// How resolvePmksType matched its input, so an importer can flag legacy mappings for review.
enum class PmksMatch { Order, Slug, Name, LegacyName };
struct PmksResolution {
  const PmksType* type = nullptr;
  PmksMatch matchedBy = PmksMatch::Order;
};
// For importers: accepts the order number ("24"), the slug, the current name in either
// language, or a pre-2012 name or alias, tried in that order. The error names what was tried.
Result<PmksResolution, LocalizedText> resolvePmksType(std::string_view text);

// The comparison key used by the name lookups: ASCII letters lower-cased, every other ASCII
// character a separator, separators collapsed, ends trimmed ("  HIV/AIDS " -> "hiv aids").
std::string foldCatalogName(std::string_view text);

// --- Rule evaluation ---------------------------------------------------------------------

enum class RuleViolationCode {
  AgeInvalid, // negative age for a type with an age rule
  AgeTooLow,
  AgeTooHigh,
  SexNotAllowed, // includes an unknown sex for a sex-restricted type
  UnknownCriterion,
  CriteriaNotMet,
  DisabilityKindMissing,
  DisabilityKindNotApplicable,
  UnknownDisabilityKind,
};

struct RuleViolation {
  RuleViolationCode code;
  LocalizedText reason; // names the type and the rule, e.g. "... harus berusia di bawah 5 tahun"
};

// Checks the subject's age (completed years) and sex against the type; the age rule is
// checked before the sex rule and the first violation is returned. Types without an age rule
// ignore the age (family, community and event types have none).
std::optional<RuleViolation> checkSubject(const PmksType& type, int ageYears,
                                          std::optional<Sex> sex);
// Checks the ticked criterion keys: every key must belong to the type and the connective must
// be satisfied. Duplicate keys count once.
std::optional<RuleViolation> checkCriteria(const PmksType& type,
                                           const std::vector<std::string>& tickedKeys);
// Types 5 and 9 need at least one disability kind; other types must have none.
std::optional<RuleViolation> checkDisabilityKinds(const PmksType& type,
                                                  const std::vector<std::string>& kindSlugs);

// --- PSKS --------------------------------------------------------------------------------

struct PsksType {
  int order = 0;    // 1-12, the order of Permensos 08/2012
  std::string slug; // stored in databases: never change it
  LocalizedText name;
  std::string abbreviation; // "PSM", "TKSK"...; empty where none is in use
};
const std::vector<PsksType>& psksTypes();
const PsksType* findPsksTypeBySlug(std::string_view slug); // exact match
// The Indonesian or English name or the abbreviation, folded like foldCatalogName.
const PsksType* findPsksTypeByName(std::string_view name);

// --- Pre-2012 list -----------------------------------------------------------------------

struct LegacyPmksType {
  int order = 0; // 1-22, the order of the old list
  std::string name;
  std::vector<std::string> aliases; // other spellings found in old spreadsheets
  int targetOrder = 0;              // the current type it maps to
  // The mapping is a judgement (the old type was split or has no exact successor): importers
  // should flag such records for review at verification.
  bool reviewAdvised = false;
};
const std::vector<LegacyPmksType>& legacyPmksTypes();
// By name or alias, folded like foldCatalogName.
const LegacyPmksType* findLegacyPmksType(std::string_view name);
// The current type a legacy name maps to, or nullptr.
const PmksType* mapLegacyPmksName(std::string_view name);

} // namespace simpul::domain
