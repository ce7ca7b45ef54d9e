// PmksService.ImportRecords. Rows are parsed as they arrive (import_row.h) and written in
// batches of kBatchRows, one write transaction per batch, each row under its own savepoint:
// a row the store refuses is rolled back alone and reported, the others stay. Re-importing
// a file creates nothing twice because RecordStore reports an existing record (same
// subject, type and period) instead of writing it, also for a repeat within the file.

#include "import_records.h"

#include "import_row.h"
#include "recap_counts.h"
#include "record_store.h"
#include "server/api_error.h"
#include "server/call.h"
#include "storage/database.h"
#include "storage/store.h"

#include <algorithm>
#include <chrono>

namespace simpul::pmks {

using server::ApiError;

namespace {

// One write transaction per batch. Large on purpose: every commit writes each index page the
// batch touched into the WAL, and random keys (NIKs) touch pages all over the indexes, so
// small batches write the same pages again and again (measured: at 500 rows most of the
// import's time went to pwrite). 10,000 rows hold the writer for about a second; other
// writers wait for it (StoreOptions::writerWait).
constexpr std::size_t kBatchRows = 10000;
constexpr int kMaxErrors = 10000;
constexpr const char* kMethod = "/simpul.pmks.v1.PmksService/ImportRecords";
constexpr const char* kImportPermission = "pmks.record.import";

struct Target {
  Status status;
  const char* stepPermission; // what it takes to import records in this status
};

// A PSM imports drafts only; a record imported past DRAFT skips the steps of the workflow,
// which is Dinas Sosial's historical data entry (pmks.record.validate), whatever the status.

Target targetOf(v1::RecordStatus status) {
  switch (status) {
  case v1::RECORD_STATUS_UNSPECIFIED:
  case v1::RECORD_STATUS_DRAFT:
    return {Status::Draft, "pmks.record.write"};
  case v1::RECORD_STATUS_SUBMITTED:
    return {Status::Submitted, "pmks.record.validate"};
  case v1::RECORD_STATUS_VERIFIED:
    return {Status::Verified, "pmks.record.validate"};
  case v1::RECORD_STATUS_VALIDATED:
    return {Status::Validated, "pmks.record.validate"};
  default:
    throw ApiError::invalidArgument(
        "options.target_status", "BAD_TARGET_STATUS",
        "Status tujuan impor harus DRAFT, SUBMITTED, VERIFIED atau VALIDATED.",
        "The import's target status must be DRAFT, SUBMITTED, VERIFIED or VALIDATED.");
  }
}

class Importer {
public:
  Importer(server::Host& host, RecordStore& store, const server::Principal& who,
           const v1::ImportOptions& options, v1::ImportRecordsResponse& response)
      : m_host(host), m_store(store), m_who(who), m_target(targetOf(options.target_status())),
        m_template({options.columns().begin(), options.columns().end()}), m_response(response) {
    const auto now = std::chrono::floor<std::chrono::days>(m_host.now());
    const std::chrono::year_month_day ymd(now);
    m_today = domain::CivilDate{static_cast<int>(ymd.year()),
                                static_cast<int>(static_cast<unsigned>(ymd.month())),
                                static_cast<int>(static_cast<unsigned>(ymd.day()))};
  }

  void add(const v1::ImportRow& row) {
    m_response.set_rows_read(m_response.rows_read() + 1);
    const std::vector<std::string> values(row.values().begin(), row.values().end());
    auto parsed = m_template.parse(row.line(), values, m_today);
    if (!parsed) {
      fail(parsed.error());
    } else if (!m_who.holdsAt(kImportPermission, parsed->record.wilayahCode) ||
               !m_who.holdsAt(m_target.stepPermission, parsed->record.wilayahCode)) {
      // About the caller's own rights only: nothing is said about records there.
      fail({row.line(), "kode_wilayah", "OUT_OF_SCOPE",
            "Desa/kelurahan ini di luar wilayah kewenangan Anda untuk impor ke status ini.",
            "This desa/kelurahan is outside where you may import records into this status."});
    } else {
      m_pending.push_back({row.line(), std::move(parsed).value()});
    }
    if (m_pending.size() >= kBatchRows) {
      flush();
    }
  }

  // Writes the pending rows and reports the batch's errors in line order.
  void flush() {
    if (!m_pending.empty()) {
      m_host.store().write([&](storage::Database& tx) { writeBatch(tx); });
      m_pending.clear();
    }
    std::stable_sort(
        m_batchErrors.begin(), m_batchErrors.end(),
        [](const ImportRowError& a, const ImportRowError& b) { return a.line < b.line; });
    for (const auto& error : m_batchErrors) {
      if (m_response.errors_size() >= kMaxErrors) {
        m_response.set_errors_truncated(true);
        break;
      }
      auto* out = m_response.add_errors();
      out->set_line(error.line);
      out->set_column(error.column);
      out->set_reason(error.reason);
      out->set_message_id(error.messageId);
      out->set_message_en(error.messageEn);
    }
    m_batchErrors.clear();
  }

private:
  struct Pending {
    int line;
    ImportRowInput input;
  };

  void fail(ImportRowError error) {
    m_response.set_rows_failed(m_response.rows_failed() + 1);
    m_batchErrors.push_back(std::move(error));
  }

  void writeBatch(storage::Database& tx) {
    // Counted here and added after the commit: a batch that fails as a whole counts nothing.
    int created = 0;
    int existing = 0;
    int persons = 0;
    int legacy = 0;
    std::vector<ImportRowError> refused;
    // Prepared (and kept by the connection), not exec'd: exec parses the text every time.
    auto savepoint = tx.prepare("SAVEPOINT pmks_import_row");
    auto release = tx.prepare("RELEASE pmks_import_row");
    auto rollback = tx.prepare("ROLLBACK TO pmks_import_row");
    RecapDeltas recap; // written once per batch, below, in this transaction
    for (const auto& row : m_pending) {
      savepoint.run();
      try {
        const InsertOutcome outcome =
            m_store.insert(tx, m_who, row.input.record, m_target.status,
                           DuplicatePolicy::ReportExisting, kMethod, &recap);
        release.run();
        (outcome.existed ? existing : created) += 1;
        persons += outcome.personCreated ? 1 : 0;
        legacy += row.input.legacyReviewAdvised ? 1 : 0;
      } catch (const ApiError& e) {
        rollback.run();
        release.run();
        refused.push_back(importRowError(row.line, e));
      }
    }
    recap.apply(tx);
    m_response.set_records_created(m_response.records_created() + created);
    m_response.set_records_existing(m_response.records_existing() + existing);
    m_response.set_persons_created(m_response.persons_created() + persons);
    m_response.set_legacy_review_advised(m_response.legacy_review_advised() + legacy);
    for (auto& error : refused) {
      fail(std::move(error));
    }
  }

  server::Host& m_host;
  RecordStore& m_store;
  const server::Principal& m_who;
  Target m_target;
  ImportTemplate m_template;
  v1::ImportRecordsResponse& m_response;
  domain::CivilDate m_today;
  std::vector<Pending> m_pending;
  std::vector<ImportRowError> m_batchErrors;
};

} // namespace

grpc::Status importRecords(server::Host& host, RecordStore& store, grpc::ServerContext* context,
                           grpc::ServerReader<v1::ImportRecordsRequest>* reader,
                           v1::ImportRecordsResponse* response) {
  return server::serve(host, context, [&](const server::Principal& who) {
    v1::ImportRecordsRequest request;
    if (!reader->Read(&request) || !request.has_options()) {
      throw ApiError::invalidArgument("options", "OPTIONS_FIRST",
                                      "Pesan pertama impor harus berisi opsi dan kolom berkas.",
                                      "The import's first message must carry the options and "
                                      "the file's columns.");
    }
    const v1::ImportOptions options = request.options();
    const Target target = targetOf(options.target_status());
    if (!who.holdsAnywhere(kImportPermission)) {
      throw ApiError::permissionDenied(kImportPermission);
    }
    if (!who.holdsAnywhere(target.stepPermission)) {
      throw ApiError::permissionDenied(target.stepPermission);
    }
    Importer importer(host, store, who, options, *response);
    while (reader->Read(&request)) {
      if (!request.has_rows()) {
        throw ApiError::invalidArgument("options", "OPTIONS_FIRST",
                                        "Opsi impor hanya boleh di pesan pertama.",
                                        "The import options belong in the first message only.");
      }
      for (const auto& row : request.rows().rows()) {
        importer.add(row);
      }
    }
    importer.flush();
  });
}

} // namespace simpul::pmks
