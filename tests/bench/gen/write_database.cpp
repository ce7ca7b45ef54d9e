// writeDatabase (generator.h): a full database for the read benchmarks. The template is
// copied with VACUUM INTO (which also takes what is still in its WAL), the rows are loaded
// with the journal off and a large cache (the output is thrown away if the load fails), and
// pmks_recap_counts is then computed from the records with one INSERT ... SELECT ... GROUP BY
// per level, the same rows the product keeps record by record. The file ends in WAL mode, as
// the product opens it.

#include "generator.h"
#include "sqlite_util.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

namespace simpul::bench {

namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    out += c;
    if (c == '\'') {
      out += '\'';
    }
  }
  return out + "'";
}

} // namespace

WriteDbStats writeDatabase(GenOptions options, const std::string& templatePath,
                           const std::string& outPath) {
  constexpr std::int64_t kRowsPerTransaction = 100000;
  const auto start = std::chrono::steady_clock::now();
  options.mixedPeriodsAndStatuses = true;
  Generator generator(options); // reads the CSVs first: fail before writing anything
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::filesystem::remove(outPath + suffix, ignored);
  }
  {
    sql::Db source(templatePath, SQLITE_OPEN_READONLY);
    source.exec("VACUUM INTO " + quoted(outPath));
  }
  sql::Db db(outPath, SQLITE_OPEN_READWRITE);
  if (db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'pmks_records'") == 0) {
    throw std::runtime_error(templatePath +
                             " has no pmks_records table: run simpul-data on it once so that "
                             "the pmks plugin's migrations run");
  }
  db.exec("PRAGMA journal_mode=OFF");
  db.exec("PRAGMA synchronous=OFF");
  db.exec("PRAGMA locking_mode=EXCLUSIVE");
  // 2 GiB: the random-order NIK and subject_key indexes of 10M rows stay in memory.
  db.exec("PRAGMA cache_size=-2097152");
  db.exec("PRAGMA temp_store=MEMORY");
  sql::RowWriter writer(db, sql::benchUserId(db), options.withPersons);

  WriteDbStats stats;
  const std::int64_t step = std::max<std::int64_t>(1, options.rows / 10);
  GenRow row;
  db.exec("BEGIN");
  while (generator.next(row)) {
    writer.write(row);
    ++stats.records;
    if (stats.records % kRowsPerTransaction == 0) {
      db.exec("COMMIT");
      db.exec("BEGIN");
    }
    if (stats.records % step == 0) {
      std::fprintf(stderr, "simpul-benchgen: %3d%% (%lld rows, %.1f s)\n",
                   static_cast<int>(stats.records * 100 / options.rows),
                   static_cast<long long>(stats.records), secondsSince(start));
    }
  }
  db.exec("COMMIT");
  stats.persons = writer.persons();

  // The history row RecordStore adds with each record (GetRecord reads it). The audit rows
  // of the product's inserts are left out: no read benchmark looks at them.
  db.exec("BEGIN");
  if (options.withPersons) {
    db.exec("INSERT INTO pmks_record_history (record_id, from_status, to_status, actor_id, actor, "
            "time_ms, reason) SELECT r.id, 0, r.status, r.created_by, coalesce(u.username, ''), "
            "r.create_time_ms, '' FROM pmks_records r LEFT JOIN core_users u ON u.id = "
            "r.created_by ORDER BY r.id");
  }
  db.exec("COMMIT");

  // The recap counts, as RecordStore keeps them: the desa and each ancestor (the dotted
  // code's prefixes: kecamatan 8, kabupaten 5, provinsi 2 characters).
  std::fprintf(stderr, "simpul-benchgen: recap counts (%.1f s)\n", secondsSince(start));
  db.exec("BEGIN");
  db.exec("DELETE FROM pmks_recap_counts");
  db.exec("INSERT INTO pmks_recap_counts (period, level, wilayah_code, pmks_type, status, sex, "
          "n) SELECT period, 4, wilayah_code, pmks_type, status, sex, count(*) FROM "
          "pmks_records GROUP BY period, wilayah_code, pmks_type, status, sex");
  const std::pair<int, int> levels[] = {{3, 8}, {2, 5}, {1, 2}};
  for (const auto& [level, length] : levels) {
    db.exec("INSERT INTO pmks_recap_counts (period, level, wilayah_code, pmks_type, status, "
            "sex, n) SELECT period, " +
            std::to_string(level) + ", substr(wilayah_code, 1, " + std::to_string(length) +
            "), pmks_type, status, sex, sum(n) FROM pmks_recap_counts WHERE level = 4 "
            "GROUP BY period, substr(wilayah_code, 1, " +
            std::to_string(length) + "), pmks_type, status, sex");
  }
  db.exec("COMMIT");
  db.exec("PRAGMA locking_mode=NORMAL");
  db.exec("PRAGMA journal_mode=WAL");
  stats.seconds = secondsSince(start);
  std::fprintf(stderr, "simpul-benchgen: done, %lld records, %lld persons in %.1f s\n",
               static_cast<long long>(stats.records), static_cast<long long>(stats.persons),
               stats.seconds);
  return stats;
}

} // namespace simpul::bench
