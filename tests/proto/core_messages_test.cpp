// Proves the proto pipeline: the .proto files under proto/simpul/core/v1 were compiled at
// build time into the one shared library Simpul::ProtoCore, and the messages behave as the
// services of the data-service issue will rely on.
#include "simpul/core/v1/person.pb.h"
#include "simpul/core/v1/wilayah.pb.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

namespace {

using simpul::core::v1::Person;
using simpul::core::v1::Wilayah;

TEST(ProtoCore, PersonRoundTripsThroughTheWireFormat) {
  Person p;
  p.set_name("persons/42");
  p.set_nik("3204124507010001");
  p.set_full_name("Siti Rahayu");
  p.set_sex(simpul::core::v1::SEX_FEMALE);
  p.mutable_birth_date()->set_year(2001);
  p.mutable_birth_date()->set_month(7);
  p.mutable_birth_date()->set_day(5);
  p.mutable_address()->set_wilayah_code("32.04.12.2003");
  p.mutable_address()->set_rt("003");
  p.mutable_update_time()->set_seconds(1'790'000'000);
  p.set_etag("W/\"3\"");

  const std::string wire = p.SerializeAsString();
  Person back;
  ASSERT_TRUE(back.ParseFromString(wire));
  EXPECT_EQ(back.nik(), "3204124507010001");
  EXPECT_EQ(back.sex(), simpul::core::v1::SEX_FEMALE);
  EXPECT_EQ(back.birth_date().day(), 5);
  EXPECT_EQ(back.address().wilayah_code(), "32.04.12.2003");
  EXPECT_EQ(back.update_time().seconds(), 1'790'000'000);
  EXPECT_EQ(back.SerializeAsString(), wire);
}

TEST(ProtoCore, WilayahJsonUsesProtoFieldNames) {
  Wilayah w;
  w.set_name("wilayah/32.04");
  w.set_code("32.04");
  w.set_display_name("Kabupaten Bandung");
  w.set_level(simpul::core::v1::WILAYAH_LEVEL_KABUPATEN_KOTA);
  w.set_type(simpul::core::v1::WILAYAH_TYPE_KABUPATEN);
  w.set_parent_code("32");

  std::string json;
  google::protobuf::util::JsonPrintOptions opts;
  opts.preserve_proto_field_names = true;
  ASSERT_TRUE(google::protobuf::util::MessageToJsonString(w, &json, opts).ok());
  EXPECT_NE(json.find("\"parent_code\":\"32\""), std::string::npos) << json;
  EXPECT_NE(json.find("WILAYAH_LEVEL_KABUPATEN_KOTA"), std::string::npos) << json;

  Wilayah back;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(json, &back).ok());
  EXPECT_EQ(back.display_name(), "Kabupaten Bandung");
  EXPECT_EQ(back.type(), simpul::core::v1::WILAYAH_TYPE_KABUPATEN);
}

TEST(ProtoCore, DescriptorsAreRegisteredOnceUnderTheVersionedPackage) {
  const auto* pool = google::protobuf::DescriptorPool::generated_pool();
  const auto* person = pool->FindMessageTypeByName("simpul.core.v1.Person");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person, Person::descriptor());
  EXPECT_EQ(person->file()->name(), "simpul/core/v1/person.proto");
  EXPECT_EQ(person->file()->package(), "simpul.core.v1");
  ASSERT_NE(pool->FindFileByName("simpul/core/v1/wilayah.proto"), nullptr);
}

TEST(ProtoCore, ResourceNameIsTheFirstFieldOfEveryResource) {
  // AIP-122: resources carry `string name = 1`.
  for (const auto* d : {Person::descriptor(), Wilayah::descriptor()}) {
    const auto* f = d->FindFieldByNumber(1);
    ASSERT_NE(f, nullptr) << d->full_name();
    EXPECT_EQ(f->name(), "name") << d->full_name();
    EXPECT_EQ(f->type(), google::protobuf::FieldDescriptor::TYPE_STRING);
  }
}

TEST(ProtoCore, EnumsStartWithUnspecifiedZero) {
  const auto* file = Person::descriptor()->file();
  const auto* pool = google::protobuf::DescriptorPool::generated_pool();
  std::vector<const google::protobuf::EnumDescriptor*> enums = {
      file->FindEnumTypeByName("Sex"), pool->FindEnumTypeByName("simpul.core.v1.WilayahLevel"),
      pool->FindEnumTypeByName("simpul.core.v1.WilayahType")};
  for (const auto* e : enums) {
    ASSERT_NE(e, nullptr);
    ASSERT_NE(e->FindValueByNumber(0), nullptr) << e->full_name();
    EXPECT_NE(e->FindValueByNumber(0)->name().find("_UNSPECIFIED"), std::string::npos);
  }
}

} // namespace
