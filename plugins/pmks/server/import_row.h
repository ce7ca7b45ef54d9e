#pragma once

// The import template: which file column is which field, and one row of text turned into a
// RecordInput or into the reason it cannot be one. Pure (no database): whatever needs the
// registry or the wilayah list is checked by RecordStore::insert, whose errors are mapped
// back to template columns here too.

#include "domain/civil_date.h"
#include "domain/result.h"
#include "record_store.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace simpul::server {
class ApiError;
}

namespace simpul::pmks {

// One bad row, as ImportRecordsResponse.errors reports it. Never quotes a cell's value.
struct ImportRowError {
  int line = 0;
  std::string column; // a template column ("tanggal_lahir"); empty for the whole row
  std::string reason; // stable code: "BAD_DATE", "UNKNOWN_TYPE", "RULE_AGE", ...
  std::string messageId;
  std::string messageEn;
};

struct ImportRowInput {
  RecordInput record;
  bool legacyReviewAdvised = false; // jenis_pmks was a pre-2012 name mapped by judgement
};

class ImportTemplate {
public:
  enum Column {
    Nik,
    NoKk,
    Nama,
    JenisKelamin,
    TanggalLahir,
    KodeWilayah,
    Dusun,
    Rw,
    Rt,
    JenisPmks,
    JenisDisabilitas,
    Periode,
    Keterangan,
    ColumnCount
  };
  static const char* columnName(Column column);

  // Finds the template's columns in a file's header (any order, any case, blanks trimmed;
  // unknown columns ignored). Throws ApiError(INVALID_ARGUMENT, "options.columns",
  // "MISSING_COLUMN") naming the first required column that is not there.
  explicit ImportTemplate(const std::vector<std::string>& header);

  // One row (values in header order, possibly fewer). `today` judges NIK birth dates.
  domain::Result<ImportRowInput, ImportRowError>
  parse(int line, const std::vector<std::string>& values, const domain::CivilDate& today) const;

private:
  std::array<int, ColumnCount> m_index{}; // position in the row; -1 when the file has none
};

// A refusal from RecordStore::insert (or the registry behind it) as a row error on the
// template column its field names ("record.subject.birth_date" -> "tanggal_lahir").
ImportRowError importRowError(int line, const server::ApiError& error);

// The template column for a "record.<path>" or "person.<path>" field; "" for the whole row.
std::string templateColumnOfField(const std::string& field);

} // namespace simpul::pmks
