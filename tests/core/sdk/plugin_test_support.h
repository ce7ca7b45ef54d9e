#pragma once

// Helpers for the PluginManager tests: where the fixture scenarios were built and how to read
// what the fixture plugins recorded.

#include "sdk/plugin_manager.h"
#include "test_printers.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <memory>

namespace sdktest {

// <build>/tests/core/sdk/fixtures/<scenario>, compiled in by CMake (SDK_FIXTURES_BINARY);
// SIMPUL_SDK_FIXTURES in the environment overrides it, e.g. to run against a copied tree.
inline QString scenarioDir(const char* scenario) {
  const QString root =
      qEnvironmentVariable("SIMPUL_SDK_FIXTURES", QStringLiteral(SDK_FIXTURES_BINARY));
  return root + u'/' + QString::fromUtf8(scenario);
}

inline QStringList idsOf(const QList<const simpul::sdk::PluginSpec*>& specs) {
  QStringList ids;
  for (const auto* spec : specs) {
    ids.append(spec->id());
  }
  return ids;
}

// Each test gets a fresh log file that the fixture libraries append their lifecycle calls to
// (see fixtures/src/fixture_log.h).
class PluginScenarioTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(m_dir.isValid());
    m_logPath = m_dir.filePath(QStringLiteral("calls.log"));
    qputenv("SIMPUL_SDK_FIXTURE_LOG", m_logPath.toLocal8Bit());
  }
  void TearDown() override { qunsetenv("SIMPUL_SDK_FIXTURE_LOG"); }

  std::unique_ptr<simpul::sdk::PluginManager>
  runScenario(const char* scenario, simpul::sdk::Face face = simpul::sdk::Face::Server) {
    auto manager = std::make_unique<simpul::sdk::PluginManager>(face);
    manager->addSearchPath(scenarioDir(scenario));
    manager->run();
    return manager;
  }

  QStringList calls() const {
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
      return {};
    }
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
  }

  // The plugin exists, is in `state` for `reason`, and its message contains every word.
  static void expectPlugin(const simpul::sdk::PluginManager& manager, const char* id,
                           simpul::sdk::PluginState state, simpul::sdk::ErrorReason reason,
                           std::initializer_list<const char*> words = {}) {
    const auto* spec = manager.plugin(QString::fromUtf8(id));
    ASSERT_NE(spec, nullptr) << id;
    EXPECT_EQ(spec->state(), state) << id << ": " << str(spec->error().message);
    EXPECT_EQ(spec->error().reason, reason) << id << ": " << str(spec->error().message);
    for (const char* word : words) {
      EXPECT_THAT(str(spec->error().message), ::testing::HasSubstr(word)) << id;
    }
  }

  QTemporaryDir m_dir;
  QString m_logPath;
};

} // namespace sdktest
