// The workflow steps: DRAFT/RETURNED -> SUBMITTED -> VERIFIED -> VALIDATED, and RETURNED.

#include "record_rows.h"
#include "record_service.h"
#include "server/api_error.h"
#include "server/call.h"
#include "storage/database.h"
#include "storage/store.h"

namespace simpul::pmks {

using server::ApiError;
using server::Principal;

namespace {

constexpr const char* kBatchMethod = "/simpul.pmks.v1.PmksService/BatchTransition";
constexpr int kBatchLimit = 10000; // records one filter-selected batch may touch

struct Step {
  Status from;
  Status to;
  const char* permission;
};

// The step `action` takes from the record's current status; nullopt when none.
std::optional<Step> stepFor(v1::TransitionAction action, Status current) {
  switch (action) {
  case v1::TRANSITION_ACTION_SUBMIT:
    if (current == Status::Draft || current == Status::Returned) {
      return Step{current, Status::Submitted, "pmks.record.write"};
    }
    break;
  case v1::TRANSITION_ACTION_VERIFY:
    if (current == Status::Submitted) {
      return Step{current, Status::Verified, "pmks.record.verify"};
    }
    break;
  case v1::TRANSITION_ACTION_VALIDATE:
    if (current == Status::Verified) {
      return Step{current, Status::Validated, "pmks.record.validate"};
    }
    break;
  case v1::TRANSITION_ACTION_RETURN:
    if (current == Status::Submitted) {
      return Step{current, Status::Returned, "pmks.record.verify"};
    }
    if (current == Status::Verified) {
      return Step{current, Status::Returned, "pmks.record.validate"};
    }
    break;
  default:
    break;
  }
  return std::nullopt;
}

// The permission an action needs whatever the status (to refuse those who hold none of it
// before telling them about statuses).
const char* anyPermissionFor(v1::TransitionAction action, Status current) {
  switch (action) {
  case v1::TRANSITION_ACTION_SUBMIT:
    return "pmks.record.write";
  case v1::TRANSITION_ACTION_VERIFY:
    return "pmks.record.verify";
  case v1::TRANSITION_ACTION_VALIDATE:
    return "pmks.record.validate";
  default:
    return current == Status::Verified ? "pmks.record.validate" : "pmks.record.verify";
  }
}

void requireReason(v1::TransitionAction action, const std::string& reason, const char* field) {
  if (action == v1::TRANSITION_ACTION_RETURN &&
      reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw ApiError::invalidArgument(field, "REASON_REQUIRED", "Alasan pengembalian wajib diisi.",
                                    "A reason for returning the record is required.");
  }
}

// One record, one step, inside the caller's transaction. NOT_FOUND when hidden.
void applyStep(RecordStore& store, storage::Database& tx, const Principal& who, std::int64_t id,
               v1::TransitionAction action, const std::string& etag, const std::string& reason,
               const char* method) {
  const auto row = findVisibleRecord(tx, who, id);
  if (!row) {
    throw ApiError::notFound(recordName(id));
  }
  const auto step = stepFor(action, row->status);
  const char* permission = step ? step->permission : anyPermissionFor(action, row->status);
  if (!who.holdsAt(permission, row->wilayahCode)) {
    throw ApiError::permissionDenied(permission);
  }
  if (!etag.empty() && etag != row->etag) {
    throw ApiError::staleEtag(recordName(id));
  }
  if (!step) {
    throw ApiError::failedPrecondition("WRONG_STATUS",
                                       "Status data PMKS ini tidak memungkinkan langkah tersebut.",
                                       "This PMKS record's status does not allow that step.");
  }
  store.transition(tx, who, id, step->from, step->to, reason, method);
}

} // namespace

grpc::Status PmksServiceImpl::transitionOne(grpc::ServerContext* ctx,
                                            const v1::TransitionRequest* request,
                                            v1::TransitionAction action, const char* method,
                                            v1::Record* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    const std::int64_t id = parseRecordName(request->name());
    requireReason(action, request->reason(), "reason");
    m_host.store().write([&](storage::Database& tx) {
      applyStep(m_store, tx, who, id, action, request->etag(), request->reason(), method);
      const auto row = findVisibleRecord(tx, who, id);
      toProto(m_host, tx, who, *row, true, out);
    });
  });
}

grpc::Status PmksServiceImpl::SubmitRecord(grpc::ServerContext* ctx,
                                           const v1::TransitionRequest* request, v1::Record* out) {
  return transitionOne(ctx, request, v1::TRANSITION_ACTION_SUBMIT,
                       "/simpul.pmks.v1.PmksService/SubmitRecord", out);
}

grpc::Status PmksServiceImpl::VerifyRecord(grpc::ServerContext* ctx,
                                           const v1::TransitionRequest* request, v1::Record* out) {
  return transitionOne(ctx, request, v1::TRANSITION_ACTION_VERIFY,
                       "/simpul.pmks.v1.PmksService/VerifyRecord", out);
}

grpc::Status PmksServiceImpl::ValidateRecord(grpc::ServerContext* ctx,
                                             const v1::TransitionRequest* request,
                                             v1::Record* out) {
  return transitionOne(ctx, request, v1::TRANSITION_ACTION_VALIDATE,
                       "/simpul.pmks.v1.PmksService/ValidateRecord", out);
}

grpc::Status PmksServiceImpl::ReturnRecord(grpc::ServerContext* ctx,
                                           const v1::TransitionRequest* request, v1::Record* out) {
  return transitionOne(ctx, request, v1::TRANSITION_ACTION_RETURN,
                       "/simpul.pmks.v1.PmksService/ReturnRecord", out);
}

grpc::Status PmksServiceImpl::BatchTransition(grpc::ServerContext* ctx,
                                              const v1::BatchTransitionRequest* request,
                                              v1::BatchTransitionResponse* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    const auto action = request->action();
    if (action < v1::TRANSITION_ACTION_SUBMIT || action > v1::TRANSITION_ACTION_RETURN) {
      throw ApiError::invalidArgument("action", "BAD_ACTION", "Langkah tidak dikenal.",
                                      "Unknown action.");
    }
    requireReason(action, request->reason(), "reason");
    std::vector<std::pair<std::string, std::int64_t>> targets;
    for (const std::string& name : request->names()) {
      targets.emplace_back(name, parseRecordName(name, "names"));
    }
    m_host.store().write([&](storage::Database& tx) {
      if (request->names().empty()) {
        for (std::int64_t id :
             selectRecordIds(m_host, tx, who, request->filter(), 0, kBatchLimit)) {
          targets.emplace_back(recordName(id), id);
        }
      }
      int changed = 0;
      for (const auto& [name, id] : targets) {
        // A savepoint per record: one refusal never undoes the others.
        tx.exec("SAVEPOINT pmks_batch_step");
        try {
          applyStep(m_store, tx, who, id, action, {}, request->reason(), kBatchMethod);
          tx.exec("RELEASE pmks_batch_step");
          ++changed;
        } catch (const ApiError& e) {
          tx.exec("ROLLBACK TO pmks_batch_step; RELEASE pmks_batch_step");
          v1::BatchFailure* failure = out->add_failures();
          failure->set_name(name);
          failure->set_reason(e.code() == grpc::StatusCode::NOT_FOUND ? "NOT_FOUND"
                              : e.code() == grpc::StatusCode::PERMISSION_DENIED
                                  ? "PERMISSION_DENIED"
                                  : e.reason());
          failure->set_message_id(e.messageId());
          failure->set_message_en(e.messageEn());
        }
      }
      out->set_changed(changed);
    });
  });
}

} // namespace simpul::pmks
