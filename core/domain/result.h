#pragma once

#include <cassert>
#include <utility>
#include <variant>

namespace simpul::domain {

// Either a value or a typed error (std::expected arrives with C++23; g++ 12 builds C++20).
template <class T, class E> class [[nodiscard]] Result {
public:
  Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
  Result(E error) : m_v(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return m_v.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& {
    assert(ok());
    return std::get<0>(m_v);
  }
  T& value() & {
    assert(ok());
    return std::get<0>(m_v);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(m_v));
  }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  const E& error() const& {
    assert(!ok());
    return std::get<1>(m_v);
  }

private:
  std::variant<T, E> m_v;
};

} // namespace simpul::domain
