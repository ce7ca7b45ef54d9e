#include "dasawisma_schema.h"

namespace simpul::pmks {

namespace {

// name_key (the folded display name) keeps two groups of the same name out of one RT. A
// candidate's person is a registry person (person_id), so the plugin keeps no NIK or name of
// its own; family and community candidates add the No. KK or the community's name.
constexpr const char* kCreateDasawisma = R"sql(
CREATE TABLE pmks_dasawisma_groups (
  id              INTEGER PRIMARY KEY,
  wilayah_code    TEXT NOT NULL REFERENCES core_wilayah (code),
  dusun           TEXT NOT NULL DEFAULT '',
  rw              TEXT NOT NULL,
  rt              TEXT NOT NULL,
  display_name    TEXT NOT NULL,
  name_key        TEXT NOT NULL,
  ketua_person_id INTEGER NOT NULL REFERENCES core_persons (id),
  households      INTEGER NOT NULL CHECK (households BETWEEN 10 AND 20),
  etag            TEXT NOT NULL,
  create_time_ms  INTEGER NOT NULL,
  update_time_ms  INTEGER NOT NULL,
  created_by      INTEGER REFERENCES core_users (id),
  UNIQUE (wilayah_code, rw, rt, name_key)
);
CREATE INDEX pmks_dasawisma_groups_by_wilayah ON pmks_dasawisma_groups (wilayah_code, id);

CREATE TABLE pmks_dasawisma_reports (
  id             INTEGER PRIMARY KEY,
  group_id       INTEGER NOT NULL REFERENCES pmks_dasawisma_groups (id),
  month          TEXT NOT NULL, -- "2025-07"
  notes          TEXT NOT NULL DEFAULT '',
  etag           TEXT NOT NULL,
  create_time_ms INTEGER NOT NULL,
  update_time_ms INTEGER NOT NULL,
  created_by     INTEGER REFERENCES core_users (id),
  UNIQUE (group_id, month)
);

CREATE TABLE pmks_dasawisma_candidates (
  id               INTEGER PRIMARY KEY,
  report_id        INTEGER NOT NULL REFERENCES pmks_dasawisma_reports (id),
  pmks_type        INTEGER NOT NULL CHECK (pmks_type BETWEEN 1 AND 26),
  person_id        INTEGER REFERENCES core_persons (id),
  no_kk            TEXT NOT NULL DEFAULT '',
  community_name   TEXT NOT NULL DEFAULT '',
  disability_kinds TEXT NOT NULL DEFAULT '', -- as given, joined by ','
  disaster_event   TEXT NOT NULL DEFAULT '',
  note             TEXT NOT NULL DEFAULT '',
  state            INTEGER NOT NULL DEFAULT 1 CHECK (state BETWEEN 1 AND 3),
  record_id        INTEGER REFERENCES pmks_records (id),
  already_recorded INTEGER NOT NULL DEFAULT 0,
  reject_reason    TEXT NOT NULL DEFAULT '',
  sensitive        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pmks_dasawisma_candidates_by_report ON pmks_dasawisma_candidates (report_id, id);
CREATE INDEX pmks_records_by_dasawisma_group ON pmks_records (dasawisma_group_id);
)sql";

} // namespace

sdk::Migration dasawismaMigration() {
  return {2, QStringLiteral("create dasawisma groups, reports and candidates"),
          QString::fromUtf8(kCreateDasawisma)};
}

} // namespace simpul::pmks
