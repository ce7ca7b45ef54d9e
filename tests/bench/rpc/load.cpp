// Closed-loop load runner and client channels for the RPC benchmarks (see load.h).
#include "load.h"

#include "bench_report.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <grpc/grpc.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace simpul::bench {

namespace {

using Clock = std::chrono::steady_clock;

enum Phase : int { kWarmup = 0, kMeasure = 1, kStop = 2 };

struct ClientTally {
  std::vector<double> latenciesMs;
  std::int64_t failures = 0;
  std::string firstError;
};

} // namespace

LoadResult runLoad(const LoadOptions& options, const LoadCall& call) {
  if (options.clients < 1 || options.seconds <= 0 || options.warmupSeconds < 0) {
    throw std::invalid_argument("runLoad: clients >= 1, seconds > 0 and warm-up >= 0 required");
  }
  std::atomic<int> phase{kWarmup};
  std::vector<ClientTally> tallies(static_cast<std::size_t>(options.clients));
  std::vector<std::thread> threads;
  threads.reserve(tallies.size());
  for (int client = 0; client < options.clients; ++client) {
    threads.emplace_back([&, client] {
      ClientTally& tally = tallies[static_cast<std::size_t>(client)];
      tally.latenciesMs.reserve(1 << 16);
      while (phase.load(std::memory_order_relaxed) != kStop) {
        const auto started = Clock::now();
        std::string error;
        try {
          error = call(client);
        } catch (const std::exception& e) {
          error = e.what();
        }
        const auto finished = Clock::now();
        if (!error.empty()) {
          if (tally.failures++ == 0) {
            tally.firstError = error;
          }
          continue;
        }
        if (phase.load(std::memory_order_relaxed) == kMeasure) {
          tally.latenciesMs.push_back(
              std::chrono::duration<double, std::milli>(finished - started).count());
        }
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(options.warmupSeconds));
  const auto measureStart = Clock::now();
  phase = kMeasure;
  std::this_thread::sleep_for(std::chrono::duration<double>(options.seconds));
  phase = kStop;
  const auto measureEnd = Clock::now();
  for (auto& thread : threads) {
    thread.join();
  }

  LoadResult result;
  std::vector<double> all;
  for (auto& tally : tallies) {
    all.insert(all.end(), tally.latenciesMs.begin(), tally.latenciesMs.end());
    result.failures += tally.failures;
    if (result.firstError.empty()) {
      result.firstError = tally.firstError;
    }
  }
  result.calls = static_cast<std::int64_t>(all.size());
  result.seconds = std::chrono::duration<double>(measureEnd - measureStart).count();
  result.callsPerSecond = static_cast<double>(result.calls) / result.seconds;
  result.p50Ms = percentile(all, 50);
  result.p99Ms = percentile(std::move(all), 99);
  return result;
}

const char* channelModeName(ChannelMode mode) {
  return mode == ChannelMode::Shared ? "one shared channel" : "a channel per client";
}

std::vector<std::shared_ptr<grpc::Channel>> openChannels(const std::string& address, int count,
                                                         ChannelMode mode) {
  std::vector<std::shared_ptr<grpc::Channel>> channels;
  for (int i = 0; i < count; ++i) {
    if (mode == ChannelMode::Shared && i > 0) {
      channels.push_back(channels.front());
      continue;
    }
    grpc::ChannelArguments args;
    if (mode == ChannelMode::PerClient) {
      args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    }
    auto channel = grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
    if (!channel->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(10))) {
      throw std::runtime_error("cannot connect to " + address + " within 10 s");
    }
    channels.push_back(std::move(channel));
  }
  return channels;
}

std::string describeLatency(const LoadResult& result) {
  char text[128];
  std::snprintf(text, sizeof text, "p50 %.3g ms, p99 %.3g ms, %lld calls", result.p50Ms,
                result.p99Ms, static_cast<long long>(result.calls));
  return text;
}

} // namespace simpul::bench
