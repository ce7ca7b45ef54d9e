#include "app/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace simpul::app {

Language::Language(QString translationsDir) : m_translationsDir(std::move(translationsDir)) {}

Language::~Language() {
  removeTranslators();
}

void Language::removeTranslators() {
  for (const auto& translator : m_translators) {
    QCoreApplication::removeTranslator(translator.get());
  }
  m_translators.clear();
}

bool Language::apply(const QString& language, const QStringList& extraFiles) {
  removeTranslators();
  m_current = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
  if (m_current == QLatin1String("en")) {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  } else {
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
  }
  if (m_current == QLatin1String("id")) {
    return true;
  }
  bool coreLoaded = false;
  QStringList files{
      QDir(m_translationsDir).filePath(QStringLiteral("simpul_%1.qm").arg(m_current))};
  files.append(extraFiles);
  for (const QString& file : files) {
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file)) {
      qWarning("simpul: cannot load the translation %s", qPrintable(file));
      continue;
    }
    coreLoaded = coreLoaded || file == files.constFirst();
    QCoreApplication::installTranslator(translator.get());
    m_translators.push_back(std::move(translator));
  }
  return coreLoaded;
}

} // namespace simpul::app
