#pragma once

#include <string>

namespace simpul::testing {

// What every Quick Test runner here sets up before its QGuiApplication exists: the offscreen
// platform (unless QT_QPA_PLATFORM says otherwise), a private XDG_RUNTIME_DIR when there is no
// usable one (Qt wants a directory of mode 0700 owned by us; CI machines and ctest usually have
// none), and the Fusion style the desktop uses. The runtime directory it made is removed again
// when the object goes.
class QuickTestEnvironment {
public:
  explicit QuickTestEnvironment(const std::string& runtimeDirPrefix);
  ~QuickTestEnvironment();
  QuickTestEnvironment(const QuickTestEnvironment&) = delete;
  QuickTestEnvironment& operator=(const QuickTestEnvironment&) = delete;

private:
  std::string m_runtimeDir; // empty when the existing one was used
};

} // namespace simpul::testing
