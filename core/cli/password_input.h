#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace simpul::cli {

// The first line of a password file, its line ending stripped. Throws CommandError when the
// file cannot be read or the line is empty (the message names the file, never the content).
std::string readPasswordFile(const std::string& path);

// Whether standard input is a terminal we can prompt on.
bool stdinIsTerminal();

// Asks on the terminal with echo off (prompt on stderr); with `confirm`, asks twice and
// refuses a mismatch. Echo is restored on every way out, SIGINT and SIGTERM included.
// Throws CommandError on end of input or mismatch.
std::string promptPassword(std::string_view prompt, bool confirm);

// The password for a command: from `file` when given, else prompted (confirm as above).
// Never a default: without a file and without a terminal it throws UsageError naming the
// option to use (`fileOption`).
std::string obtainPassword(const std::optional<std::string>& file, std::string_view fileOption,
                           std::string_view prompt, bool confirm);

} // namespace simpul::cli
