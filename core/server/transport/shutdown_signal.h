#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace simpul::server {

// Blocks SIGTERM and SIGINT in the calling thread; threads started afterwards inherit the
// mask. Call first thing in main(), before gRPC, SQLite or anything else starts a thread:
// a thread that does not block them would take the signal and the process would die
// without draining its calls.
void blockShutdownSignals();

// Waits on a dedicated thread for SIGTERM or SIGINT (blocked beforehand, see above) or for
// trigger(), and then calls `onShutdown` once, on that thread, with the reason ("SIGTERM",
// "SIGINT" or the trigger's). The callback may block (server->Shutdown(deadline) drains
// the calls in progress) and may be triggered from inside a gRPC handler without
// deadlocking, since it never runs on the caller's thread.
//
//   blockShutdownSignals();
//   ... build and start the server ...
//   ShutdownSignal stop([&](std::string_view why) {
//     log(why); server->Shutdown(std::chrono::system_clock::now() + 10s); });
//   server->Wait(); // returns once Shutdown has drained; then close the database
class ShutdownSignal {
public:
  using Callback = std::function<void(std::string_view reason)>;

  explicit ShutdownSignal(Callback onShutdown);
  // Stops waiting and joins the thread. A shutdown requested before (signal or trigger)
  // still runs its callback to the end; otherwise the callback is never called.
  ~ShutdownSignal();
  ShutdownSignal(const ShutdownSignal&) = delete;
  ShutdownSignal& operator=(const ShutdownSignal&) = delete;

  // Starts the shutdown as a signal would. Only the first request (signal or trigger) counts.
  void trigger(std::string_view reason = "requested");
  // Whether a shutdown was requested (the callback may still be running).
  bool triggered() const { return m_triggered.load(); }

private:
  void run();
  void wake(); // writes to m_eventFd

  Callback m_onShutdown;
  int m_signalFd = -1;
  int m_eventFd = -1;
  std::atomic<bool> m_triggered{false};
  std::atomic<bool> m_stopping{false};
  std::mutex m_mutex;
  std::string m_reason; // of the first request; guarded by m_mutex
  std::thread m_thread;
};

} // namespace simpul::server
