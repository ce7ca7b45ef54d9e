#include "server/host.h"

namespace simpul::server {

Host::~Host() = default;

} // namespace simpul::server
