// Raw sqlite3 helpers (sqlite_util.h) and the row writer shared by rawInsert and
// writeDatabase.

#include "sqlite_util.h"

#include <chrono>

namespace simpul::bench::sql {

Db::Db(const std::string& path, int flags) {
  if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
    const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
    sqlite3_close(m_db);
    m_db = nullptr;
    throw std::runtime_error("cannot open " + path + ": " + message);
  }
  sqlite3_busy_timeout(m_db, 10000);
}

Db::~Db() {
  sqlite3_close(m_db);
}

void Db::fail(const std::string& what) const {
  throw std::runtime_error(what + ": " + sqlite3_errmsg(m_db));
}

void Db::exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : "?";
    sqlite3_free(error);
    throw std::runtime_error(sql.substr(0, 80) + ": " + message);
  }
}

std::int64_t Db::scalar(const std::string& sql, std::int64_t fallback) {
  Stmt stmt(*this, sql);
  return stmt.step() ? sqlite3_column_int64(stmt.get(), 0) : fallback;
}

Stmt::Stmt(Db& db, const std::string& sql) : m_db(db) {
  if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &m_stmt, nullptr) != SQLITE_OK) {
    db.fail("prepare " + sql.substr(0, 60));
  }
}

Stmt::~Stmt() {
  sqlite3_finalize(m_stmt);
}

bool Stmt::step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc != SQLITE_DONE) {
    m_db.fail("step");
  }
  return false;
}

void Stmt::run() {
  const int rc = sqlite3_step(m_stmt);
  sqlite3_reset(m_stmt);
  if (rc != SQLITE_DONE) {
    m_db.fail("insert");
  }
}

std::int64_t benchUserId(Db& db) {
  const std::int64_t dinsos = db.scalar("SELECT id FROM core_users WHERE username = 'dinsos'", -1);
  return dinsos >= 0 ? dinsos : db.scalar("SELECT min(id) FROM core_users", 1);
}

std::string etag(std::uint64_t& state) {
  // xorshift64*: cheap, deterministic, 16 hex digits like server::newEtag().
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  std::uint64_t value = state * 0x2545F4914F6CDD1DULL;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kHex[value & 0xf];
    value >>= 4;
  }
  return out;
}

// The best settings found for the raw baseline (1M rows into template.db with every index
// of the real migrations present; 2 cores shared with other work, so +-15%):
// - journal_mode=WAL, synchronous=NORMAL: what the product uses (durable at checkpoints);
//   journal_mode=DELETE was slower (7.8k rows/s);
// - cache_size=-262144 (256 MiB): the random NIK and subject_key index pages stay in memory
//   (the default 2 MiB cache: 5.4k rows/s; 1 GiB: no better than 256 MiB);
// - wal_autocheckpoint=100000 pages: a page dirtied by several transactions is copied back
//   once (12.2k rows/s against 9.6k with 10000 and about 10.6k with mmap_size=1 GiB);
// - temp_store=MEMORY; foreign_keys left OFF (SQLite's default: the product checks them,
//   the baseline does not need to).
// The cost is the random-order index inserts (NIK, subject_key), whose pages every
// 10k-row transaction writes again; the CPU time alone is about 32 s for 1M rows.
void applyFastSettings(Db& db) {
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("PRAGMA synchronous=NORMAL");
  db.exec("PRAGMA cache_size=-262144");
  db.exec("PRAGMA temp_store=MEMORY");
  db.exec("PRAGMA foreign_keys=OFF");
  db.exec("PRAGMA wal_autocheckpoint=100000");
}

RowWriter::RowWriter(Db& db, std::int64_t userId, bool withPersons)
    : m_person(db, "INSERT INTO core_persons (nik, no_kk, full_name, sex, birth_date, "
                   "birth_place, wilayah_code, dusun, rw, rt, street, etag, create_time_ms, "
                   "update_time_ms, created_by) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, '', ?6, ?7, ?8, ?9, '', ?10, ?11, ?11, ?12)"),
      m_record(db, "INSERT INTO pmks_records (pmks_type, period, subject_key, person_id, no_kk, "
                   "community_name, wilayah_code, dusun, rw, rt, dasawisma_group_id, "
                   "collected_by, criteria, disability_kinds, disaster_event, notes, attachments, "
                   "status, sex, sensitive, etag, create_time_ms, update_time_ms, created_by) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, '', ?6, ?7, ?8, ?9, NULL, ?10, '', ?11, '', '', "
                   "'', ?12, ?13, ?14, ?15, ?16, ?16, ?10)"),
      m_userId(userId), m_withPersons(withPersons),
      m_nowMs(std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::system_clock::now().time_since_epoch())
                  .count()) {}

void RowWriter::write(const GenRow& row) {
  if (m_withPersons && (row.newPerson || m_personId == 0)) {
    const std::string tag = etag(m_etagState);
    m_person.text(1, row.nik);
    m_person.text(2, row.noKk);
    m_person.text(3, row.name);
    m_person.integer(4, row.sex);
    m_person.text(5, row.birthDate);
    m_person.text(6, row.desaCode);
    m_person.text(7, row.dusun);
    m_person.text(8, row.rw);
    m_person.text(9, row.rt);
    m_person.text(10, tag);
    m_person.integer(11, m_nowMs);
    m_person.integer(12, m_userId);
    m_person.run();
    m_personId = sqlite3_last_insert_rowid(sqlite3_db_handle(m_person.get()));
    ++m_persons;
  }
  const std::string subject = row.subjectKey();
  const std::string tag = etag(m_etagState);
  const std::string period = row.period;
  m_record.integer(1, row.pmksType);
  m_record.text(2, period);
  m_record.text(3, subject);
  if (m_withPersons) {
    m_record.integer(4, m_personId);
  } else {
    sqlite3_bind_null(m_record.get(), 4);
  }
  m_record.text(5, row.noKk);
  m_record.text(6, row.desaCode);
  m_record.text(7, row.dusun);
  m_record.text(8, row.rw);
  m_record.text(9, row.rt);
  m_record.integer(10, m_userId);
  m_record.text(11, row.disability);
  m_record.integer(12, row.status);
  m_record.integer(13, row.sex);
  m_record.integer(14, row.sensitive ? 1 : 0);
  m_record.text(15, tag);
  m_record.integer(16, m_nowMs);
  m_record.run();
}

} // namespace simpul::bench::sql
