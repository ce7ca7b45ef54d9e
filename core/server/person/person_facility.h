#pragma once

#include "server/host.h"

namespace simpul::server {

// Host::ensurePerson and Host::findPersonById: the person registry as plugins use it, with
// the same checks as PersonService.CreatePerson.
PersonFacts ensureRegistryPerson(Host& host, storage::Database& tx, const Principal& actor,
                                 const PersonInput& input, std::string_view method);
std::optional<PersonFacts> findRegistryPerson(storage::Database& db, std::int64_t id);

} // namespace simpul::server
