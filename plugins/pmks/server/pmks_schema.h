#pragma once

// The pmks plugin's tables (migrations applied by simpul-data, in order).

#include "sdk/server_face.h"

#include <vector>

namespace simpul::pmks {

std::vector<sdk::Migration> pmksMigrations();

} // namespace simpul::pmks
