#include "server/auth/login_throttle.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <string>
#include <thread>
#include <vector>

namespace simpul::server {
namespace {

using namespace std::chrono_literals;

class LoginThrottleTest : public ::testing::Test {
protected:
  // Fails `name` `times` times, each attempt at the first moment the throttle allows it;
  // returns that moment.
  TimePoint failAtEarliest(const std::string& name, int times) {
    for (int i = 0; i < times; ++i) {
      if (const auto wait = throttle.retryAfter(name, t)) {
        t += *wait;
      }
      EXPECT_FALSE(throttle.retryAfter(name, t).has_value());
      throttle.recordFailure(name, t);
    }
    return t;
  }

  LoginThrottle throttle;
  TimePoint t = TimePoint{} + std::chrono::hours(24 * 365 * 50);
};

TEST_F(LoginThrottleTest, ThreeFailuresAreFree) {
  for (int i = 0; i < 2; ++i) {
    throttle.recordFailure("siti", t);
    EXPECT_FALSE(throttle.retryAfter("siti", t).has_value());
  }
  throttle.recordFailure("siti", t);
  EXPECT_EQ(throttle.retryAfter("siti", t), 1s);
}

TEST_F(LoginThrottleTest, DelaysDoubleUpToFiveMinutes) {
  failAtEarliest("siti", 3);
  const std::vector<std::chrono::seconds> expected = {1s,  2s,   4s,   8s,   16s, 32s,
                                                      64s, 128s, 256s, 300s, 300s};
  for (const auto delay : expected) {
    ASSERT_EQ(throttle.retryAfter("siti", t), delay);
    // Refused until the delay is over, allowed right at its end.
    EXPECT_TRUE(throttle.retryAfter("siti", t + delay - 1ms).has_value());
    t += delay;
    ASSERT_FALSE(throttle.retryAfter("siti", t).has_value());
    throttle.recordFailure("siti", t);
  }
}

TEST_F(LoginThrottleTest, RemainingTimeIsRoundedUp) {
  failAtEarliest("siti", 4); // next delay 2 s
  EXPECT_EQ(throttle.retryAfter("siti", t + 1500ms), 1s);
  EXPECT_EQ(throttle.retryAfter("siti", t + 100ms), 2s);
}

TEST_F(LoginThrottleTest, SuccessResets) {
  failAtEarliest("siti", 6);
  throttle.recordSuccess("siti");
  EXPECT_FALSE(throttle.retryAfter("siti", t).has_value());
  EXPECT_EQ(throttle.entryCount(), 0u);
  // Three free failures again.
  throttle.recordFailure("siti", t);
  throttle.recordFailure("siti", t);
  EXPECT_FALSE(throttle.retryAfter("siti", t).has_value());
}

TEST_F(LoginThrottleTest, NamesAreIndependentAndCaseInsensitive) {
  failAtEarliest("siti", 3);
  EXPECT_TRUE(throttle.retryAfter("SITI", t).has_value());
  EXPECT_TRUE(throttle.retryAfter("Siti", t).has_value());
  EXPECT_FALSE(throttle.retryAfter("budi", t).has_value());
}

TEST_F(LoginThrottleTest, UnknownAndKnownUsernamesBehaveTheSame) {
  // The throttle never learns whether a name exists: feed the same history to a name that
  // exists in some database and to one that cannot exist (too long, odd characters).
  const std::string known = "admin";
  const std::string unknown = std::string(300, 'Z') + "!";
  LoginThrottle other;
  for (int i = 0; i < 7; ++i) {
    EXPECT_EQ(throttle.retryAfter(known, t), other.retryAfter(unknown, t));
    throttle.recordFailure(known, t);
    other.recordFailure(unknown, t);
    t += 1s;
  }
  EXPECT_EQ(throttle.retryAfter(known, t), other.retryAfter(unknown, t));
}

TEST_F(LoginThrottleTest, OneAttemptPerWindowEvenWhenFiredTogether) {
  failAtEarliest("siti", 3);
  t += 1s;
  // Two attempts at the same moment: the first claims the window, the second waits.
  EXPECT_FALSE(throttle.retryAfter("siti", t).has_value());
  EXPECT_TRUE(throttle.retryAfter("siti", t).has_value());
}

TEST_F(LoginThrottleTest, EntriesExpire) {
  failAtEarliest("siti", 10);
  EXPECT_TRUE(throttle.retryAfter("siti", t).has_value());
  t += 1h;
  EXPECT_FALSE(throttle.retryAfter("siti", t).has_value());
  EXPECT_EQ(throttle.entryCount(), 0u);
  // Forgotten: three free failures again.
  throttle.recordFailure("siti", t);
  throttle.recordFailure("siti", t);
  EXPECT_FALSE(throttle.retryAfter("siti", t).has_value());
}

TEST_F(LoginThrottleTest, MemoryIsBounded) {
  LoginThrottle small(LoginThrottleOptions{.maxEntries = 100});
  for (int i = 0; i < 1000; ++i) {
    small.recordFailure("spray" + std::to_string(i), t + std::chrono::milliseconds(i));
  }
  EXPECT_LE(small.entryCount(), 100u);
  // The most recent names are still throttled.
  small.recordFailure("spray999", t + 1s);
  small.recordFailure("spray999", t + 1s);
  EXPECT_TRUE(small.retryAfter("spray999", t + 1s).has_value());
}

TEST_F(LoginThrottleTest, ThreadSafe) {
  std::vector<std::thread> threads;
  std::atomic<int> refused = 0;
  for (int n = 0; n < 8; ++n) {
    threads.emplace_back([&, n] {
      for (int i = 0; i < 500; ++i) {
        const std::string name = "user" + std::to_string(i % 10);
        if (throttle.retryAfter(name, t)) {
          ++refused;
        }
        if (n % 2 == 0) {
          throttle.recordFailure(name, t);
        } else if (i % 50 == 0) {
          throttle.recordSuccess(name);
        }
      }
    });
  }
  for (auto& thread : threads) {
    thread.join();
  }
  EXPECT_GT(refused.load(), 0);
  EXPECT_LE(throttle.entryCount(), 10u);
}

} // namespace
} // namespace simpul::server
