#include "server/transport/shutdown_signal.h"

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <poll.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <system_error>
#include <unistd.h>

namespace simpul::server {

namespace {

sigset_t shutdownSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  return set;
}

} // namespace

void blockShutdownSignals() {
  const sigset_t set = shutdownSignals();
  if (const int rc = pthread_sigmask(SIG_BLOCK, &set, nullptr); rc != 0) {
    throw std::system_error(rc, std::generic_category(), "pthread_sigmask");
  }
}

ShutdownSignal::ShutdownSignal(Callback onShutdown) : m_onShutdown(std::move(onShutdown)) {
  // The waiting thread inherits this thread's mask; blocking here covers it even when main
  // forgot, though not threads that already run.
  blockShutdownSignals();
  // A signalfd rather than sigwait(): together with an eventfd in one poll() the thread can
  // also be woken by trigger() and by the destructor without sending it a signal.
  const sigset_t set = shutdownSignals();
  m_signalFd = ::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
  if (m_signalFd < 0) {
    throw std::system_error(errno, std::generic_category(), "signalfd");
  }
  m_eventFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (m_eventFd < 0) {
    const int code = errno;
    ::close(m_signalFd);
    throw std::system_error(code, std::generic_category(), "eventfd");
  }
  m_thread = std::thread([this] { run(); });
}

ShutdownSignal::~ShutdownSignal() {
  m_stopping = true;
  wake();
  m_thread.join();
  ::close(m_signalFd);
  ::close(m_eventFd);
}

void ShutdownSignal::trigger(std::string_view reason) {
  {
    const std::lock_guard lock(m_mutex);
    if (m_triggered) {
      return;
    }
    m_reason = reason;
    m_triggered = true;
  }
  wake();
}

void ShutdownSignal::wake() {
  const std::uint64_t one = 1;
  // Can only fail when the counter is about to overflow, which is a wake-up pending anyway.
  [[maybe_unused]] const auto written = ::write(m_eventFd, &one, sizeof(one));
}

void ShutdownSignal::run() {
  pollfd fds[2] = {{m_signalFd, POLLIN, 0}, {m_eventFd, POLLIN, 0}};
  while (true) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) {
        continue;
      }
      return; // nothing sensible left to wait on
    }
    if ((fds[0].revents & POLLIN) != 0) {
      signalfd_siginfo info{};
      while (::read(m_signalFd, &info, sizeof(info)) == sizeof(info)) {
        const std::lock_guard lock(m_mutex);
        if (!m_triggered) {
          m_reason = info.ssi_signo == SIGINT ? "SIGINT" : "SIGTERM";
          m_triggered = true;
        }
      }
    }
    if ((fds[1].revents & POLLIN) != 0) {
      std::uint64_t count = 0;
      [[maybe_unused]] const auto drained = ::read(m_eventFd, &count, sizeof(count));
    }
    std::string reason;
    {
      const std::lock_guard lock(m_mutex);
      if (!m_triggered) {
        if (m_stopping) {
          return;
        }
        continue;
      }
      // A request made before the destructor ran is still honoured.
      reason = m_reason;
    }
    if (m_onShutdown) {
      m_onShutdown(reason);
    }
    return; // once only; later signals stay blocked and pending, harmlessly
  }
}

} // namespace simpul::server
