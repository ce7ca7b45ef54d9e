// The authorization matrix: every RPC the running simpul-data serves (asked over reflection,
// the pmks plugin loaded), called as no one, as admin and as each scoped default role, on a
// resource in and out of the caller's scope, and for record calls on a sensitive type. The
// expected outcome of every cell is in authorization_matrix.tsv (reviewed by hand; see its
// header). Fails on a served RPC without a row or a builder, a row or builder for an RPC not
// served, and every cell whose outcome differs (each one printed).
//
// SIMPUL_MATRIX_ACTUAL=<file> writes the outcomes seen, in the table's format, to help
// review a change; the reviewed table stays the reference.
#include "rpc_cases.h"
#include "served_rpcs.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace simpul::testing {
namespace {

struct Table {
  std::vector<std::string> columns;
  std::map<std::string, std::vector<std::string>> rows; // row → one outcome per column
  std::vector<std::string> order;
};

std::vector<std::string> splitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string cell;
  while (std::getline(in, cell, '\t')) {
    if (!cell.empty()) {
      out.push_back(cell);
    }
  }
  return out;
}

Table loadTable(const std::string& path, std::vector<std::string>* problems) {
  Table table;
  std::ifstream in(path);
  if (!in) {
    problems->push_back("cannot read " + path);
    return table;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> cells = splitTabs(line);
    if (cells.empty()) {
      continue;
    }
    if (cells[0] == "rpc") {
      table.columns.assign(cells.begin() + 1, cells.end());
      continue;
    }
    const std::string row = cells[0];
    cells.erase(cells.begin());
    if (cells.size() != table.columns.size()) {
      problems->push_back("row " + row + ": " + std::to_string(cells.size()) + " cells for " +
                          std::to_string(table.columns.size()) + " columns");
    }
    if (table.rows.count(row) != 0) {
      problems->push_back("row " + row + " appears twice");
    }
    table.rows[row] = cells;
    table.order.push_back(row);
  }
  return table;
}

// Health and reflection: no generated stubs here, called through the generic API.
std::vector<RpcCase> infrastructureCases() {
  return {
      {"grpc.health.v1.Health/Check", false,
       [](SecurityFixture& f, Target, const Caller& c) {
         return firstMessageOutcome(f.chan(), "/grpc.health.v1.Health/Check", c.token, "");
       }},
      {"grpc.health.v1.Health/Watch", false,
       [](SecurityFixture& f, Target, const Caller& c) {
         // Never ends by itself: the first status message is the answer.
         return firstMessageOutcome(f.chan(), "/grpc.health.v1.Health/Watch", c.token, "");
       }},
      {"grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", false,
       [](SecurityFixture& f, Target, const Caller& c) {
         // list_services = "*"
         return firstMessageOutcome(
             f.chan(), "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", c.token,
             std::string("\x3a\x01*", 3));
       }},
  };
}

class SecurityMatrix : public SecurityFixture {};

TEST_F(SecurityMatrix, EveryServedRpcAsEveryRoleInAndOutOfScope) {
  std::vector<std::string> problems;
  const Table table = loadTable(SECURITY_MATRIX_TSV, &problems);
  std::vector<std::string> expectedColumns = {"none", "admin.in", "admin.out"};
  for (const auto& [role, wilayah] : scopedRoles()) {
    expectedColumns.push_back(role + ".in");
    expectedColumns.push_back(role + ".out");
  }
  ASSERT_EQ(table.columns, expectedColumns) << "the table's header";

  std::map<std::string, const RpcCase*> builders;
  std::vector<RpcCase> cases = coreRpcCases();
  for (auto part : {pmksRpcCases(), infrastructureCases()}) {
    for (auto& c : part) {
      cases.push_back(std::move(c));
    }
  }
  for (const auto& c : cases) {
    builders[c.method] = &c;
  }

  std::string error;
  const std::vector<std::string> served = servedRpcs(chan(), &error);
  ASSERT_TRUE(error.empty()) << error;
  ASSERT_FALSE(served.empty());
  const std::set<std::string> servedSet(served.begin(), served.end());
  // Nothing served escapes review, and nothing reviewed is gone.
  std::set<std::string> rowsWanted;
  for (const auto& rpc : served) {
    if (builders.count(rpc) == 0) {
      problems.push_back("served RPC without a request builder: " + rpc);
    }
    rowsWanted.insert(rpc);
    if (builders.count(rpc) != 0 && builders[rpc]->sensitive) {
      rowsWanted.insert(rpc + "#sensitive");
    }
  }
  for (const auto& [method, c] : builders) {
    if (servedSet.count(method) == 0) {
      problems.push_back("builder for an RPC the server does not serve: " + method);
    }
  }
  for (const auto& row : rowsWanted) {
    if (table.rows.count(row) == 0) {
      problems.push_back("served RPC without a row in the table: " + row);
    }
  }
  for (const auto& row : table.order) {
    if (rowsWanted.count(row) == 0) {
      problems.push_back("table row for an RPC not served: " + row);
    }
  }

  // The callers, logged in once.
  std::vector<Caller> callers = {{"none", "", ""},
                                 {"admin.in", "admin", roleToken("admin")},
                                 {"admin.out", "admin", roleToken("admin")}};
  for (const auto& [role, wilayah] : scopedRoles()) {
    callers.push_back({role + ".in", role, roleToken(role)});
    callers.push_back({role + ".out", role, roleToken(role)});
  }

  std::ostringstream actual;
  actual << "rpc";
  for (const auto& c : table.columns) {
    actual << '\t' << c;
  }
  actual << '\n';
  int checked = 0;
  std::vector<std::string> rowsToRun = table.order; // then the missing ones, for review
  for (const auto& row : rowsWanted) {
    if (table.rows.count(row) == 0) {
      rowsToRun.push_back(row);
    }
  }
  for (const auto& row : rowsToRun) {
    const std::string method = row.substr(0, row.find('#'));
    const bool sensitive = row.size() > method.size();
    if (builders.count(method) == 0 || servedSet.count(method) == 0) {
      continue;
    }
    static const std::vector<std::string> kNone;
    const auto found = table.rows.find(row);
    const auto& expected = found == table.rows.end() ? kNone : found->second;
    actual << row;
    for (std::size_t i = 0; i < callers.size(); ++i) {
      const Caller& caller = callers[i];
      const Target target{caller.column.size() < 4 ||
                              caller.column.compare(caller.column.size() - 4, 4, ".out") != 0,
                          sensitive};
      const std::string outcome = builders[method]->run(*this, target, caller);
      actual << '\t' << outcome;
      if (i < expected.size()) {
        ++checked;
      }
      if (i < expected.size() && expected[i] != outcome) {
        problems.push_back("cell " + row + " × " + caller.column + ": expected " + expected[i] +
                           ", got " + outcome);
      }
    }
    actual << '\n';
  }
  if (const char* out = std::getenv("SIMPUL_MATRIX_ACTUAL")) {
    std::ofstream(out) << actual.str();
  }
  std::cout << "[ matrix ] " << checked << " cells checked over " << table.order.size()
            << " rows\n";
  for (const auto& p : problems) {
    ADD_FAILURE() << p;
  }
}

} // namespace
} // namespace simpul::testing
