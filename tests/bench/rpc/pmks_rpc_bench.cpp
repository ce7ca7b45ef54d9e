// GetRecord/ListRecords throughput and deep paging against simpul-data (see pmks_rpc_bench.h).
#include "pmks_rpc_bench.h"

#include "bench_report.h"
#include "server/paging.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <random>
#include <stdexcept>

namespace simpul::bench {

namespace {

namespace v1 = simpul::pmks::v1;
using Clock = std::chrono::steady_clock;

constexpr int kPageSize = 50;
constexpr std::string_view kListName = "pmks.ListRecords"; // record_service.cpp kList

std::unique_ptr<grpc::ClientContext> context(const RpcTarget& target, int seconds) {
  auto ctx = std::make_unique<grpc::ClientContext>();
  ctx->AddMetadata("authorization", "Bearer " + target.token);
  ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(seconds));
  return ctx;
}

std::string recordName(std::int64_t id) {
  return "pmks/records/" + std::to_string(id);
}

std::int64_t recordId(const v1::Record& record) {
  const std::string prefix = "pmks/records/";
  if (record.name().rfind(prefix, 0) != 0) {
    throw std::runtime_error("unexpected record name '" + record.name() + "'");
  }
  return std::stoll(record.name().substr(prefix.size()));
}

struct Stubs {
  std::vector<std::unique_ptr<v1::PmksService::Stub>> stubs;
  Stubs(const RpcTarget& target, int clients) {
    for (const auto& channel : openChannels(target.address, clients, target.mode)) {
      stubs.push_back(v1::PmksService::NewStub(channel));
    }
  }
  v1::PmksService::Stub& operator[](int client) { return *stubs[static_cast<std::size_t>(client)]; }
};

v1::ListRecordsResponse listPage(v1::PmksService::Stub& stub, const RpcTarget& target,
                                 const std::string& wilayah, const std::string& token) {
  v1::ListRecordsRequest request;
  request.set_page_size(kPageSize);
  request.mutable_filter()->set_wilayah_code(wilayah);
  request.set_page_token(token);
  v1::ListRecordsResponse response;
  auto ctx = context(target, 60);
  const grpc::Status status = stub.ListRecords(ctx.get(), request, &response);
  if (!status.ok()) {
    throw std::runtime_error("ListRecords: " + status.error_message());
  }
  return response;
}

std::vector<std::int64_t> idsOf(const v1::ListRecordsResponse& response) {
  std::vector<std::int64_t> ids;
  for (const auto& record : response.records()) {
    ids.push_back(recordId(record));
  }
  return ids;
}

std::string tokenAfter(std::int64_t id) {
  return server::pageToken(kListName, server::integerKey(id));
}

} // namespace

LoadResult runGetRecords(const RpcTarget& target, const std::vector<std::int64_t>& ids,
                         const LoadOptions& options) {
  if (ids.empty()) {
    throw std::runtime_error("no record ids to get");
  }
  Stubs stubs(target, options.clients);
  std::vector<std::mt19937> rngs;
  for (int i = 0; i < options.clients; ++i) {
    rngs.emplace_back(static_cast<unsigned>(i + 1));
  }
  return runLoad(options, [&](int client) -> std::string {
    auto& rng = rngs[static_cast<std::size_t>(client)];
    v1::GetRecordRequest request;
    request.set_name(recordName(ids[rng() % ids.size()]));
    v1::Record record;
    auto ctx = context(target, 10);
    const grpc::Status status = stubs[client].GetRecord(ctx.get(), request, &record);
    if (!status.ok()) {
      return "GetRecord " + request.name() + ": " + status.error_message();
    }
    if (record.name() != request.name()) {
      return "GetRecord " + request.name() + " answered " + record.name();
    }
    return {};
  });
}

double meanRecordBytes(const RpcTarget& target, const std::vector<std::int64_t>& ids) {
  Stubs stubs(target, 1);
  double total = 0;
  int n = 0;
  for (std::size_t i = 0; i < ids.size() && i < 200; ++i, ++n) {
    v1::GetRecordRequest request;
    request.set_name(recordName(ids[i]));
    v1::Record record;
    auto ctx = context(target, 10);
    const grpc::Status status = stubs[0].GetRecord(ctx.get(), request, &record);
    if (!status.ok()) {
      throw std::runtime_error("GetRecord " + request.name() + ": " + status.error_message());
    }
    total += static_cast<double>(record.ByteSizeLong());
  }
  return n == 0 ? 0 : total / n;
}

LoadResult runListFirstPages(const RpcTarget& target, const std::vector<std::string>& kecamatan,
                             const LoadOptions& options) {
  if (kecamatan.empty()) {
    throw std::runtime_error("no kecamatan with records to list");
  }
  Stubs stubs(target, options.clients);
  std::vector<std::mt19937> rngs;
  for (int i = 0; i < options.clients; ++i) {
    rngs.emplace_back(static_cast<unsigned>(i + 101));
  }
  return runLoad(options, [&](int client) -> std::string {
    auto& rng = rngs[static_cast<std::size_t>(client)];
    const std::string& code = kecamatan[rng() % kecamatan.size()];
    const auto page = listPage(stubs[client], target, code, "");
    if (page.records_size() < 1 || page.records_size() > kPageSize) {
      return "ListRecords " + code + " gave " + std::to_string(page.records_size()) + " records";
    }
    std::int64_t previous = INT64_MAX;
    for (const auto& record : page.records()) {
      const std::string& where = record.location().wilayah_code();
      const std::int64_t id = recordId(record);
      if (where.rfind(code + ".", 0) != 0 || id >= previous) {
        return "ListRecords " + code + " gave " + record.name() + " in " + where + " out of order";
      }
      previous = id;
    }
    return {};
  });
}

DeepPageResult measureDeepPage(const RpcTarget& target, ListOracle& oracle,
                               const std::string& wilayah, int runs) {
  const std::string what = wilayah.empty() ? "the whole list" : "the list of " + wilayah;
  Stubs stubs(target, 1);
  DeepPageResult result;
  result.rows = oracle.count(wilayah);
  if (result.rows <= 2 * kPageSize) {
    throw std::runtime_error(what + " has only " + std::to_string(result.rows) +
                             " rows; deep paging needs more than 100");
  }
  // The token encoding checked against the server's own tokens on the first two pages.
  const auto expected = oracle.ids(wilayah, 0, 2 * kPageSize);
  const auto first = listPage(stubs[0], target, wilayah, "");
  const auto second = listPage(stubs[0], target, wilayah, first.next_page_token());
  auto both = idsOf(first);
  const auto secondIds = idsOf(second);
  both.insert(both.end(), secondIds.begin(), secondIds.end());
  if (both != expected) {
    throw std::runtime_error("the first two pages of " + what +
                             " differ from the database's ORDER BY r.id DESC");
  }
  if (first.next_page_token() != tokenAfter(expected[kPageSize - 1]) ||
      second.next_page_token() != tokenAfter(expected[2 * kPageSize - 1])) {
    throw std::runtime_error("the server's next_page_token differs from server::pageToken of "
                             "the last id of the page (" +
                             what + ")");
  }
  // The page that starts at row 0.9 x rows: the token after the id of the row before it.
  // (At most rows - 50, so that a whole page follows even in a small smoke-run list.)
  result.position = std::min(result.rows * 9 / 10, result.rows - kPageSize);
  const auto around = oracle.ids(wilayah, result.position - 1, kPageSize + 1);
  const std::int64_t after = around.front();
  const std::vector<std::int64_t> deepExpected(around.begin() + 1, around.end());
  const std::string deepToken = tokenAfter(after);

  auto timed = [&](const std::string& token) {
    const auto started = Clock::now();
    auto page = listPage(stubs[0], target, wilayah, token);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    return std::make_pair(ms, std::move(page));
  };
  for (int run = 0; run <= runs; ++run) {
    auto [firstMs, firstPage] = timed("");
    auto [deepMs, deepPage] = timed(deepToken);
    if (idsOf(firstPage) !=
        std::vector<std::int64_t>(expected.begin(), expected.begin() + kPageSize)) {
      throw std::runtime_error("the first page of " + what + " changed between calls");
    }
    const auto deepIds = idsOf(deepPage);
    if (deepIds != deepExpected || deepIds.size() != static_cast<std::size_t>(kPageSize) ||
        deepIds.front() >= after) {
      throw std::runtime_error("the page at row " + std::to_string(result.position) + " of " +
                               what + " is not the " + std::to_string(kPageSize) +
                               " records below id " + std::to_string(after));
    }
    if (run > 0) { // run 0 warms up
      result.firstSamples.push_back(firstMs);
      result.deepSamples.push_back(deepMs);
    }
  }
  result.firstPageMs = percentile(result.firstSamples, 50);
  result.deepPageMs = percentile(result.deepSamples, 50);
  return result;
}

} // namespace simpul::bench
