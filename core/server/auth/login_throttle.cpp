#include "server/auth/login_throttle.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace simpul::server {

namespace {

// Usernames are [a-z0-9._-]{3,64}; anything longer cannot exist, but it is throttled like the
// rest (under a bounded key) so that the behaviour does not depend on the name's shape.
constexpr std::size_t kMaxKeyBytes = 128;

std::string keyOf(std::string_view username) {
  std::string key(username.substr(0, kMaxKeyBytes));
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return key;
}

} // namespace

LoginThrottle::LoginThrottle(LoginThrottleOptions options) : m_options(options) {}

std::chrono::seconds LoginThrottle::delayAfter(int failures) const {
  if (failures < m_options.freeFailures) {
    return std::chrono::seconds{0};
  }
  // Doubling from firstDelay; the exponent is capped before shifting so it cannot overflow.
  const int doublings = std::min(failures - m_options.freeFailures, 30);
  const auto delay = m_options.firstDelay * (std::int64_t{1} << doublings);
  return std::min<std::chrono::seconds>(delay, m_options.maxDelay);
}

bool LoginThrottle::isStale(const Entry& entry, TimePoint now) const {
  return now >= entry.blockedUntil && now - entry.lastSeen >= m_options.forgetAfter;
}

void LoginThrottle::pruneLocked(TimePoint now) {
  std::erase_if(m_entries, [&](const auto& item) { return isStale(item.second, now); });
  if (m_entries.size() < m_options.maxEntries) {
    return;
  }
  // Still full (a spray of fresh names): drop the quietest tenth in one go, so that each new
  // name does not pay for a scan. That weakens the throttle only for the names nobody has
  // tried for the longest time.
  std::vector<TimePoint> seen;
  seen.reserve(m_entries.size());
  for (const auto& item : m_entries) {
    seen.push_back(item.second.lastSeen);
  }
  const auto cut = seen.begin() + static_cast<std::ptrdiff_t>(seen.size() / 10);
  std::nth_element(seen.begin(), cut, seen.end());
  const TimePoint cutoff = *cut;
  std::erase_if(m_entries, [&](const auto& item) { return item.second.lastSeen <= cutoff; });
}

std::optional<std::chrono::seconds> LoginThrottle::retryAfter(std::string_view username,
                                                              TimePoint now) {
  const std::lock_guard lock(m_mutex);
  const auto it = m_entries.find(keyOf(username));
  if (it == m_entries.end()) {
    return std::nullopt;
  }
  Entry& entry = it->second;
  if (isStale(entry, now)) {
    m_entries.erase(it);
    return std::nullopt;
  }
  if (now < entry.blockedUntil) {
    const auto wait = std::chrono::ceil<std::chrono::seconds>(entry.blockedUntil - now);
    return std::max(wait, std::chrono::seconds{1});
  }
  if (entry.failures >= m_options.freeFailures) {
    // This attempt goes ahead and holds the window until recordFailure/recordSuccess.
    entry.blockedUntil = now + delayAfter(entry.failures);
    entry.lastSeen = now;
  }
  return std::nullopt;
}

void LoginThrottle::recordFailure(std::string_view username, TimePoint now) {
  const std::lock_guard lock(m_mutex);
  // Sweep now and then, and whenever full, so memory stays bounded without a timer thread.
  if (++m_operations % 4096 == 0 || m_entries.size() >= m_options.maxEntries) {
    pruneLocked(now);
  }
  Entry& entry = m_entries[keyOf(username)];
  entry.failures = std::min(entry.failures + 1, 1'000'000);
  entry.lastSeen = now;
  if (entry.failures >= m_options.freeFailures) {
    entry.blockedUntil = now + delayAfter(entry.failures);
  }
}

void LoginThrottle::recordSuccess(std::string_view username) {
  const std::lock_guard lock(m_mutex);
  m_entries.erase(keyOf(username));
}

std::size_t LoginThrottle::entryCount() const {
  const std::lock_guard lock(m_mutex);
  return m_entries.size();
}

} // namespace simpul::server
