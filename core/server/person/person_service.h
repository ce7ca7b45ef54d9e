#pragma once

#include "simpul/core/v1/person_service.grpc.pb.h"

namespace simpul::server {

class Host;

// The NIK-keyed person registry (proto/simpul/core/v1/person_service.proto). Permissions:
// core.person.read (Get, List, Lookup), core.person.write (Create, Update: at the person's
// wilayah, and at the new one when it moves), core.person.read_nik (the NIK unmasked).
// PERMISSION_DENIED when the caller holds the permission nowhere, before anything is looked
// up; a person outside the caller's read scope is NOT_FOUND, exactly like a missing one.
class PersonServiceImpl final : public simpul::core::v1::PersonService::Service {
public:
  explicit PersonServiceImpl(Host& host);

  grpc::Status CreatePerson(grpc::ServerContext* context,
                            const simpul::core::v1::CreatePersonRequest* request,
                            simpul::core::v1::Person* response) override;
  grpc::Status GetPerson(grpc::ServerContext* context,
                         const simpul::core::v1::GetPersonRequest* request,
                         simpul::core::v1::Person* response) override;
  grpc::Status UpdatePerson(grpc::ServerContext* context,
                            const simpul::core::v1::UpdatePersonRequest* request,
                            simpul::core::v1::Person* response) override;
  grpc::Status ListPersons(grpc::ServerContext* context,
                           const simpul::core::v1::ListPersonsRequest* request,
                           simpul::core::v1::ListPersonsResponse* response) override;
  grpc::Status LookupPersonByNik(grpc::ServerContext* context,
                                 const simpul::core::v1::LookupPersonByNikRequest* request,
                                 simpul::core::v1::Person* response) override;

private:
  Host& m_host;
};

} // namespace simpul::server
