#pragma once

// How long the free-text fields of a PMKS record may be. A request can be up to the data
// service's message limit (4 MiB); without these a single note of megabytes would be stored,
// audited and sent with every page of records.

#include <cstddef>

namespace simpul::pmks {

struct RecordInput;

inline constexpr std::size_t kMaxNotesChars = 2000;
inline constexpr std::size_t kMaxNameChars = 200;     // community_name, disaster_event
inline constexpr std::size_t kMaxLocationChars = 100; // dusun, rw, rt
inline constexpr std::size_t kMaxListItems = 32;      // criteria, disability_kinds
inline constexpr std::size_t kMaxListItemChars = 64;

// Throws server::ApiError(INVALID_ARGUMENT, reason "TOO_LONG" or "TOO_MANY") on the field
// ("record.notes", "record.location.dusun"...); the message gives the limit, never the value.
void checkRecordTextLimits(const RecordInput& input);

} // namespace simpul::pmks
