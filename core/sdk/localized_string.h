#pragma once

#include <QString>
#include <QStringView>

namespace simpul::sdk {

// A text shown to people, in Bahasa Indonesia (the UI's first language) and English.
// Manifests may give a plain string instead of {"id": ..., "en": ...}; both fields then hold
// it. Translated at the source rather than through Qt's .ts files because plugins from third
// parties ship their manifest, not their translations, to the core.
struct LocalizedString {
  QString id; // Bahasa Indonesia
  QString en; // English

  const QString& in(QStringView language) const { return language == u"en" ? en : id; }
  bool isEmpty() const { return id.isEmpty() && en.isEmpty(); }
  friend bool operator==(const LocalizedString&, const LocalizedString&) = default;
};

} // namespace simpul::sdk
