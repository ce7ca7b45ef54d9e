#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace simpul::storage {
class Statement;
}

namespace simpul::server {

// Where a permission holds: everywhere, or within a set of wilayah (each one with everything
// below it). Codes are dotted ("32.04"), as stored in every table.
class Scope {
public:
  static Scope everywhere();
  static Scope nowhere() { return {}; }
  static Scope within(std::vector<std::string> codes); // normalised: sorted, nested ones dropped

  bool isEverywhere() const { return m_everywhere; }
  bool isNowhere() const { return !m_everywhere && m_codes.empty(); }
  const std::vector<std::string>& codes() const { return m_codes; }

  // True when the wilayah `code` is one of the scope's wilayah or below one. An empty code
  // (a resource with no wilayah) is contained only by an everywhere scope.
  bool contains(std::string_view code) const;
  // True when the whole of `code`'s subtree is in the scope.
  bool covers(std::string_view code) const { return contains(code); }
  // The scope narrowed to the wilayah `code` (for "list within 32.04" requests).
  Scope intersect(std::string_view code) const;
  void merge(const Scope& other);

  // A SQL condition on `column` that holds exactly for rows in the scope, with one pair of
  // "?" parameters per wilayah (a half-open range, so an index on the column is used):
  //   everywhere → "1", nowhere → "0",
  //   {"32.04"}  → "((col >= ? AND col < ?))" bound to "32.04", "32.04/".
  // Bind the values from sqlParameters() starting at the first "?" of the condition.
  std::string sqlCondition(std::string_view column) const;
  std::vector<std::string> sqlParameters() const;
  // Binds sqlParameters() to stmt from index firstIndex on; returns the next free index.
  int bind(storage::Statement& stmt, int firstIndex) const;

private:
  bool m_everywhere = false;
  std::vector<std::string> m_codes;
};

} // namespace simpul::server
