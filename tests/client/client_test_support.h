#pragma once

#include "client/qt/client_session.h"
#include "server_fixture.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <memory>

namespace simpul::testing {

// Queued deliveries need an event loop on the test's thread: one QCoreApplication for the
// whole process, never destroyed (the tests end with the process).
inline void ensureApplication() {
  static int argc = 1;
  static char name[] = "test_client_qt";
  static char* argv[] = {name, nullptr};
  if (QCoreApplication::instance() == nullptr) {
    new QCoreApplication(argc, argv);
  }
}

// Spins the event loop until `predicate` holds, at most `timeoutMs`.
template <typename Predicate> bool waitFor(Predicate predicate, int timeoutMs = 10000) {
  return QTest::qWaitFor(predicate, timeoutMs);
}

// The UI language for one test: QLocale's default, put back afterwards.
class LocaleGuard {
public:
  explicit LocaleGuard(QLocale::Language language) : m_saved(QLocale()) {
    QLocale::setDefault(QLocale(language));
  }
  ~LocaleGuard() { QLocale::setDefault(m_saved); }
  LocaleGuard(const LocaleGuard&) = delete;
  LocaleGuard& operator=(const LocaleGuard&) = delete;

private:
  QLocale m_saved;
};

// A real simpul-data (ServerFixture) and a ClientSession pointed at it, signed out.
class ClientQtTest : public ServerFixture {
protected:
  void SetUp() override {
    ensureApplication();
    ServerFixture::SetUp();
    session = std::make_unique<client::ClientSession>();
    session->connectTo(QString::fromStdString(socketAddress()));
  }

  void TearDown() override {
    session.reset();
    ServerFixture::TearDown();
  }

  // Signs the session in and waits for the answer; true when signed in.
  bool signIn(const QString& username, const QString& password) {
    session->login(username, password);
    return waitFor([this] { return !session->busy(); }) && session->signedIn();
  }

  std::unique_ptr<client::ClientSession> session;
};

} // namespace simpul::testing
