#include "server/time_util.h"

#include <array>
#include <sodium.h>

namespace simpul::server {

std::int64_t toMillis(TimePoint t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

TimePoint fromMillis(std::int64_t ms) {
  return TimePoint(std::chrono::duration_cast<TimePoint::duration>(std::chrono::milliseconds(ms)));
}

void setTimestamp(google::protobuf::Timestamp* out, std::int64_t ms) {
  std::int64_t seconds = ms / 1000;
  std::int64_t rest = ms % 1000;
  if (rest < 0) {
    rest += 1000;
    --seconds;
  }
  out->set_seconds(seconds);
  out->set_nanos(static_cast<std::int32_t>(rest * 1000000));
}

std::string newEtag() {
  static const int initialized = sodium_init();
  (void)initialized;
  std::array<unsigned char, 8> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string etag;
  for (unsigned char b : bytes) {
    etag += kHex[b >> 4];
    etag += kHex[b & 0xf];
  }
  return etag;
}

} // namespace simpul::server
