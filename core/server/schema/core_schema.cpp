#include "server/schema/core_schema.h"

namespace simpul::server {

namespace {

// Step 1. Never edit it once released: a change is a new step.
constexpr const char* kCoreV1 = R"sql(
CREATE TABLE core_wilayah (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  parent_code TEXT REFERENCES core_wilayah (code),
  type        TEXT NOT NULL,
  -- lowercase name without a leading "kabupaten "/"kota "/"kab. ", for prefix search
  search_name TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX core_wilayah_by_parent ON core_wilayah (parent_code, code);
CREATE INDEX core_wilayah_by_search_name ON core_wilayah (search_name, code);

CREATE TABLE core_users (
  id             INTEGER PRIMARY KEY,
  username       TEXT NOT NULL UNIQUE,
  display_name   TEXT NOT NULL DEFAULT '',
  password_hash  TEXT NOT NULL,
  disabled       INTEGER NOT NULL DEFAULT 0,
  etag           TEXT NOT NULL,
  create_time_ms INTEGER NOT NULL,
  update_time_ms INTEGER NOT NULL
);

CREATE TABLE core_permissions (
  name           TEXT PRIMARY KEY,
  module         TEXT NOT NULL,
  description_id TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE core_roles (
  name            TEXT PRIMARY KEY,
  description_id  TEXT NOT NULL,
  description_en  TEXT NOT NULL,
  -- 1 for admin: every permission, present and future (plugins' included)
  all_permissions INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE core_role_permissions (
  role       TEXT NOT NULL REFERENCES core_roles (name) ON DELETE CASCADE,
  permission TEXT NOT NULL REFERENCES core_permissions (name) ON DELETE CASCADE,
  PRIMARY KEY (role, permission)
) WITHOUT ROWID;

CREATE TABLE core_role_bindings (
  id             INTEGER PRIMARY KEY,
  user_id        INTEGER NOT NULL REFERENCES core_users (id) ON DELETE CASCADE,
  role           TEXT NOT NULL REFERENCES core_roles (name),
  wilayah_code   TEXT REFERENCES core_wilayah (code), -- NULL = everywhere
  create_time_ms INTEGER NOT NULL
);
CREATE UNIQUE INDEX core_role_bindings_unique
  ON core_role_bindings (user_id, role, ifnull(wilayah_code, ''));

CREATE TABLE core_sessions (
  token_hash     TEXT PRIMARY KEY, -- hex SHA-256 of the token; the token itself is never stored
  user_id        INTEGER NOT NULL REFERENCES core_users (id) ON DELETE CASCADE,
  create_time_ms INTEGER NOT NULL,
  expire_time_ms INTEGER NOT NULL,
  revoked        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX core_sessions_by_user ON core_sessions (user_id);

-- Creates made safe to retry: the resource a (user, method, request_id) created.
CREATE TABLE core_requests (
  user_id        INTEGER NOT NULL,
  method         TEXT NOT NULL,
  request_id     TEXT NOT NULL,
  resource       TEXT NOT NULL,
  create_time_ms INTEGER NOT NULL,
  PRIMARY KEY (user_id, method, request_id)
) WITHOUT ROWID;

CREATE TABLE core_persons (
  id             INTEGER PRIMARY KEY,
  nik            TEXT NOT NULL UNIQUE,
  no_kk          TEXT NOT NULL DEFAULT '',
  full_name      TEXT NOT NULL,
  sex            INTEGER NOT NULL DEFAULT 0,
  birth_date     TEXT, -- ISO 8601 date
  birth_place    TEXT NOT NULL DEFAULT '',
  wilayah_code   TEXT NOT NULL REFERENCES core_wilayah (code), -- desa/kelurahan of the address
  dusun          TEXT NOT NULL DEFAULT '',
  rw             TEXT NOT NULL DEFAULT '',
  rt             TEXT NOT NULL DEFAULT '',
  street         TEXT NOT NULL DEFAULT '',
  etag           TEXT NOT NULL,
  create_time_ms INTEGER NOT NULL,
  update_time_ms INTEGER NOT NULL,
  created_by     INTEGER REFERENCES core_users (id)
);
CREATE INDEX core_persons_by_wilayah ON core_persons (wilayah_code, id);

CREATE TABLE core_audit (
  sequence       INTEGER PRIMARY KEY,
  time_ms        INTEGER NOT NULL,
  actor          TEXT NOT NULL,
  method         TEXT NOT NULL,
  resource       TEXT NOT NULL,
  changed_fields TEXT NOT NULL, -- comma-separated names
  wilayah_code   TEXT NOT NULL DEFAULT '',
  previous_hash  TEXT NOT NULL,
  hash           TEXT NOT NULL
);
CREATE INDEX core_audit_by_resource ON core_audit (resource, sequence);
CREATE INDEX core_audit_by_wilayah ON core_audit (wilayah_code, sequence);
-- Append-only against mistakes; the hash chain is what catches a deliberate edit.
CREATE TRIGGER core_audit_no_update BEFORE UPDATE ON core_audit
  BEGIN SELECT RAISE(ABORT, 'core_audit is append-only'); END;
CREATE TRIGGER core_audit_no_delete BEFORE DELETE ON core_audit
  BEGIN SELECT RAISE(ABORT, 'core_audit is append-only'); END;

-- Content-addressed files, kept in the database so that a backup holds them too.
CREATE TABLE core_attachments (
  sha256         TEXT PRIMARY KEY,
  size_bytes     INTEGER NOT NULL,
  content_type   TEXT NOT NULL,
  filename       TEXT NOT NULL,
  create_time_ms INTEGER NOT NULL,
  created_by     INTEGER REFERENCES core_users (id)
) WITHOUT ROWID;
CREATE TABLE core_attachment_chunks (
  sha256 TEXT NOT NULL REFERENCES core_attachments (sha256) ON DELETE CASCADE,
  seq    INTEGER NOT NULL,
  data   BLOB NOT NULL,
  PRIMARY KEY (sha256, seq)
) WITHOUT ROWID;

CREATE TABLE core_inbox (
  id             INTEGER PRIMARY KEY,
  module         TEXT NOT NULL,
  kind           TEXT NOT NULL,
  resource       TEXT NOT NULL,
  wilayah_code   TEXT NOT NULL DEFAULT '',
  permission     TEXT NOT NULL,
  title_id       TEXT NOT NULL,
  title_en       TEXT NOT NULL,
  create_time_ms INTEGER NOT NULL,
  due_time_ms    INTEGER,
  closed_time_ms INTEGER,
  UNIQUE (module, kind, resource)
);
CREATE INDEX core_inbox_open ON core_inbox (permission, wilayah_code, id)
  WHERE closed_time_ms IS NULL;

INSERT INTO core_permissions (name, module, description_id, description_en) VALUES
  ('core.user.manage', 'core', 'Mengelola pengguna dan peran', 'Manage users and roles'),
  ('core.person.read', 'core', 'Melihat data penduduk', 'Read persons'),
  ('core.person.write', 'core', 'Menambah dan mengubah data penduduk', 'Create and update persons'),
  ('core.person.read_nik', 'core', 'Melihat NIK lengkap', 'See full NIKs'),
  ('core.audit.read', 'core', 'Melihat jejak audit', 'Read the audit log'),
  ('core.audit.verify', 'core', 'Memeriksa keutuhan jejak audit', 'Verify the audit chain'),
  ('core.attachment.read', 'core', 'Mengunduh lampiran', 'Download attachments'),
  ('core.attachment.write', 'core', 'Mengunggah lampiran', 'Upload attachments'),
  ('core.backup.create', 'core', 'Membuat cadangan basis data', 'Back up the database');

INSERT INTO core_roles (name, description_id, description_en, all_permissions) VALUES
  ('admin', 'Administrator sistem', 'System administrator', 1),
  ('dinsos', 'Petugas Dinas Sosial', 'Dinas Sosial officer', 0),
  ('tksk', 'Tenaga Kesejahteraan Sosial Kecamatan', 'Kecamatan social welfare worker', 0),
  ('ipsm_pengurus', 'Pengurus IPSM', 'IPSM board member', 0),
  ('kepala_desa', 'Kepala Desa/Lurah', 'Village head', 0),
  ('psm', 'Pekerja Sosial Masyarakat', 'Community social worker', 0),
  ('viewer', 'Hanya melihat', 'Read only', 0);

INSERT INTO core_role_permissions (role, permission) VALUES
  ('dinsos', 'core.user.manage'), ('dinsos', 'core.person.read'),
  ('dinsos', 'core.person.write'), ('dinsos', 'core.person.read_nik'),
  ('dinsos', 'core.audit.read'), ('dinsos', 'core.attachment.read'),
  ('dinsos', 'core.attachment.write'),
  ('tksk', 'core.person.read'), ('tksk', 'core.person.write'),
  ('tksk', 'core.person.read_nik'), ('tksk', 'core.audit.read'),
  ('tksk', 'core.attachment.read'), ('tksk', 'core.attachment.write'),
  ('ipsm_pengurus', 'core.person.read'), ('ipsm_pengurus', 'core.attachment.read'),
  ('ipsm_pengurus', 'core.attachment.write'),
  ('kepala_desa', 'core.person.read'), ('kepala_desa', 'core.person.read_nik'),
  ('kepala_desa', 'core.audit.read'), ('kepala_desa', 'core.attachment.read'),
  ('psm', 'core.person.read'), ('psm', 'core.person.write'),
  ('psm', 'core.attachment.read'), ('psm', 'core.attachment.write'),
  ('viewer', 'core.person.read'), ('viewer', 'core.attachment.read');
)sql";

} // namespace

storage::ModuleSchema coreSchema() {
  return storage::ModuleSchema{"core",
                               {
                                   {1, "core tables, permissions and default roles", kCoreV1},
                               }};
}

} // namespace simpul::server
