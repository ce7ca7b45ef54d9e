// audit verify: walks the audit log's hash chain on the server (AuditService).
#include "cli/commands.h"
#include "simpul/core/v1/audit.grpc.pb.h"

#include <chrono>
#include <ostream>

namespace simpul::cli {

namespace {

namespace v1 = simpul::core::v1;

int verifyAudit(Invocation& call) {
  const auto& session = call.session();
  v1::VerifyAuditChainResponse response;
  // The whole chain is read: give a large log the time it needs.
  auto context = session.context(std::chrono::minutes(30));
  call.check(v1::AuditService::NewStub(session.channel())
                 ->VerifyAuditChain(context.get(), v1::VerifyAuditChainRequest{}, &response),
             *context);
  if (response.intact()) {
    call.out() << "jejak audit utuh / audit chain intact: " << response.entries_checked()
               << " entries checked\n";
    return kExitOk;
  }
  call.out() << "jejak audit RUSAK / audit chain BROKEN at sequence "
             << response.first_broken_sequence() << ": " << response.problem() << " ("
             << response.entries_checked() << " entries checked)\n";
  return kExitFailure;
}

} // namespace

std::vector<CommandSpec> auditCommands() {
  return {
      {.name = "audit verify",
       .summary = "Check the audit log's hash chain (needs core.audit.verify).",
       .details = "Prints whether the chain is intact and how many entries were checked, or the\n"
                  "first broken entry and what is wrong with it. Exit status 1 when broken.\n",
       .run = verifyAudit},
  };
}

} // namespace simpul::cli
