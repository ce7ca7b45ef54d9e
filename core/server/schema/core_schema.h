#pragma once

#include "storage/migration.h"

namespace simpul::server {

// The core module's schema steps ("core" in core_schema_migrations). Times are INTEGER
// milliseconds since the Unix epoch (UTC); wilayah codes are dotted text.
storage::ModuleSchema coreSchema();

} // namespace simpul::server
