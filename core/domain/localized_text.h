#pragma once

#include <string>
#include <string_view>

namespace simpul::domain {

// A message for a person, in Bahasa Indonesia (the UI's first language) and English.
// The domain has no Qt, so it cannot use Qt's translation system; it carries both texts and
// the layer that knows the UI language picks one.
struct LocalizedText {
  std::string id; // Bahasa Indonesia
  std::string en; // English

  const std::string& in(std::string_view language) const { return language == "en" ? en : id; }
  friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

} // namespace simpul::domain
