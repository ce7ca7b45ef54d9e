#include "cli/password_input.h"

#include "cli/command.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace simpul::cli {

namespace {

// The terminal settings to restore if a signal arrives while echo is off. Written before the
// handlers are installed and only read by them.
termios g_savedTerminal{};
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreEchoAndReraise(int signal) {
  if (g_echoOff != 0) {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
  }
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

// Echo off for its lifetime, with SIGINT/SIGTERM handlers that turn it back on: a user who
// presses Ctrl-C at the prompt must not be left with a terminal that shows nothing.
class EchoOff {
public:
  EchoOff() {
    if (::tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0) {
      throw CommandError(std::string("tidak bisa membaca pengaturan terminal / cannot read the "
                                     "terminal settings: ") +
                         std::strerror(errno));
    }
    m_oldInt = std::signal(SIGINT, restoreEchoAndReraise);
    m_oldTerm = std::signal(SIGTERM, restoreEchoAndReraise);
    termios quiet = g_savedTerminal;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    g_echoOff = 1;
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  ~EchoOff() {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    g_echoOff = 0;
    std::signal(SIGINT, m_oldInt);
    std::signal(SIGTERM, m_oldTerm);
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;

private:
  void (*m_oldInt)(int) = SIG_DFL;
  void (*m_oldTerm)(int) = SIG_DFL;
};

std::string askOnce(std::string_view prompt) {
  std::cerr << prompt << std::flush;
  std::string line;
  {
    EchoOff echoOff;
    // Unbuffered reads: std::cin might read ahead past the line we need.
    char c = 0;
    while (true) {
      const ssize_t n = ::read(STDIN_FILENO, &c, 1);
      if (n < 0 && errno == EINTR) {
        continue;
      }
      if (n <= 0) {
        throw CommandError("masukan berakhir / input ended before a password was given");
      }
      if (c == '\n') {
        break;
      }
      line.push_back(c);
    }
  }
  if (!line.empty() && line.back() == '\r') {
    line.pop_back();
  }
  return line;
}

} // namespace

std::string readPasswordFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    throw CommandError("tidak bisa membaca berkas kata sandi / cannot read the password file " +
                       path + ": " + std::strerror(errno));
  }
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') {
    line.pop_back();
  }
  if (line.empty()) {
    throw CommandError("baris pertama berkas kata sandi kosong / the first line of the password "
                       "file " +
                       path + " is empty");
  }
  return line;
}

bool stdinIsTerminal() {
  return ::isatty(STDIN_FILENO) == 1;
}

std::string promptPassword(std::string_view prompt, bool confirm) {
  std::string password = askOnce(prompt);
  if (password.empty()) {
    throw CommandError("kata sandi kosong / empty password");
  }
  if (confirm && askOnce("Ulangi / Repeat: ") != password) {
    throw CommandError("kedua kata sandi berbeda / the two passwords differ");
  }
  return password;
}

std::string obtainPassword(const std::optional<std::string>& file, std::string_view fileOption,
                           std::string_view prompt, bool confirm) {
  if (file) {
    return readPasswordFile(*file);
  }
  if (!stdinIsTerminal()) {
    throw UsageError("masukan bukan terminal, kata sandi tidak bisa ditanyakan / standard input "
                     "is not a terminal, so no password can be asked for: give " +
                     std::string(fileOption) + " FILE");
  }
  return promptPassword(prompt, confirm);
}

} // namespace simpul::cli
