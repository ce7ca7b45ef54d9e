#include "record_limits.h"

#include "record_store.h"
#include "server/api_error.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::pmks {

namespace {

using server::ApiError;

std::size_t utf8Length(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

void checkText(std::string_view value, const char* field, std::size_t maxChars) {
  if (utf8Length(value) > maxChars) {
    const std::string limit = std::to_string(maxChars);
    throw ApiError::invalidArgument(field, "TOO_LONG",
                                    "Isian ini paling banyak " + limit + " karakter.",
                                    "This field takes at most " + limit + " characters.");
  }
}

void checkList(const std::vector<std::string>& items, const char* field) {
  if (items.size() > kMaxListItems) {
    const std::string limit = std::to_string(kMaxListItems);
    throw ApiError::invalidArgument(field, "TOO_MANY",
                                    "Isian ini paling banyak " + limit + " butir.",
                                    "This field takes at most " + limit + " items.");
  }
  for (const std::string& item : items) {
    checkText(item, field, kMaxListItemChars);
  }
}

} // namespace

void checkRecordTextLimits(const RecordInput& input) {
  checkText(input.notes, "record.notes", kMaxNotesChars);
  checkText(input.communityName, "record.subject.community_name", kMaxNameChars);
  checkText(input.disasterEvent, "record.disaster_event", kMaxNameChars);
  checkText(input.dusun, "record.location.dusun", kMaxLocationChars);
  checkText(input.rw, "record.location.rw", kMaxLocationChars);
  checkText(input.rt, "record.location.rt", kMaxLocationChars);
  checkList(input.criteria, "record.criteria");
  checkList(input.disabilityKinds, "record.disability_kinds");
}

} // namespace simpul::pmks
