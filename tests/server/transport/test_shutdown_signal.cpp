#include "server/transport/shutdown_signal.h"

#include <chrono>
#include <future>
#include <gtest/gtest.h>
#include <signal.h>
#include <thread>
#include <unistd.h>

namespace simpul::server {
namespace {

using namespace std::chrono_literals;

TEST(ShutdownSignal, TriggerCallsBackOnceOnAnotherThread) {
  std::promise<std::pair<std::string, std::thread::id>> called;
  std::atomic<int> calls{0};
  {
    ShutdownSignal signal([&](std::string_view reason) {
      if (calls.fetch_add(1) == 0) {
        called.set_value({std::string(reason), std::this_thread::get_id()});
      }
    });
    EXPECT_FALSE(signal.triggered());
    signal.trigger("test");
    signal.trigger("again");
    EXPECT_TRUE(signal.triggered());
    auto future = called.get_future();
    ASSERT_EQ(future.wait_for(5s), std::future_status::ready);
    const auto [reason, thread] = future.get();
    EXPECT_EQ(reason, "test");
    EXPECT_NE(thread, std::this_thread::get_id());
  }
  EXPECT_EQ(calls.load(), 1);
}

TEST(ShutdownSignal, DestroyedWithoutRequestDoesNotCallBack) {
  bool called = false;
  {
    ShutdownSignal signal([&](std::string_view) { called = true; });
  }
  EXPECT_FALSE(called);
}

TEST(ShutdownSignal, CallbackMayTakeItsTime) {
  std::atomic<bool> finished{false};
  {
    ShutdownSignal signal([&](std::string_view) {
      std::this_thread::sleep_for(50ms); // as Shutdown(deadline) draining calls
      finished = true;
    });
    signal.trigger();
  } // the destructor waits for the callback
  EXPECT_TRUE(finished.load());
}

// A real signal to the whole process. Run in a child process that starts with no other
// thread (threadsafe death tests re-execute the binary), as simpul-data's main() would.
void expectSignalReason(int signo, const char* expected) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        blockShutdownSignals();
        std::promise<std::string> reason;
        ShutdownSignal signal([&](std::string_view why) { reason.set_value(std::string(why)); });
        ::kill(::getpid(), signo);
        auto future = reason.get_future();
        const bool ok =
            future.wait_for(5s) == std::future_status::ready && future.get() == expected;
        std::_Exit(ok ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

TEST(ShutdownSignal, SigtermIsCaught) {
  expectSignalReason(SIGTERM, "SIGTERM");
}

TEST(ShutdownSignal, SigintIsCaught) {
  expectSignalReason(SIGINT, "SIGINT");
}

} // namespace
} // namespace simpul::server
