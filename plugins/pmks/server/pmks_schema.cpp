#include "pmks_schema.h"

#include "dasawisma_schema.h"

namespace simpul::pmks {

namespace {

// subject_key is what makes two records the same record: the NIK for person and event types,
// "kk:<no_kk>" for family types, "kat:<desa>:<folded name>" for type 26. Sex is copied from
// the person so the recap can count without reading core_persons.
constexpr const char* kCreateRecords = R"sql(
CREATE TABLE pmks_records (
  id                 INTEGER PRIMARY KEY,
  pmks_type          INTEGER NOT NULL CHECK (pmks_type BETWEEN 1 AND 26),
  period             TEXT NOT NULL,
  subject_key        TEXT NOT NULL,
  person_id          INTEGER REFERENCES core_persons (id),
  no_kk              TEXT NOT NULL DEFAULT '',
  community_name     TEXT NOT NULL DEFAULT '',
  wilayah_code       TEXT NOT NULL REFERENCES core_wilayah (code),
  dusun              TEXT NOT NULL DEFAULT '',
  rw                 TEXT NOT NULL DEFAULT '',
  rt                 TEXT NOT NULL DEFAULT '',
  dasawisma_group_id INTEGER,
  collected_by       INTEGER NOT NULL REFERENCES core_users (id),
  criteria           TEXT NOT NULL DEFAULT '', -- keys joined by ','
  disability_kinds   TEXT NOT NULL DEFAULT '', -- slugs joined by ','
  disaster_event     TEXT NOT NULL DEFAULT '',
  notes              TEXT NOT NULL DEFAULT '',
  attachments        TEXT NOT NULL DEFAULT '', -- names joined by '\n'
  status             INTEGER NOT NULL CHECK (status BETWEEN 1 AND 5),
  return_reason      TEXT NOT NULL DEFAULT '',
  sex                INTEGER NOT NULL DEFAULT 0,
  sensitive          INTEGER NOT NULL DEFAULT 0,
  etag               TEXT NOT NULL,
  create_time_ms     INTEGER NOT NULL,
  update_time_ms     INTEGER NOT NULL,
  created_by         INTEGER REFERENCES core_users (id),
  UNIQUE (subject_key, pmks_type, period)
);
CREATE INDEX pmks_records_by_wilayah ON pmks_records (wilayah_code, id);
CREATE INDEX pmks_records_by_person ON pmks_records (person_id);

CREATE TABLE pmks_record_history (
  id          INTEGER PRIMARY KEY,
  record_id   INTEGER NOT NULL REFERENCES pmks_records (id),
  from_status INTEGER NOT NULL, -- 0 when the record was created
  to_status   INTEGER NOT NULL,
  actor_id    INTEGER REFERENCES core_users (id),
  actor       TEXT NOT NULL,
  time_ms     INTEGER NOT NULL,
  reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pmks_record_history_by_record ON pmks_record_history (record_id, id);

-- Kept in the same transaction as every record change, for the desa and each ancestor, so a
-- recap reads only the rows of its answer.
CREATE TABLE pmks_recap_counts (
  period       TEXT NOT NULL,
  level        INTEGER NOT NULL,
  wilayah_code TEXT NOT NULL,
  pmks_type    INTEGER NOT NULL,
  status       INTEGER NOT NULL,
  sex          INTEGER NOT NULL,
  n            INTEGER NOT NULL,
  PRIMARY KEY (period, wilayah_code, pmks_type, status, sex)
) WITHOUT ROWID;
CREATE INDEX pmks_recap_counts_by_level ON pmks_recap_counts (period, level, wilayah_code);
)sql";

} // namespace

std::vector<sdk::Migration> pmksMigrations() {
  return {{1, QStringLiteral("create records, history and recap counts"),
           QString::fromUtf8(kCreateRecords)},
          dasawismaMigration()};
}

} // namespace simpul::pmks
