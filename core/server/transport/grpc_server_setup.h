#pragma once

namespace simpul::server {

// Turns on the standard grpc.health.v1 health service and server reflection, so any gRPC
// client (grpc_cli, grpcurl, Python) can probe and explore the service. Both work through
// process-wide settings that grpc::ServerBuilder reads in its constructor: call this before
// creating the builder. Safe to call more than once and from several threads.
void enableHealthAndReflection();

} // namespace simpul::server
