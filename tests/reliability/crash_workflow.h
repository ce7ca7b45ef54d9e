#pragma once

// One crash run of the workflow: several clients move their own records through the
// workflow (UpdateRecord with etag, Submit, Verify, Validate, Return, BatchTransition) while
// the server is SIGKILLed at a random moment; after the restart each record must be in the
// state its client last saw acknowledged, or in the state of the call that was in flight.
#include <cstdint>

namespace simpul::reliability {

struct WorkflowFigures {
  int runs = 0;
  int killsInCall = 0; // at least one client had a call open at the kill
  int killsBetween = 0;
  std::int64_t operations = 0; // acknowledged workflow calls
  std::int64_t recordsChecked = 0;
};

// Adds gtest failures (naming the seed) for every problem found.
void workflowCrashRun(std::uint64_t seed, WorkflowFigures& figures);

} // namespace simpul::reliability
