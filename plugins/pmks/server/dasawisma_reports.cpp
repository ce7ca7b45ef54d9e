// DasawismaService: monthly reports, their candidates, and turning accepted candidates into
// DRAFT records through RecordStore.

#include "dasawisma_rows.h"
#include "dasawisma_service.h"
#include "domain/period.h"
#include "domain/pmks_catalog.h"
#include "record_rows.h"
#include "server/api_error.h"
#include "server/call.h"
#include "server/paging.h"
#include "server/request_ids.h"
#include "server/time_util.h"
#include "storage/database.h"
#include "storage/store.h"

#include <algorithm>
#include <set>

namespace simpul::pmks {

using server::ApiError;
using server::Principal;

namespace {

constexpr const char* kCreateReportMethod = "/simpul.pmks.v1.DasawismaService/CreateReport";
constexpr const char* kAcceptMethod = "/simpul.pmks.v1.DasawismaService/AcceptCandidates";
constexpr const char* kRejectMethod = "/simpul.pmks.v1.DasawismaService/RejectCandidates";

enum class CandidateState { Proposed = 1, Accepted = 2, Rejected = 3 };

bool isDigits(std::string_view text, std::size_t length) {
  return text.size() == length &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The group a report names, writable by `who` (NOT_FOUND outside pmks.dasawisma.read).
GroupRow writableGroup(storage::Database& tx, const Principal& who, std::int64_t id) {
  const auto group = findGroup(tx, id, who.scopeOf("pmks.dasawisma.read"));
  if (!group) {
    throw ApiError::notFound(groupName(id));
  }
  requireAt(who, "pmks.dasawisma.write", group->wilayahCode);
  return *group;
}

ReportRow readableReport(storage::Database& db, const Principal& who, std::int64_t id) {
  const auto report = findReport(db, id, who.scopeOf("pmks.dasawisma.read"));
  if (!report) {
    throw ApiError::notFound(reportName(id));
  }
  return *report;
}

// Checks one proposed candidate and inserts it; its person (person and family types) is
// found or created in the registry now.
void insertCandidate(server::Host& host, storage::Database& tx, const Principal& who,
                     const GroupRow& group, std::int64_t reportId, const v1::DasawismaCandidate& in,
                     const std::string& field) {
  const auto* type = domain::findPmksTypeByOrder(in.pmks_type());
  if (type == nullptr) {
    throw ApiError::invalidArgument(field + ".pmks_type", "UNKNOWN_TYPE",
                                    "Jenis PMKS harus berupa nomor 1 sampai 26.",
                                    "The PMKS type must be a number from 1 to 26.");
  }
  std::optional<std::int64_t> personId;
  const std::string noKk = in.subject().no_kk();
  std::string community;
  if (type->subjectKind == domain::PmksSubjectKind::Community) {
    community = in.subject().community_name();
    if (community.empty()) {
      throw ApiError::invalidArgument(field + ".subject.community_name", "REQUIRED",
                                      "Nama komunitas wajib diisi.",
                                      "The community's name is required.");
    }
  } else {
    if (type->subjectKind == domain::PmksSubjectKind::Family && !isDigits(noKk, 16)) {
      throw ApiError::invalidArgument(field + ".subject.no_kk", "BAD_NO_KK",
                                      "No. KK wajib diisi, 16 angka.",
                                      "The family card number (No. KK) must be 16 digits.");
    }
    server::PersonInput person = personInput(in.subject());
    person.wilayahCode = group.wilayahCode;
    person.dusun = group.dusun;
    person.rw = group.rw;
    person.rt = group.rt;
    try {
      personId = host.ensurePerson(tx, who, person, kCreateReportMethod).id;
    } catch (const ApiError& e) {
      throw relabelPersonError(e, field + ".subject");
    }
  }
  std::vector<std::string> kinds(in.disability_kinds().begin(), in.disability_kinds().end());
  auto stmt =
      tx.prepare("INSERT INTO pmks_dasawisma_candidates (report_id, pmks_type, person_id, no_kk,"
                 " community_name, disability_kinds, disaster_event, note, sensitive)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  stmt.bindAll(reportId, type->order, personId, noKk, community, joinList(kinds, ','),
               in.disaster_event(), in.note(), type->sensitive);
  stmt.run();
}

struct CandidateRow {
  std::int64_t id = 0;
  int pmksType = 0;
  std::optional<std::int64_t> personId;
  std::string noKk;
  std::string communityName;
  std::string disabilityKinds;
  std::string disasterEvent;
  std::string note;
  int state = 0;
};

// The candidates named, of this report and still PROPOSED, each once, in the given order.
std::vector<CandidateRow>
proposedCandidates(storage::Database& tx, std::int64_t reportId,
                   const google::protobuf::RepeatedField<std::int64_t>& ids) {
  if (ids.empty()) {
    throw ApiError::invalidArgument("candidate_ids", "REQUIRED", "Pilih minimal satu calon.",
                                    "Name at least one candidate.");
  }
  std::vector<CandidateRow> rows;
  std::set<std::int64_t> seen;
  auto stmt = tx.prepare("SELECT id, pmks_type, person_id, no_kk, community_name,"
                         " disability_kinds, disaster_event, note, state"
                         " FROM pmks_dasawisma_candidates WHERE id = ? AND report_id = ?");
  for (const std::int64_t id : ids) {
    if (!seen.insert(id).second) {
      continue;
    }
    stmt.reset();
    stmt.bindAll(id, reportId);
    if (!stmt.step()) {
      throw ApiError::invalidArgument("candidate_ids", "UNKNOWN_CANDIDATE",
                                      "Calon tersebut tidak ada dalam laporan ini.",
                                      "That candidate is not in this report.");
    }
    CandidateRow row{stmt.columnInt64(0), stmt.columnInt(1),  stmt.columnOptionalInt64(2),
                     stmt.columnText(3),  stmt.columnText(4), stmt.columnText(5),
                     stmt.columnText(6),  stmt.columnText(7), stmt.columnInt(8)};
    if (row.state != static_cast<int>(CandidateState::Proposed)) {
      throw ApiError::failedPrecondition("CANDIDATE_DECIDED",
                                         "Calon tersebut sudah diterima atau ditolak.",
                                         "That candidate was already accepted or rejected.");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

void touchReport(server::Host& host, storage::Database& tx, std::int64_t reportId) {
  auto stmt =
      tx.prepare("UPDATE pmks_dasawisma_reports SET etag = ?, update_time_ms = ? WHERE id = ?");
  stmt.bindAll(server::newEtag(), server::toMillis(host.now()), reportId);
  stmt.run();
}

} // namespace

grpc::Status DasawismaServiceImpl::CreateReport(grpc::ServerContext* ctx,
                                                const v1::CreateReportRequest* request,
                                                v1::DasawismaReport* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    if (!who.holdsAnywhere("pmks.dasawisma.write")) {
      throw ApiError::permissionDenied("pmks.dasawisma.write");
    }
    const v1::DasawismaReport& in = request->report();
    const std::int64_t groupId = parseGroupName(in.group(), "report.group");
    const auto month = domain::Period::parse(in.month());
    if (!month || month->kind() != domain::PeriodKind::Month) {
      throw ApiError::invalidArgument("report.month", "BAD_MONTH",
                                      "Bulan laporan harus berbentuk YYYY-MM (2025-07).",
                                      "The report's month must look like YYYY-MM (2025-07).");
    }
    m_host.store().write([&](storage::Database& tx) {
      std::int64_t id = 0;
      if (const auto earlier =
              server::findRequest(tx, who.userId, kCreateReportMethod, request->request_id())) {
        id = parseReportName(*earlier, "name");
      } else {
        const GroupRow group = writableGroup(tx, who, groupId);
        auto exists =
            tx.prepare("SELECT 1 FROM pmks_dasawisma_reports WHERE group_id = ? AND month = ?");
        exists.bindAll(groupId, month->toString());
        if (exists.step()) {
          throw ApiError::alreadyExists("report.month", "REPORT_EXISTS",
                                        "Laporan kelompok ini untuk bulan tersebut sudah ada.",
                                        "This group's report for that month already exists.");
        }
        const std::int64_t nowMs = server::toMillis(m_host.now());
        auto stmt = tx.prepare(
            "INSERT INTO pmks_dasawisma_reports (group_id, month, notes, etag, create_time_ms,"
            " update_time_ms, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
        stmt.bindAll(groupId, month->toString(), in.notes(), server::newEtag(), nowMs, nowMs,
                     who.userId);
        stmt.run();
        id = tx.lastInsertRowid();
        for (int i = 0; i < in.candidates_size(); ++i) {
          insertCandidate(m_host, tx, who, group, id, in.candidates(i),
                          "report.candidates[" + std::to_string(i) + "]");
        }
        m_host.audit(tx, who,
                     server::AuditRecord{kCreateReportMethod,
                                         reportName(id),
                                         {"group", "month", "notes", "candidates"},
                                         group.wilayahCode});
        server::recordRequest(tx, who.userId, kCreateReportMethod, request->request_id(),
                              reportName(id), m_host.now());
      }
      // The creator gets back what it sent, sensitive candidates included (as CreateRecord).
      const auto row = findReport(tx, id, server::Scope::everywhere());
      if (!row) {
        throw ApiError::notFound(reportName(id));
      }
      reportToProto(m_host, tx, who, *row, out);
    });
  });
}

grpc::Status DasawismaServiceImpl::GetReport(grpc::ServerContext* ctx,
                                             const v1::GetReportRequest* request,
                                             v1::DasawismaReport* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    const std::int64_t id = parseReportName(request->name(), "name");
    m_host.store().read([&](storage::Database& db) {
      reportToProto(m_host, db, who, readableReport(db, who, id), out);
    });
  });
}

grpc::Status DasawismaServiceImpl::ListReports(grpc::ServerContext* ctx,
                                               const v1::ListReportsRequest* request,
                                               v1::ListReportsResponse* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    constexpr std::string_view kList = "pmks.ListReports";
    const auto page = server::pageRequest(kList, request->page_size(), request->page_token());
    const std::int64_t groupId =
        request->group().empty() ? 0 : parseGroupName(request->group(), "group");
    m_host.store().read([&](storage::Database& db) {
      server::Scope scope = who.scopeOf("pmks.dasawisma.read");
      if (!request->wilayah_code().empty()) {
        scope = scope.intersect(
            m_host.requireWilayah(db, request->wilayah_code(), "wilayah_code").code);
      }
      std::string sql =
          std::string(kReportSelect) + " WHERE " + scope.sqlCondition("g.wilayah_code");
      if (groupId != 0) {
        sql += " AND d.group_id = :group";
      }
      if (!request->month().empty()) {
        sql += " AND d.month = :month";
      }
      const auto after = page.afterInteger();
      if (after) {
        sql += " AND d.id < :after";
      }
      sql += " ORDER BY d.id DESC LIMIT :limit";
      auto stmt = db.prepare(sql);
      int next = scope.bind(stmt, 1);
      if (groupId != 0) {
        stmt.bind(next++, groupId);
      }
      if (!request->month().empty()) {
        stmt.bind(next++, request->month());
      }
      if (after) {
        stmt.bind(next++, *after);
      }
      stmt.bind(next, page.size + 1);
      std::vector<ReportRow> rows;
      while (stmt.step()) {
        rows.push_back(readReportRow(stmt));
      }
      const std::size_t shown = std::min<std::size_t>(rows.size(), page.size);
      for (std::size_t i = 0; i < shown; ++i) {
        reportToProto(m_host, db, who, rows[i], out->add_reports());
      }
      if (rows.size() > shown) {
        out->set_next_page_token(server::pageToken(kList, server::integerKey(rows[shown - 1].id)));
      }
    });
  });
}

grpc::Status DasawismaServiceImpl::AcceptCandidates(grpc::ServerContext* ctx,
                                                    const v1::AcceptCandidatesRequest* request,
                                                    v1::AcceptCandidatesResponse* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    const std::int64_t reportId = parseReportName(request->report(), "report");
    m_host.store().write([&](storage::Database& tx) {
      const ReportRow report = readableReport(tx, who, reportId);
      const GroupRow group = writableGroup(tx, who, report.groupId);
      requireAt(who, "pmks.record.write", group.wilayahCode);
      std::string period = request->period();
      if (period.empty()) {
        // The semester the reported month lies in.
        const auto month = domain::Period::parse(report.month);
        period = std::to_string(month->year()) + (month->index() <= 6 ? "-S1" : "-S2");
      }
      int created = 0;
      int existing = 0;
      auto mark = tx.prepare("UPDATE pmks_dasawisma_candidates SET state = ?, record_id = ?,"
                             " already_recorded = ? WHERE id = ?");
      for (const CandidateRow& c : proposedCandidates(tx, reportId, request->candidate_ids())) {
        RecordInput input;
        input.pmksType = c.pmksType;
        input.period = period;
        if (c.personId) {
          if (const auto person = m_host.findPersonById(tx, *c.personId)) {
            input.subject.nik = person->nik;
          }
        }
        input.subject.noKk = c.noKk;
        input.communityName = c.communityName;
        input.wilayahCode = group.wilayahCode;
        input.dusun = group.dusun;
        input.rw = group.rw;
        input.rt = group.rt;
        input.dasawismaGroupId = group.id;
        input.disabilityKinds = splitList(c.disabilityKinds, ',');
        input.disasterEvent = c.disasterEvent;
        input.notes = c.note;
        InsertOutcome outcome;
        try {
          outcome = m_store.insert(tx, who, input, Status::Draft, DuplicatePolicy::ReportExisting,
                                   kAcceptMethod);
        } catch (const ApiError& e) {
          // Say which candidate: "candidates[12].subject.birth_date".
          std::string field = "candidates[" + std::to_string(c.id) + "]";
          if (e.field().rfind("record.", 0) == 0) {
            field += e.field().substr(6);
          }
          throw ApiError(e.code(), field, e.reason(), e.messageId(), e.messageEn());
        }
        mark.reset();
        mark.bindAll(static_cast<int>(CandidateState::Accepted), outcome.recordId, outcome.existed,
                     c.id);
        mark.run();
        ++(outcome.existed ? existing : created);
      }
      touchReport(m_host, tx, reportId);
      m_host.audit(tx, who,
                   server::AuditRecord{
                       kAcceptMethod, reportName(reportId), {"candidates"}, group.wilayahCode});
      out->set_records_created(created);
      out->set_already_recorded(existing);
      reportToProto(m_host, tx, who, readableReport(tx, who, reportId), out->mutable_report());
    });
  });
}

grpc::Status DasawismaServiceImpl::RejectCandidates(grpc::ServerContext* ctx,
                                                    const v1::RejectCandidatesRequest* request,
                                                    v1::DasawismaReport* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    const std::int64_t reportId = parseReportName(request->report(), "report");
    if (request->reason().find_first_not_of(" \t\r\n") == std::string::npos) {
      throw ApiError::invalidArgument("reason", "REASON_REQUIRED", "Alasan penolakan wajib diisi.",
                                      "A reason for the rejection is required.");
    }
    m_host.store().write([&](storage::Database& tx) {
      const ReportRow report = readableReport(tx, who, reportId);
      writableGroup(tx, who, report.groupId);
      auto mark = tx.prepare(
          "UPDATE pmks_dasawisma_candidates SET state = ?, reject_reason = ? WHERE id = ?");
      for (const CandidateRow& c : proposedCandidates(tx, reportId, request->candidate_ids())) {
        mark.reset();
        mark.bindAll(static_cast<int>(CandidateState::Rejected), request->reason(), c.id);
        mark.run();
      }
      touchReport(m_host, tx, reportId);
      m_host.audit(tx, who,
                   server::AuditRecord{
                       kRejectMethod, reportName(reportId), {"candidates"}, report.wilayahCode});
      reportToProto(m_host, tx, who, readableReport(tx, who, reportId), out);
    });
  });
}

} // namespace simpul::pmks
