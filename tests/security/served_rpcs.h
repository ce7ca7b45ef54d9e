#pragma once

// What the running server serves, asked over its reflection service (as any client could):
// the services it lists, and each one's methods from the FileDescriptorProto reflection
// returns for it. So a service or method registered without a matrix entry cannot hide.

#include <grpcpp/grpcpp.h>
#include <memory>
#include <string>
#include <vector>

namespace simpul::testing {

// "package.Service/Method" of every served RPC; empty with *error set when reflection fails.
std::vector<std::string> servedRpcs(const std::shared_ptr<grpc::Channel>& channel,
                                    std::string* error);

// Calls `method` ("/package.Service/Method") with the serialized `request` as `token` through
// the generic API and reads the first response message: "OK" when one came (kept in *first),
// otherwise the status code's name. For the services with no generated stub here (health,
// reflection), and for streams that never end (Health/Watch).
std::string firstMessageOutcome(const std::shared_ptr<grpc::Channel>& channel,
                                const std::string& method, const std::string& token,
                                const std::string& request, std::string* first = nullptr);

} // namespace simpul::testing
