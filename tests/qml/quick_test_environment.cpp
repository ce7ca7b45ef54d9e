#include "quick_test_environment.h"

#include <QByteArray>
#include <QQuickStyle>
#include <filesystem>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace simpul::testing {

namespace {

std::string ensureRuntimeDir(const std::string& prefix) {
  const QByteArray current = qgetenv("XDG_RUNTIME_DIR");
  struct stat info {};
  if (!current.isEmpty() && ::stat(current.constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
      (info.st_mode & 0777) == 0700 && info.st_uid == ::getuid()) {
    return {};
  }
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a runtime directory");
  }
  qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(pattern));
  return pattern;
}

} // namespace

QuickTestEnvironment::QuickTestEnvironment(const std::string& runtimeDirPrefix) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
  }
  m_runtimeDir = ensureRuntimeDir(runtimeDirPrefix);
  QQuickStyle::setStyle(QStringLiteral("Fusion"));
}

QuickTestEnvironment::~QuickTestEnvironment() {
  if (!m_runtimeDir.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(m_runtimeDir, ignored);
  }
}

} // namespace simpul::testing
