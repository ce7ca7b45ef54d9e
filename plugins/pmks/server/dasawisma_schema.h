#pragma once

// The pmks plugin's Dasawisma tables: migration step 2 (pmks_schema.cpp lists it after the
// records' step 1).

#include "sdk/server_face.h"

namespace simpul::pmks {

sdk::Migration dasawismaMigration();

} // namespace simpul::pmks
