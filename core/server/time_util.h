#pragma once

#include <chrono>
#include <cstdint>
#include <google/protobuf/timestamp.pb.h>

namespace simpul::server {

using TimePoint = std::chrono::system_clock::time_point;

// Tables keep times as INTEGER milliseconds since the Unix epoch (UTC).
std::int64_t toMillis(TimePoint t);
TimePoint fromMillis(std::int64_t ms);
void setTimestamp(google::protobuf::Timestamp* out, std::int64_t ms);

// A fresh etag: 16 random hex characters. A row's etag changes on every update.
std::string newEtag();

} // namespace simpul::server
