#pragma once

// Deterministic synthetic PMKS data for the benchmarks (issue 6): persons with valid NIKs
// living in the real desa of one provinsi, and PMKS records spread like real data (mostly
// fakir miskin, then lanjut usia, disabilitas, anak...), every row passing the type's rules so
// that `simpulctl pmks import` accepts it. Rows are produced one at a time (streaming), so any
// size from 10 thousand to 10 million rows works without holding them in memory.
// Synthetic data only: no real person is described.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace simpul::bench {

struct GenOptions {
  std::string wilayahCsv, namesCsv;
  std::string provinsi = "32";
  std::int64_t rows = 0; // records (CSV rows) to produce
  std::uint64_t seed = 1;
  // Database mode (writeDatabase): periods 2024 and 2025 and some records in other statuses.
  // Off: every row is period 2025, VALIDATED (what a Dinsos import stores).
  bool mixedPeriodsAndStatuses = false;
  // Database mode: also the persons (core_persons, pmks_records.person_id) and each record's
  // history row. Off: records and recap counts only, for a database that only the recap
  // benchmark reads (GetRecap reads pmks_recap_counts; its baseline, pmks_records).
  bool withPersons = true;
};

// The product's record status numbers (plugins/pmks/server/record_store.h, pmks.proto).
inline constexpr int kStatusDraft = 1;
inline constexpr int kStatusSubmitted = 2;
inline constexpr int kStatusVerified = 3;
inline constexpr int kStatusValidated = 4;
inline constexpr int kStatusReturned = 5;

// One record: all that `simpulctl pmks import` reads from a CSV row, plus what a raw insert
// needs. A person with two records comes as two consecutive rows; the second has
// newPerson == false and the same person fields.
struct GenRow {
  std::int64_t personIndex = 0; // 0-based, increasing; the same for a person's rows
  bool newPerson = true;        // first row of this person
  std::string nik;              // 16 digits
  std::string noKk;             // 16 digits for family types (24, 25), else empty
  std::string name;
  int sex = 1;            // 1 male (L), 2 female (P): the product's numbers
  std::string birthDate;  // "1980-04-17"
  std::string desaCode;   // "32.04.05.2001"
  std::string dusun;      // "Dusun 2"
  std::string rw, rt;     // "003", "011"
  int pmksType = 24;      // 1-25
  std::string disability; // a disability kind slug for types 5 and 9 ("fisik"), else empty
  std::string period;     // "2025"
  int status = kStatusValidated;
  bool sensitive = false; // the type is sensitive (14, 16)
  // "kk:<no_kk>" for family types, else the NIK (the product's subject_key).
  std::string subjectKey() const { return noKk.empty() ? nik : "kk:" + noKk; }
};

class Generator {
public:
  // Reads the wilayah and names CSVs; throws std::runtime_error when they are unreadable or
  // the provinsi has no desa.
  explicit Generator(const GenOptions& options);
  ~Generator();
  Generator(const Generator&) = delete;
  Generator& operator=(const Generator&) = delete;

  // The next row; false after options.rows rows.
  bool next(GenRow& row);

private:
  struct State;
  std::unique_ptr<State> m_state;
};

// The CSV header `simpulctl pmks import` reads, without the newline.
const char* csvHeader();
// One row in that form, without the newline.
std::string csvLine(const GenRow& row);

// The CSV header `simpulctl pmks import` reads, and one row in that form.
void writeCsv(const GenOptions& options, const std::string& path);

struct RawInsertStats {
  double seconds = 0;
  std::int64_t rows = 0;
};

// How the raw baseline's connection is set up.
enum class RawSettings {
  Tuned, // the best settings found (sqlite_util.cpp, applyFastSettings)
  Plain, // SQLite's defaults on the file as it is (WAL, set by the product): 2 MiB cache,
         // synchronous FULL, a checkpoint every 1000 pages
};

// The baseline: rows inserted straight into dbPath (a copy of template.db) as the product
// stores them (core_persons + pmks_records), prepared statements, one transaction per 10k
// rows. Times only the inserts.
RawInsertStats rawInsert(const std::string& dbPath, const std::vector<GenRow>& rows,
                         RawSettings settings = RawSettings::Tuned);

struct WriteDbStats {
  double seconds = 0;
  std::int64_t persons = 0;
  std::int64_t records = 0;
};

// A full database for the read benchmarks: templatePath copied to outPath, then
// options.rows records (periods 2024 and 2025, mostly VALIDATED) with their persons, and
// pmks_recap_counts filled consistently. Progress goes to stderr every 10%.
WriteDbStats writeDatabase(GenOptions options, const std::string& templatePath,
                           const std::string& outPath);

} // namespace simpul::bench
