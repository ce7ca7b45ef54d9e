#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace simpul::app {

// What `simpul` was asked to do. Empty strings mean "not given": the defaults (settings,
// paths beside the executable) are applied later, where they are known.
struct AppOptions {
  QString server;                   // --server ADDR; "" = the configured one, else embedded
  QString language;                 // --lang id|en; "" = the saved language
  QString screenshot;               // --screenshot FILE
  QString dumpTexts;                // --dump-texts FILE (only with --screenshot)
  QString page;                     // --page ID
  QString login;                    // --login USER
  QString passwordFile;             // --password-file FILE (only with --login)
  QString db;                       // --db FILE (embedded mode)
  QString plugins;                  // --plugins DIR
  QString wilayah;                  // --wilayah FILE (first start)
  bool exitAfterFirstFrame = false; // --exit-after-first-frame (start-up benchmark)
};

// The outcome of parsing: either options to run with, or text to print and an exit code
// (--help, --version: 0 on stdout; a usage error: 2 on stderr).
struct CommandLineResult {
  std::optional<AppOptions> options;
  int exitCode = 0;
  QString output; // for stdout
  QString error;  // for stderr, ends with a newline
};

// `arguments` includes the program name first, as QCoreApplication::arguments() does. Works
// before any QCoreApplication exists, so --help and --version need no display.
CommandLineResult parseCommandLine(const QStringList& arguments, const QString& version);

} // namespace simpul::app

namespace simpul::app {

// The first line of a --password-file, refused (with the reason in *error, and an empty
// result) when the file is missing, empty, or readable by the group or others.
QString readPasswordFile(const QString& path, QString* error);

} // namespace simpul::app
