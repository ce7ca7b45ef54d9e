// wilayah get|children|search: the official region list (WilayahService).
#include "cli/commands.h"
#include "simpul/core/v1/wilayah_service.grpc.pb.h"

#include <charconv>
#include <ostream>

namespace simpul::cli {

namespace {

namespace v1 = simpul::core::v1;

const char* levelName(v1::WilayahLevel level) {
  switch (level) {
  case v1::WILAYAH_LEVEL_PROVINSI:
    return "provinsi";
  case v1::WILAYAH_LEVEL_KABUPATEN_KOTA:
    return "kabupaten/kota";
  case v1::WILAYAH_LEVEL_KECAMATAN:
    return "kecamatan";
  case v1::WILAYAH_LEVEL_DESA_KELURAHAN:
    return "desa/kelurahan";
  default:
    return "?";
  }
}

const char* typeName(v1::WilayahType type) {
  switch (type) {
  case v1::WILAYAH_TYPE_PROVINSI:
    return "provinsi";
  case v1::WILAYAH_TYPE_KABUPATEN:
    return "kabupaten";
  case v1::WILAYAH_TYPE_KOTA:
    return "kota";
  case v1::WILAYAH_TYPE_KECAMATAN:
    return "kecamatan";
  case v1::WILAYAH_TYPE_KELURAHAN:
    return "kelurahan";
  case v1::WILAYAH_TYPE_DESA:
    return "desa";
  case v1::WILAYAH_TYPE_DESA_ADAT:
    return "desa_adat";
  default:
    return "?";
  }
}

void printLine(Invocation& call, const v1::Wilayah& wilayah) {
  call.out() << wilayah.code() << '\t' << wilayah.display_name() << '\n';
}

int getWilayah(Invocation& call) {
  const auto& session = call.session();
  v1::GetWilayahRequest request;
  request.set_code(call.args().positionals[0]);
  v1::Wilayah wilayah;
  auto context = session.context();
  call.check(
      v1::WilayahService::NewStub(session.channel())->GetWilayah(context.get(), request, &wilayah),
      *context);
  call.out() << "code\t" << wilayah.code() << "\nname\t" << wilayah.display_name() << "\nlevel\t"
             << levelName(wilayah.level()) << "\ntype\t" << typeName(wilayah.type()) << "\nparent\t"
             << wilayah.parent_code() << '\n';
  return kExitOk;
}

int listChildren(Invocation& call) {
  const auto& session = call.session();
  auto stub = v1::WilayahService::NewStub(session.channel());
  const std::string parent =
      call.args().positionals.empty() ? std::string() : call.args().positionals[0];
  forEachPage([&](const std::string& pageToken) {
    v1::ListChildrenRequest request;
    request.set_parent_code(parent);
    request.set_page_size(1000);
    request.set_page_token(pageToken);
    v1::ListChildrenResponse response;
    auto context = session.context();
    call.check(stub->ListChildren(context.get(), request, &response), *context);
    for (const auto& wilayah : response.wilayah()) {
      printLine(call, wilayah);
    }
    return response.next_page_token();
  });
  return kExitOk;
}

v1::WilayahLevel parseLevel(const std::string& text) {
  int level = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), level);
  if (ec != std::errc{} || end != text.data() + text.size() || level < 1 || level > 4) {
    throw UsageError("--level: expected 1 (provinsi), 2 (kabupaten/kota), 3 (kecamatan) or 4 "
                     "(desa/kelurahan), got '" +
                     text + "'");
  }
  return static_cast<v1::WilayahLevel>(level);
}

int searchWilayah(Invocation& call) {
  const auto& session = call.session();
  auto stub = v1::WilayahService::NewStub(session.channel());
  const auto level = call.args().value("--level");
  const v1::WilayahLevel wantedLevel = level ? parseLevel(*level) : v1::WILAYAH_LEVEL_UNSPECIFIED;
  forEachPage([&](const std::string& pageToken) {
    v1::SearchWilayahRequest request;
    request.set_name_prefix(call.args().positionals[0]);
    request.set_within_code(call.args().value("--within").value_or(""));
    request.set_level(wantedLevel);
    request.set_page_size(200);
    request.set_page_token(pageToken);
    v1::SearchWilayahResponse response;
    auto context = session.context();
    call.check(stub->SearchWilayah(context.get(), request, &response), *context);
    for (const auto& wilayah : response.wilayah()) {
      printLine(call, wilayah);
    }
    return response.next_page_token();
  });
  return kExitOk;
}

} // namespace

std::vector<CommandSpec> wilayahCommands() {
  return {
      {.name = "wilayah get",
       .synopsis = "CODE",
       .summary = "Show one wilayah: code, name, level, type, parent.",
       .details = "CODE is dotted (32.04) or plain (3204).\n",
       .minPositionals = 1,
       .maxPositionals = 1,
       .run = getWilayah},
      {.name = "wilayah children",
       .synopsis = "[CODE]",
       .summary = "List the direct children of a wilayah (the provinsi without CODE).",
       .details = "One line per wilayah: code<TAB>name, in code order.\n",
       .maxPositionals = 1,
       .run = listChildren},
      {.name = "wilayah search",
       .synopsis = "PREFIX [--within CODE] [--level N]",
       .summary = "Find wilayah whose name starts with PREFIX (at least 2 characters).",
       .details = "Case and a leading \"Kabupaten\"/\"Kota\" are ignored. One line per wilayah:\n"
                  "code<TAB>name.\n",
       .options = {{"--within", "CODE", "only wilayah inside this one"},
                   {"--level", "N", "only this level: 1 provinsi .. 4 desa/kelurahan"}},
       .minPositionals = 1,
       .maxPositionals = 1,
       .run = searchWilayah},
  };
}

} // namespace simpul::cli
