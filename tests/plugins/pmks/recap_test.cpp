// GetRecap against a direct count over the generated records, at every level and status.

#include "pmks_fixture.h"
#include "storage/database.h"

#include <gtest/gtest.h>
#include <map>
#include <tuple>

namespace simpul::testing {
namespace {

namespace v1 = simpul::pmks::v1;

using Counts = std::map<std::pair<std::string, int>, std::tuple<std::int64_t, std::int64_t,
                                                                std::int64_t>>; // m, f, total

class PmksRecap : public PmksFixture {
protected:
  // Records over five desa of two kecamatan of 32.04 and one kelurahan of Kota Bandung, of
  // person, sensitive, disability and community types, both sexes, every status.
  void generate() {
    const std::vector<std::string> desa = {kDesa, kOtherDesa, "32.04.05.2003", "32.04.06.2003",
                                           "32.73.01.1001"};
    const std::vector<int> types = {11, 12, 16, 9, 26, 13};
    std::vector<std::string> names;
    for (int i = 0; i < 48; ++i) {
      const int type = types[i % types.size()];
      const std::string& where = desa[(i / 2) % desa.size()];
      v1::Record record = personRecord(
          type, nikFor(where.substr(0, 8), 1960 + i, 1 + i % 12, 1 + i % 28, i % 3 == 0, i + 1),
          i % 7 == 0 ? "2024" : "2025", where);
      if (type == 9) {
        record.add_disability_kinds("fisik");
      }
      if (type == 26) {
        record.clear_subject();
        record.mutable_subject()->set_community_name("Kampung " + std::to_string(i));
      }
      v1::Record out;
      const grpc::Status status = create(adminToken(), record, &out);
      ASSERT_TRUE(status.ok()) << status.error_message();
      names.push_back(out.name());
    }
    // Statuses by position: 0 draft, 1 submitted, 2 verified, 3 validated, 4 returned.
    auto batch = [&](v1::TransitionAction action, auto&& pick) {
      v1::BatchTransitionRequest request;
      request.set_action(action);
      request.set_reason("periksa lagi");
      for (std::size_t i = 0; i < names.size(); ++i) {
        if (pick(static_cast<int>(i) % 5)) {
          request.add_names(names[i]);
        }
      }
      v1::BatchTransitionResponse response;
      auto ctx = context(adminToken());
      ASSERT_TRUE(stub()->BatchTransition(ctx.get(), request, &response).ok());
      ASSERT_EQ(response.failures_size(), 0);
    };
    batch(v1::TRANSITION_ACTION_SUBMIT, [](int k) { return k >= 1; });
    batch(v1::TRANSITION_ACTION_VERIFY, [](int k) { return k >= 2; });
    batch(v1::TRANSITION_ACTION_VALIDATE, [](int k) { return k == 3; });
    batch(v1::TRANSITION_ACTION_RETURN, [](int k) { return k == 4; });
  }

  Counts recap(const std::string& wilayah, v1::RecapLevel level, bool allStatuses,
               const std::string& period = "2025") {
    v1::GetRecapRequest request;
    request.set_wilayah_code(wilayah);
    request.set_period(period);
    request.set_level(level);
    request.set_all_statuses(allStatuses);
    v1::GetRecapResponse response;
    auto ctx = context(adminToken());
    const grpc::Status status = stub()->GetRecap(ctx.get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    Counts counts;
    for (const auto& row : response.rows()) {
      EXPECT_GT(row.total(), 0);
      EXPECT_FALSE(row.pmks_type_name().empty());
      counts[{row.wilayah_code(), row.pmks_type()}] = {row.male(), row.female(), row.total()};
    }
    return counts;
  }

  // The same counts straight from pmks_records.
  Counts direct(const std::string& wilayah, int level, bool allStatuses,
                const std::string& period = "2025") {
    const int length =
        level == 0 ? static_cast<int>(wilayah.size()) : std::vector<int>{0, 2, 5, 8, 13}[level];
    storage::Database db = storage::Database::open(dbPath());
    auto stmt = db.prepare(
        "SELECT substr(wilayah_code, 1, ?1), pmks_type, sum(sex = 1), sum(sex = 2), count(*) "
        "FROM pmks_records WHERE period = ?2 AND (?3 OR status = 4) AND "
        "substr(wilayah_code, 1, length(?4)) = ?4 GROUP BY 1, 2");
    stmt.bindAll(length, period, allStatuses, wilayah);
    Counts counts;
    while (stmt.step()) {
      counts[{stmt.columnText(0), stmt.columnInt(1)}] = {stmt.columnInt64(2), stmt.columnInt64(3),
                                                         stmt.columnInt64(4)};
    }
    return counts;
  }
};

TEST_F(PmksRecap, EqualsADirectCountAtEveryLevel) {
  generate();
  const std::vector<std::pair<std::string, int>> tops = {
      {"", 0}, {"32", 1}, {"32.04", 2}, {"32.04.05", 3}};
  int compared = 0;
  for (const auto& [wilayah, own] : tops) {
    for (int level = own + 1; level <= 4; ++level) {
      for (bool all : {false, true}) {
        const Counts expected = direct(wilayah, level, all);
        EXPECT_FALSE(expected.empty());
        EXPECT_EQ(recap(wilayah, static_cast<v1::RecapLevel>(level), all), expected)
            << "wilayah '" << wilayah << "' level " << level << " all " << all;
        ++compared;
      }
    }
  }
  EXPECT_EQ(compared, 20);
  // The totals of a wilayah itself, and another period.
  EXPECT_EQ(recap("32.04.05", v1::RECAP_LEVEL_UNSPECIFIED, true), direct("32.04.05", 0, true));
  EXPECT_EQ(recap("32.04", v1::RECAP_LEVEL_KECAMATAN, true, "2024"),
            direct("32.04", 3, true, "2024"));
  // Sensitive records are counted.
  EXPECT_GT(std::get<2>(recap("32.04", v1::RECAP_LEVEL_UNSPECIFIED, true)[{"32.04", 16}]), 0);
}

TEST_F(PmksRecap, NeedsRecapReadAtTheWilayah) {
  v1::GetRecapRequest request;
  request.set_period("2025");
  request.set_wilayah_code(kKabupaten);
  v1::GetRecapResponse response;
  auto ctx1 = context(viewerToken());
  EXPECT_TRUE(stub()->GetRecap(ctx1.get(), request, &response).ok());
  auto ctx2 = context(psmToken());
  EXPECT_EQ(stub()->GetRecap(ctx2.get(), request, &response).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  request.clear_wilayah_code(); // the whole country
  auto ctx3 = context(dinsosToken());
  EXPECT_EQ(stub()->GetRecap(ctx3.get(), request, &response).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
}

} // namespace
} // namespace simpul::testing
