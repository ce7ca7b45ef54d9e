#include "server/scope.h"

#include "storage/statement.h"

#include <algorithm>

namespace simpul::server {

namespace {

// True when `code` is `ancestor` or lies below it ("32.04.12" under "32.04"). Dotted codes
// make this a prefix test that stops at a dot, so "32.0" never matches "32.04".
bool isWithin(std::string_view code, std::string_view ancestor) {
  if (code.size() < ancestor.size() || code.substr(0, ancestor.size()) != ancestor) {
    return false;
  }
  return code.size() == ancestor.size() || code[ancestor.size()] == '.';
}

} // namespace

Scope Scope::everywhere() {
  Scope s;
  s.m_everywhere = true;
  return s;
}

Scope Scope::within(std::vector<std::string> codes) {
  Scope s;
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  for (std::string& code : codes) {
    if (code.empty()) {
      return everywhere();
    }
    // Sorted order puts an ancestor right before its descendants.
    if (!s.m_codes.empty() && isWithin(code, s.m_codes.back())) {
      continue;
    }
    s.m_codes.push_back(std::move(code));
  }
  return s;
}

bool Scope::contains(std::string_view code) const {
  if (m_everywhere) {
    return true;
  }
  if (code.empty()) {
    return false;
  }
  return std::any_of(m_codes.begin(), m_codes.end(),
                     [&](const std::string& c) { return isWithin(code, c); });
}

Scope Scope::intersect(std::string_view code) const {
  if (code.empty()) {
    return *this;
  }
  if (contains(code)) {
    return within({std::string(code)});
  }
  // Only the parts of the scope that lie below `code`.
  std::vector<std::string> inside;
  for (const std::string& c : m_codes) {
    if (isWithin(c, code)) {
      inside.push_back(c);
    }
  }
  return within(std::move(inside));
}

void Scope::merge(const Scope& other) {
  if (m_everywhere || other.m_everywhere) {
    *this = everywhere();
    return;
  }
  std::vector<std::string> all = m_codes;
  all.insert(all.end(), other.m_codes.begin(), other.m_codes.end());
  *this = within(std::move(all));
}

std::string Scope::sqlCondition(std::string_view column) const {
  if (m_everywhere) {
    return "1";
  }
  if (m_codes.empty()) {
    return "0";
  }
  // "code >= '32.04' AND code < '32.04/'": '/' follows '.' in ASCII, so the half-open range
  // holds the code itself and every "32.04.xxx" below it, and an index on the column serves it.
  std::string sql = "(";
  for (std::size_t i = 0; i < m_codes.size(); ++i) {
    if (i > 0) {
      sql += " OR ";
    }
    sql += "(";
    sql += column;
    sql += " >= ? AND ";
    sql += column;
    sql += " < ?)";
  }
  sql += ")";
  return sql;
}

std::vector<std::string> Scope::sqlParameters() const {
  std::vector<std::string> params;
  if (m_everywhere) {
    return params;
  }
  for (const std::string& c : m_codes) {
    params.push_back(c);
    params.push_back(c + "/");
  }
  return params;
}

int Scope::bind(storage::Statement& stmt, int firstIndex) const {
  for (const std::string& p : sqlParameters()) {
    stmt.bind(firstIndex++, p);
  }
  return firstIndex;
}

} // namespace simpul::server
