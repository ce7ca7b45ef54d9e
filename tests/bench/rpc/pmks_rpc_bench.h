#pragma once

// The PMKS RPC figures of bench_rpc against a running simpul-data: GetRecord and ListRecords
// throughput under concurrent clients, and the time of a page deep in a list against the
// first page. Every answer is checked; a wrong one is an error, not a slow call.

#include "list_oracle.h"
#include "load.h"

#include <cstdint>
#include <string>
#include <vector>

namespace simpul::bench {

struct RpcTarget {
  std::string address; // "unix:/..."
  std::string token;   // bearer token of the signed-in user
  ChannelMode mode = ChannelMode::Shared;
};

// GetRecord of random ids out of `ids` (existing and visible), each answer checked by name.
LoadResult runGetRecords(const RpcTarget& target, const std::vector<std::int64_t>& ids,
                         const LoadOptions& options);
// The mean serialized size of the GetRecord answers for the first (up to) 200 of `ids`.
double meanRecordBytes(const RpcTarget& target, const std::vector<std::int64_t>& ids);

// ListRecords first pages (page_size 50) filtered to a random kecamatan out of `kecamatan`;
// each answer checked: 1..50 records, all in that kecamatan, newest first.
LoadResult runListFirstPages(const RpcTarget& target, const std::vector<std::string>& kecamatan,
                             const LoadOptions& options);

struct DeepPageResult {
  std::int64_t rows = 0;     // rows in the list
  std::int64_t position = 0; // row (0-based) the deep page starts at
  double firstPageMs = 0;    // medians over the runs
  double deepPageMs = 0;
  std::vector<double> firstSamples, deepSamples;
};

// The list of the signed-in user narrowed to `wilayah` ("" = none), page_size 50: checks
// that the first two pages and their next_page_tokens equal what `oracle` and
// server::pageToken give, builds the token of the page starting at row 0.9 x rows the same
// way (at most rows - 50), then times the first and that page alternately `runs` times (after one
// untimed call of each). Throws when an answer is wrong.
DeepPageResult measureDeepPage(const RpcTarget& target, ListOracle& oracle,
                               const std::string& wilayah, int runs);

} // namespace simpul::bench
