// WilayahService against a real simpul-data (ServerFixture) holding the official list.
#include "server_fixture.h"
#include "simpul/core/v1/error.pb.h"
#include "simpul/core/v1/wilayah_service.grpc.pb.h"

#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <set>

namespace simpul::testing {
namespace {

namespace v1 = simpul::core::v1;
using ::testing::Contains;

v1::ErrorDetail errorDetail(const grpc::ClientContext& ctx) {
  v1::ErrorDetail detail;
  const auto& trailers = ctx.GetServerTrailingMetadata();
  const auto it = trailers.find("simpul-error-bin");
  if (it != trailers.end()) {
    detail.ParseFromString(std::string(it->second.data(), it->second.size()));
  }
  return detail;
}

class WilayahServiceTest : public ServerFixture {
protected:
  void SetUp() override {
    ServerFixture::SetUp();
    m_stub = v1::WilayahService::NewStub(channel());
    m_token = adminToken();
  }

  grpc::Status listChildren(const std::string& parent, v1::ListChildrenResponse* out,
                            int pageSize = 0, const std::string& pageToken = {}) {
    v1::ListChildrenRequest request;
    request.set_parent_code(parent);
    request.set_page_size(pageSize);
    request.set_page_token(pageToken);
    auto ctx = context(m_token);
    return m_stub->ListChildren(ctx.get(), request, out);
  }

  // Every result of a search, page after page; fails the test on an error.
  std::vector<v1::Wilayah> searchAll(v1::SearchWilayahRequest request, int* pages = nullptr) {
    std::vector<v1::Wilayah> all;
    int count = 0;
    do {
      v1::SearchWilayahResponse response;
      auto ctx = context(m_token);
      const grpc::Status status = m_stub->SearchWilayah(ctx.get(), request, &response);
      EXPECT_TRUE(status.ok()) << status.error_message();
      if (!status.ok()) {
        break;
      }
      all.insert(all.end(), response.wilayah().begin(), response.wilayah().end());
      request.set_page_token(response.next_page_token());
      ++count;
    } while (!request.page_token().empty() && count < 1000);
    if (pages) {
      *pages = count;
    }
    return all;
  }

  std::unique_ptr<v1::WilayahService::Stub> m_stub;
  std::string m_token;
};

TEST_F(WilayahServiceTest, ListChildrenOfJawaBaratGivesItsKabupatenAndKota) {
  v1::ListChildrenResponse response;
  ASSERT_TRUE(listChildren("32", &response).ok());
  EXPECT_TRUE(response.next_page_token().empty());
  ASSERT_EQ(response.wilayah_size(), 27);
  std::map<std::string, v1::Wilayah> byCode;
  std::string previous;
  for (const v1::Wilayah& w : response.wilayah()) {
    EXPECT_LT(previous, w.code()) << "children come in code order";
    previous = w.code();
    EXPECT_EQ(w.parent_code(), "32");
    EXPECT_EQ(w.level(), v1::WILAYAH_LEVEL_KABUPATEN_KOTA);
    byCode[w.code()] = w;
  }
  ASSERT_TRUE(byCode.contains("32.04"));
  EXPECT_EQ(byCode["32.04"].display_name(), "Kabupaten Bandung");
  EXPECT_EQ(byCode["32.04"].name(), "wilayah/32.04");
  EXPECT_EQ(byCode["32.04"].type(), v1::WILAYAH_TYPE_KABUPATEN);
  ASSERT_TRUE(byCode.contains("32.73"));
  EXPECT_EQ(byCode["32.73"].display_name(), "Kota Bandung");
  EXPECT_EQ(byCode["32.73"].type(), v1::WILAYAH_TYPE_KOTA);
}

TEST_F(WilayahServiceTest, ListChildrenWithoutParentGivesTheProvinsi) {
  v1::ListChildrenResponse response;
  ASSERT_TRUE(listChildren("", &response).ok());
  ASSERT_EQ(response.wilayah_size(), 38);
  EXPECT_EQ(response.wilayah(0).code(), "11");
  EXPECT_EQ(response.wilayah(0).display_name(), "Aceh");
  for (const v1::Wilayah& w : response.wilayah()) {
    EXPECT_EQ(w.level(), v1::WILAYAH_LEVEL_PROVINSI);
    EXPECT_EQ(w.type(), v1::WILAYAH_TYPE_PROVINSI);
    EXPECT_EQ(w.parent_code(), "");
  }
}

TEST_F(WilayahServiceTest, ListChildrenPagesReturnEveryChildOnce) {
  v1::ListChildrenResponse whole;
  ASSERT_TRUE(listChildren("32", &whole).ok());
  std::vector<std::string> paged;
  std::string token;
  int pages = 0;
  do {
    v1::ListChildrenResponse page;
    ASSERT_TRUE(listChildren("32", &page, 5, token).ok());
    EXPECT_LE(page.wilayah_size(), 5);
    for (const v1::Wilayah& w : page.wilayah()) {
      paged.push_back(w.code());
    }
    token = page.next_page_token();
    ++pages;
  } while (!token.empty() && pages < 100);
  EXPECT_EQ(pages, 6); // 27 = 5 * 5 + 2
  std::vector<std::string> expected;
  for (const v1::Wilayah& w : whole.wilayah()) {
    expected.push_back(w.code());
  }
  EXPECT_EQ(paged, expected);
}

TEST_F(WilayahServiceTest, ListChildrenRefusesATokenFromAnotherParent) {
  v1::ListChildrenResponse first;
  ASSERT_TRUE(listChildren("32", &first, 5).ok());
  ASSERT_FALSE(first.next_page_token().empty());
  v1::ListChildrenResponse other;
  EXPECT_EQ(listChildren("33", &other, 5, first.next_page_token()).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(WilayahServiceTest, ListChildrenTakesAPlainParentCode) {
  v1::ListChildrenResponse response;
  ASSERT_TRUE(listChildren("320412", &response).ok());
  ASSERT_GT(response.wilayah_size(), 0);
  EXPECT_EQ(response.wilayah(0).code(), "32.04.12.1001");
  for (const v1::Wilayah& w : response.wilayah()) {
    EXPECT_EQ(w.parent_code(), "32.04.12");
  }
}

TEST_F(WilayahServiceTest, ListChildrenOfADesaIsEmptyAndOfAnUnknownParentNotFound) {
  v1::ListChildrenResponse response;
  ASSERT_TRUE(listChildren("32.04.12.2003", &response).ok());
  EXPECT_EQ(response.wilayah_size(), 0);
  EXPECT_TRUE(response.next_page_token().empty());

  EXPECT_EQ(listChildren("32.99", &response).error_code(), grpc::StatusCode::NOT_FOUND);
  v1::ListChildrenRequest request;
  request.set_parent_code("3x");
  auto ctx = context(m_token);
  EXPECT_EQ(m_stub->ListChildren(ctx.get(), request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(errorDetail(*ctx).field(), "parent_code");
  EXPECT_EQ(errorDetail(*ctx).reason(), "WILAYAH_MALFORMED");
}

TEST_F(WilayahServiceTest, SearchFindsKabupatenAndKotaBandung) {
  v1::SearchWilayahRequest request;
  request.set_name_prefix("bandung");
  request.set_page_size(50);
  int pages = 0;
  const std::vector<v1::Wilayah> all = searchAll(request, &pages);
  std::vector<std::string> codes;
  for (const v1::Wilayah& w : all) {
    codes.push_back(w.code());
  }
  EXPECT_THAT(codes, Contains("32.04"));
  EXPECT_THAT(codes, Contains("32.73"));
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), codes.size())
      << "no wilayah twice across pages";
  EXPECT_GT(pages, 1) << "the real list has more than 50 names starting with Bandung";
}

TEST_F(WilayahServiceTest, SearchWithinALevelIgnoresCaseAndTheKotaPrefix) {
  for (const char* prefix : {"bandung", "BANDUNG", "Kota Band", "kabupaten bandung"}) {
    v1::SearchWilayahRequest request;
    request.set_name_prefix(prefix);
    request.set_within_code("32");
    request.set_level(v1::WILAYAH_LEVEL_KABUPATEN_KOTA);
    request.set_page_size(2); // three results: two pages
    int pages = 0;
    std::vector<std::string> codes;
    for (const v1::Wilayah& w : searchAll(request, &pages)) {
      codes.push_back(w.code());
    }
    std::sort(codes.begin(), codes.end());
    EXPECT_EQ(codes, (std::vector<std::string>{"32.04", "32.17", "32.73"})) << prefix;
    EXPECT_EQ(pages, 2) << prefix;
  }
}

TEST_F(WilayahServiceTest, SearchRefusesAShortPrefixAndAnUnknownWithin) {
  v1::SearchWilayahRequest request;
  request.set_name_prefix(" b ");
  v1::SearchWilayahResponse response;
  auto ctx = context(m_token);
  EXPECT_EQ(m_stub->SearchWilayah(ctx.get(), request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(errorDetail(*ctx).field(), "name_prefix");

  request.set_name_prefix("bandung");
  request.set_within_code("32.99");
  ctx = context(m_token);
  EXPECT_EQ(m_stub->SearchWilayah(ctx.get(), request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(errorDetail(*ctx).reason(), "WILAYAH_UNKNOWN");
}

TEST_F(WilayahServiceTest, GetWilayahByDottedOrPlainCode) {
  for (const char* code : {"32.04.12.2003", "3204122003"}) {
    v1::GetWilayahRequest request;
    request.set_code(code);
    v1::Wilayah response;
    auto ctx = context(m_token);
    ASSERT_TRUE(m_stub->GetWilayah(ctx.get(), request, &response).ok()) << code;
    EXPECT_EQ(response.code(), "32.04.12.2003");
    EXPECT_EQ(response.display_name(), "Cangkuang Wetan");
    EXPECT_EQ(response.level(), v1::WILAYAH_LEVEL_DESA_KELURAHAN);
    EXPECT_EQ(response.type(), v1::WILAYAH_TYPE_DESA);
    EXPECT_EQ(response.parent_code(), "32.04.12");
  }
}

TEST_F(WilayahServiceTest, GetWilayahUnknownIsNotFoundAndMalformedInvalid) {
  v1::GetWilayahRequest request;
  request.set_code("32.04.12.2999");
  v1::Wilayah response;
  auto ctx = context(m_token);
  EXPECT_EQ(m_stub->GetWilayah(ctx.get(), request, &response).error_code(),
            grpc::StatusCode::NOT_FOUND);
  request.set_code("32.4");
  ctx = context(m_token);
  EXPECT_EQ(m_stub->GetWilayah(ctx.get(), request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(errorDetail(*ctx).reason(), "WILAYAH_MALFORMED");
}

TEST_F(WilayahServiceTest, AnySignedInUserMayReadTheList) {
  m_token = createUserAndLogin("viewer1", "viewer", "32.04.12.2003");
  v1::ListChildrenResponse response;
  ASSERT_TRUE(listChildren("33", &response).ok()) << "reference data is not scoped";
  EXPECT_GT(response.wilayah_size(), 0);
}

TEST_F(WilayahServiceTest, EveryMethodNeedsAToken) {
  {
    v1::GetWilayahRequest request;
    request.set_code("32");
    v1::Wilayah response;
    auto ctx = context();
    EXPECT_EQ(m_stub->GetWilayah(ctx.get(), request, &response).error_code(),
              grpc::StatusCode::UNAUTHENTICATED);
  }
  {
    v1::ListChildrenRequest request;
    v1::ListChildrenResponse response;
    auto ctx = context();
    EXPECT_EQ(m_stub->ListChildren(ctx.get(), request, &response).error_code(),
              grpc::StatusCode::UNAUTHENTICATED);
  }
  {
    v1::SearchWilayahRequest request;
    request.set_name_prefix("bandung");
    v1::SearchWilayahResponse response;
    auto ctx = context();
    EXPECT_EQ(m_stub->SearchWilayah(ctx.get(), request, &response).error_code(),
              grpc::StatusCode::UNAUTHENTICATED);
  }
}

} // namespace
} // namespace simpul::testing
