#include "crash_workflow.h"

#include "checks.h"
#include "support.h"

#include <atomic>
#include <gtest/gtest.h>
#include <mutex>
#include <random>
#include <thread>

namespace simpul::reliability {

namespace v1 = pmks::v1;

namespace {

constexpr std::size_t kRecords = 128;
constexpr int kClients = 4;
constexpr int kDraft = 1, kSubmitted = 2, kVerified = 3, kValidated = 4, kReturned = 5;

std::string nameOf(std::int64_t id) {
  return "pmks/records/" + std::to_string(id);
}

// One client: its records, what it saw acknowledged, and its call in flight.
struct Client {
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, RecordState> acked;
  std::map<std::int64_t, RecordState> inFlight; // empty when no call is open
  std::int64_t operations = 0;
  std::string unexpected;
  std::mutex mutex;
};

// Picks a step for a record of the client and returns the states it leads to (empty when
// the record can take none), calling the server.
grpc::Status step(v1::PmksService::Stub& stub, const client::Session& session, Client& client,
                  std::mt19937_64& rng, std::int64_t id, const std::atomic<bool>& killed) {
  const RecordState now = client.acked.at(id);
  std::map<std::int64_t, RecordState> expected;
  const int choice = std::uniform_int_distribution<int>(0, 2)(rng);
  auto ctx = session.context();
  grpc::Status status;
  auto begin = [&] {
    std::lock_guard lock(client.mutex);
    client.inFlight = expected;
  };
  if ((now.status == kDraft || now.status == kReturned) && choice == 0) {
    v1::Record current;
    v1::GetRecordRequest get;
    get.set_name(nameOf(id));
    status = stub.GetRecord(ctx.get(), get, &current);
    if (!status.ok()) {
      return status;
    }
    v1::UpdateRecordRequest update;
    update.mutable_record()->set_name(nameOf(id));
    update.mutable_record()->set_etag(current.etag());
    const std::string notes = "catatan " + std::to_string(client.operations);
    update.mutable_record()->set_notes(notes);
    update.mutable_update_mask()->add_paths("notes");
    expected[id] = RecordState{now.status, notes};
    begin();
    v1::Record out;
    auto ctx2 = session.context();
    status = stub.UpdateRecord(ctx2.get(), update, &out);
  } else {
    int to = 0;
    v1::TransitionAction action = v1::TRANSITION_ACTION_UNSPECIFIED;
    if (now.status == kDraft || now.status == kReturned) {
      to = kSubmitted;
      action = v1::TRANSITION_ACTION_SUBMIT;
    } else if (choice == 2) {
      to = kReturned;
      action = v1::TRANSITION_ACTION_RETURN;
    } else {
      to = now.status == kSubmitted ? kVerified : kValidated;
      action =
          now.status == kSubmitted ? v1::TRANSITION_ACTION_VERIFY : v1::TRANSITION_ACTION_VALIDATE;
    }
    // Half the steps go through BatchTransition with up to 4 records of the same status.
    std::vector<std::int64_t> targets = {id};
    const bool batch = std::uniform_int_distribution<int>(0, 1)(rng) == 1;
    if (batch) {
      for (std::int64_t other : client.ids) {
        if (other != id && targets.size() < 4 && client.acked.at(other).status == now.status) {
          targets.push_back(other);
        }
      }
    }
    for (std::int64_t target : targets) {
      expected[target] = RecordState{to, client.acked.at(target).notes};
    }
    begin();
    if (batch) {
      v1::BatchTransitionRequest request;
      request.set_action(action);
      for (std::int64_t target : targets) {
        request.add_names(nameOf(target));
      }
      request.set_reason("periksa lagi");
      v1::BatchTransitionResponse response;
      status = stub.BatchTransition(ctx.get(), request, &response);
      if (status.ok() && response.changed() != static_cast<int>(targets.size()) && !killed) {
        client.unexpected = "BatchTransition changed " + std::to_string(response.changed()) +
                            " of " + std::to_string(targets.size());
      }
    } else {
      v1::TransitionRequest request;
      request.set_name(nameOf(id));
      request.set_reason("periksa lagi");
      v1::Record out;
      switch (action) {
      case v1::TRANSITION_ACTION_SUBMIT:
        status = stub.SubmitRecord(ctx.get(), request, &out);
        break;
      case v1::TRANSITION_ACTION_VERIFY:
        status = stub.VerifyRecord(ctx.get(), request, &out);
        break;
      case v1::TRANSITION_ACTION_VALIDATE:
        status = stub.ValidateRecord(ctx.get(), request, &out);
        break;
      default:
        status = stub.ReturnRecord(ctx.get(), request, &out);
        break;
      }
    }
  }
  if (status.ok()) {
    std::lock_guard lock(client.mutex);
    for (const auto& [target, state] : expected) {
      client.acked[target] = state;
    }
    client.inFlight.clear();
    ++client.operations;
  }
  return status;
}

void runClient(const std::string& address, const std::string& token, Client& client,
               std::uint64_t seed, const std::atomic<bool>& killed) {
  std::mt19937_64 rng(seed);
  const client::Session session(address, token); // its own connection
  auto stub = v1::PmksService::NewStub(session.channel());
  while (!killed) {
    std::vector<std::int64_t> open;
    for (std::int64_t id : client.ids) {
      if (client.acked.at(id).status != kValidated) {
        open.push_back(id);
      }
    }
    if (open.empty()) {
      return;
    }
    const std::int64_t id =
        open[std::uniform_int_distribution<std::size_t>(0, open.size() - 1)(rng)];
    const grpc::Status status = step(*stub, session, client, rng, id, killed);
    if (!status.ok()) {
      if (!killed) {
        client.unexpected = "a workflow call failed before the kill: " + status.error_message();
      }
      return;
    }
  }
}

} // namespace

void workflowCrashRun(std::uint64_t seed, WorkflowFigures& figures) {
  std::mt19937_64 rng(seed);
  TempDir dir;
  const std::string db = dir.file("run.db");
  copyTemplate(db);
  Server server(db, dir.path());
  server.start();
  const client::Session admin = server.login();
  const std::vector<bench::GenRow> rows(generatedRows(kRecords));
  const ImportCall base = importRows(admin, rows, v1::RECORD_STATUS_DRAFT, 100);
  ASSERT_TRUE(base.status.ok()) << base.status.error_message() << "\n" << server.logTail();
  ASSERT_EQ(base.response.records_created(), static_cast<int>(kRecords));

  std::vector<Client> clients(kClients);
  {
    SqlFile sql(db);
    int i = 0;
    for (const auto& [id, state] : recordStates(sql)) {
      Client& client = clients[static_cast<std::size_t>(i++ % kClients)];
      client.ids.push_back(id);
      client.acked[id] = state;
    }
  }
  std::atomic<bool> killed = false;
  std::vector<std::thread> threads;
  for (int c = 0; c < kClients; ++c) {
    threads.emplace_back(runClient, server.address(), admin.token(),
                         std::ref(clients[static_cast<std::size_t>(c)]), seed * 31 + c + 1,
                         std::cref(killed));
  }
  std::this_thread::sleep_for(
      std::chrono::milliseconds(std::uniform_int_distribution<int>(20, 700)(rng)));
  bool inCall = false;
  for (auto& client : clients) {
    std::lock_guard lock(client.mutex);
    inCall = inCall || !client.inFlight.empty();
  }
  killed = true;
  server.kill();
  for (auto& thread : threads) {
    thread.join();
  }
  ++figures.runs;
  (inCall ? figures.killsInCall : figures.killsBetween) += 1;

  server.start();
  SqlFile sql(db);
  std::vector<std::string> problems = checkStoredState(sql);
  const auto states = recordStates(sql);
  if (states.size() != kRecords) {
    problems.push_back("the file holds " + std::to_string(states.size()) + " records");
  }
  for (auto& client : clients) {
    figures.operations += client.operations;
    if (!client.unexpected.empty()) {
      problems.push_back(client.unexpected);
    }
    // The call in flight is one transaction: all its records changed, or none.
    std::size_t changed = 0;
    for (const auto& [id, state] : client.inFlight) {
      changed += states.count(id) && states.at(id) == state ? 1 : 0;
    }
    if (changed != 0 && changed != client.inFlight.size()) {
      problems.push_back("a call in flight is half applied: " + std::to_string(changed) + " of " +
                         std::to_string(client.inFlight.size()) + " records");
    }
    for (std::int64_t id : client.ids) {
      const bool asAcked = states.count(id) && states.at(id) == client.acked.at(id);
      const bool asInFlight = client.inFlight.count(id) && states.count(id) &&
                              states.at(id) == client.inFlight.at(id) &&
                              changed == client.inFlight.size();
      if (!asAcked && !asInFlight) {
        problems.push_back("record " + std::to_string(id) +
                           " lost an acknowledged change or holds one never made (status " +
                           std::to_string(states.count(id) ? states.at(id).status : 0) +
                           ", acknowledged " + std::to_string(client.acked.at(id).status) + ")");
      }
    }
  }
  figures.recordsChecked += static_cast<std::int64_t>(states.size());
  const client::Session again = server.login();
  for (auto&& p : checkThroughServer(again, sql, "2025"))
    problems.push_back(p);
  // The base file again: nothing is missing, nothing is created twice.
  const ImportCall redo = importRows(again, rows, v1::RECORD_STATUS_DRAFT, 100);
  if (!redo.status.ok() || redo.response.records_created() != 0 ||
      redo.response.records_existing() != static_cast<int>(kRecords)) {
    problems.push_back("re-import of the base file: " + redo.status.error_message() + ", created " +
                       std::to_string(redo.response.records_created()));
  }
  for (const auto& problem : problems) {
    ADD_FAILURE() << "seed " << seed << ", workflow run: " << problem;
  }
  server.kill(); // a graceful stop waits seconds for the clients' connections
}

} // namespace simpul::reliability
