#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>
#include <memory>
#include <vector>

namespace simpul::app {

// The UI language of the process: Bahasa Indonesia is the source text, so "id" removes every
// translator; "en" installs <translations dir>/simpul_en.qm and the plugins' own files.
// Either way QLocale's default follows, which errorText() and the number formats read.
class Language {
public:
  explicit Language(QString translationsDir);
  ~Language(); // removes its translators
  Language(const Language&) = delete;
  Language& operator=(const Language&) = delete;

  // `extraFiles`: more .qm files for this language (plugins). Returns false (and still
  // switches the locale) when the core translation file is missing or unreadable.
  bool apply(const QString& language, const QStringList& extraFiles = {});
  const QString& current() const { return m_current; }

  static bool isSupported(const QString& language) {
    return language == QLatin1String("id") || language == QLatin1String("en");
  }

private:
  void removeTranslators();

  QString m_translationsDir;
  QString m_current = QStringLiteral("id");
  std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace simpul::app
