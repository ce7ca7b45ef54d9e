#include "first_frame_child.h"

#include "bench_report.h"
#include "bench_server.h"
#include "process.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace simpul::bench {

namespace {

using Clock = std::chrono::steady_clock;

// The last lines of a log, for an error message.
std::string tail(const std::string& path, std::size_t maxChars = 2000) {
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return text.size() > maxChars ? "..." + text.substr(text.size() - maxChars) : text;
}

// Peak RSS (MiB) of the direct children of `pid`, summed.
double childrenPeakRssMiB(pid_t pid) {
  double total = 0;
  const std::filesystem::path tasks = "/proc/" + std::to_string(pid) + "/task";
  std::error_code error;
  for (const auto& task : std::filesystem::directory_iterator(tasks, error)) {
    std::ifstream children(task.path() / "children");
    for (int child = 0; children >> child;) {
      total += peakRssMiB(child);
    }
  }
  return total;
}

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

std::vector<std::string> childEnvironment(const WorkDir& work) {
  std::map<std::string, std::string> set{
      {"XDG_RUNTIME_DIR", work.file("run")},
      {"XDG_CONFIG_HOME", work.file("config")},
      {"XDG_DATA_HOME", work.file("data")},
      {"XDG_CACHE_HOME", work.file("cache")},
  };
  for (const auto& [name, dir] : set) {
    std::filesystem::create_directories(dir);
  }
  ::chmod(work.file("run").c_str(), 0700); // Qt wants it private
  if (const char* platform = std::getenv("QT_QPA_PLATFORM"); platform == nullptr || !*platform) {
    set["QT_QPA_PLATFORM"] = "offscreen";
  }
  return testing::environmentWith(set, {"SIMPUL_SERVER", "SIMPUL_TOKEN"});
}

ChildRun runToFirstFrame(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                         const WorkDir& work, int timeoutSeconds, const std::string& label) {
  const std::string errPath = work.file(label + ".err");
  int out[2];
  if (::pipe2(out, O_CLOEXEC) != 0) {
    throw std::runtime_error("pipe failed");
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  std::vector<char*> args, envp;
  for (const std::string& arg : argv)
    args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  for (const std::string& var : env)
    envp.push_back(const_cast<char*>(var.c_str()));
  envp.push_back(nullptr);

  const Clock::time_point start = Clock::now();
  const Clock::time_point deadline = start + std::chrono::seconds(timeoutSeconds);
  pid_t pid = -1;
  const int spawned = ::posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  if (spawned != 0) {
    ::close(out[0]);
    throw std::runtime_error(label + ": cannot start " + argv[0]);
  }

  ChildRun run;
  bool sawFrame = false;
  bool timedOut = false;
  std::string buffer;
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      timedOut = true;
      break;
    }
    pollfd fd{out[0], POLLIN, 0};
    if (::poll(&fd, 1, static_cast<int>(left)) < 0 && errno != EINTR) {
      break;
    }
    char chunk[4096];
    const ssize_t n = ::read(out[0], chunk, sizeof chunk);
    if (n == 0) {
      break; // the child closed stdout: it has ended
    }
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN)
        continue;
      break;
    }
    buffer.append(chunk, static_cast<std::size_t>(n));
    if (!sawFrame && buffer.find("first-frame\n") != std::string::npos) {
      sawFrame = true;
      run.firstFrameMs = millisecondsSince(start);
      run.childrenRssMiB = childrenPeakRssMiB(pid);
    }
  }
  ::close(out[0]);

  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (Clock::now() >= deadline) {
      timedOut = true;
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const auto fail = [&](const std::string& why) {
    throw std::runtime_error(label + " (" + argv[0] + ") " + why + "; its stderr:\n" +
                             tail(errPath));
  };
  if (timedOut)
    fail("ran past " + std::to_string(timeoutSeconds) + " s and was killed");
  if (WIFSIGNALED(status))
    fail("was ended by signal " + std::to_string(WTERMSIG(status)));
  if (WEXITSTATUS(status) != 0)
    fail("exited " + std::to_string(WEXITSTATUS(status)));
  if (!sawFrame)
    fail("exited 0 without printing first-frame");
  const std::size_t peak = buffer.find("peak-rss-kib: ");
  if (peak == std::string::npos)
    fail("did not print peak-rss-kib");
  const long long kib = std::atoll(buffer.c_str() + peak + 14);
  if (kib <= 0)
    fail("printed no usable peak-rss-kib");
  run.peakRssMiB = static_cast<double>(kib) / 1024.0;
  return run;
}

} // namespace simpul::bench
