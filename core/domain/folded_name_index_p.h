#pragma once

#include "domain/pmks_catalog.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace simpul::domain {

// Catalog entries by folded name (foldCatalogName), built once on first use: a lookup folds
// its input once and makes one hash lookup instead of folding every name of the catalog, which
// matters to importers resolving a type on every row. Where two entries fold alike, the one
// added first wins, as a linear search in catalog order would.
template <class Entry> class FoldedNameIndex {
public:
  void add(std::string_view name, const Entry* entry) {
    std::string key = foldCatalogName(name);
    if (!key.empty()) {
      m_entries.emplace(std::move(key), entry);
    }
  }

  const Entry* find(std::string_view name) const {
    const auto it = m_entries.find(foldCatalogName(name));
    return it == m_entries.end() ? nullptr : it->second;
  }

private:
  std::unordered_map<std::string, const Entry*> m_entries;
};

} // namespace simpul::domain
