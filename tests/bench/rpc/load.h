#pragma once

// Closed-loop load for the RPC benchmarks: N client threads, each making one call after
// another for a warm-up and then a measured interval; calls per second over the measured
// interval and the latency percentiles of the calls finished in it. Also the channels the
// clients use.

#include <cstdint>
#include <functional>
#include <grpcpp/channel.h>
#include <memory>
#include <string>
#include <vector>

namespace simpul::bench {

struct LoadOptions {
  int clients = 1;
  double warmupSeconds = 1;
  double seconds = 3;
};

struct LoadResult {
  std::int64_t calls = 0; // finished in the measured interval
  double seconds = 0;     // the measured interval
  double callsPerSecond = 0;
  double p50Ms = 0;
  double p99Ms = 0;
  std::int64_t failures = 0; // calls that failed (warm-up included)
  std::string firstError;
};

// One call as client `client` (0..clients-1): "" on success, else what went wrong (a failed
// status or a wrong answer).
using LoadCall = std::function<std::string(int client)>;

LoadResult runLoad(const LoadOptions& options, const LoadCall& call);

// How the client threads reach the server.
//   Shared:    one channel (one connection) that every client thread's stub uses;
//   PerClient: a channel per client, each with its own connection (a local subchannel pool;
//              otherwise gRPC would share one connection among channels with equal arguments).
enum class ChannelMode { Shared, PerClient };
const char* channelModeName(ChannelMode mode);

// `count` channels to `address` ("unix:/path" or "127.0.0.1:port"), plain, connected (throws
// when one does not connect within 10 s). With Shared all entries are the same channel.
std::vector<std::shared_ptr<grpc::Channel>> openChannels(const std::string& address, int count,
                                                         ChannelMode mode);

// "p50 0.91 ms, p99 2.3 ms, 12345 calls"
std::string describeLatency(const LoadResult& result);

} // namespace simpul::bench
