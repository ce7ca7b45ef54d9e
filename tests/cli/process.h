#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace simpul::testing {

// The environment of this process with `set` applied and `unset` removed, as "K=V" strings.
std::vector<std::string> environmentWith(const std::map<std::string, std::string>& set,
                                         const std::vector<std::string>& unset);

struct ProcessResult {
  int exitCode = -1; // the exit status, or -1 when killed by a signal
  int signal = 0;    // the signal that ended it, 0 when it exited
  bool timedOut = false;
  std::string out;
  std::string err;
};

// Runs argv[0] (a path) to completion with stdin from /dev/null (so never a terminal),
// capturing stdout and stderr. Killed with SIGKILL after `timeout`.
ProcessResult runProcess(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                         std::chrono::seconds timeout = std::chrono::seconds(120));

// A long-running child (the data service) with stdout and stderr appended to a log file.
// Killed with SIGKILL if still running when destroyed.
class ChildProcess {
public:
  ChildProcess(const std::vector<std::string>& argv, const std::vector<std::string>& env,
               const std::string& logPath);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return m_pid; }
  // Whether it still runs (reaps it when it has ended).
  bool running();
  // Sends `signal` and waits up to `timeout`; returns the result (timedOut when it did not
  // end, and it is then killed).
  ProcessResult stop(int signal, std::chrono::milliseconds timeout);

private:
  pid_t m_pid = -1;
  std::optional<int> m_status; // waitpid status once reaped
};

} // namespace simpul::testing
