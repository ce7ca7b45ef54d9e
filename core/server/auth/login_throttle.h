#pragma once

#include "server/time_util.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace simpul::server {

struct LoginThrottleOptions {
  int freeFailures = 3;                      // failures in a row before any delay
  std::chrono::seconds firstDelay{1};        // after the 3rd failure; doubles with each next one
  std::chrono::seconds maxDelay{5 * 60};     // the cap of the doubling
  std::chrono::seconds forgetAfter{60 * 60}; // an entry quiet this long (and not blocked) goes
  std::size_t maxEntries = 100'000;          // memory bound against username spraying
};

// Slows down password guessing per username, in memory (a restart forgets, which is fine: a
// restart costs an attacker more than it gains). Keyed by the lowercased name as typed, and
// never by whether the user exists, so a known and an unknown username behave the same and
// the throttle cannot be used to find out which usernames exist. Thread-safe.
//
// After freeFailures failures in a row, an attempt within firstDelay * 2^(failures -
// freeFailures) (at most maxDelay) of the last failure is refused without checking the
// password. Once the delay applies, an attempt that is let through claims the next window
// itself until its outcome is recorded, so firing many attempts at once does not get them all
// through. Success resets the name.
class LoginThrottle {
public:
  explicit LoginThrottle(LoginThrottleOptions options = {});

  // How long the caller must wait before trying `username` again (rounded up to whole
  // seconds, at least 1), or nullopt when this attempt may go ahead.
  std::optional<std::chrono::seconds> retryAfter(std::string_view username, TimePoint now);
  void recordFailure(std::string_view username, TimePoint now);
  void recordSuccess(std::string_view username);

  std::size_t entryCount() const; // for tests and metrics

private:
  struct Entry {
    int failures = 0;
    TimePoint blockedUntil{};
    TimePoint lastSeen{};
  };

  std::chrono::seconds delayAfter(int failures) const;
  bool isStale(const Entry& entry, TimePoint now) const;
  void pruneLocked(TimePoint now); // requires m_mutex

  LoginThrottleOptions m_options;
  mutable std::mutex m_mutex;
  std::unordered_map<std::string, Entry> m_entries;
  std::uint64_t m_operations = 0;
};

} // namespace simpul::server
