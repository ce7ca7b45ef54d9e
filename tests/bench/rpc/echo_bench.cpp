// The raw gRPC echo baseline (see echo_bench.h).
#include "echo_bench.h"

#include "rpc/echo.grpc.pb.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server_builder.h>
#include <grpcpp/server_context.h>
#include <random>
#include <stdexcept>

namespace simpul::bench {

namespace {

using simpul::bench::v1::EchoRecord;

class SyncEcho final : public v1::EchoService::Service {
public:
  grpc::Status Echo(grpc::ServerContext*, const EchoRecord* request, EchoRecord* reply) override {
    *reply = *request;
    return grpc::Status::OK;
  }
};

class CallbackEcho final : public v1::EchoService::CallbackService {
public:
  using v1::EchoService::CallbackService::Echo; // the sync overload stays visible (no warning)
  grpc::ServerUnaryReactor* Echo(grpc::CallbackServerContext* ctx, const EchoRecord* request,
                                 EchoRecord* reply) override {
    *reply = *request;
    auto* reactor = ctx->DefaultReactor();
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }
};

constexpr std::array kFirstNames = {"Siti",   "Dedi",  "Asep",     "Nur",   "Ujang",  "Euis",
                                    "Rina",   "Agus",  "Wawan",    "Yanti", "Dadang", "Neng",
                                    "Hendra", "Lilis", "Supriadi", "Ai"};
constexpr std::array kLastNames = {"Rahmawati", "Hidayat", "Suryana",  "Kurniasih", "Saputra",
                                   "Nurhayati", "Permana", "Setiawan", "Mulyani",   "Gunawan"};
constexpr std::array kDesa = {"Cileunyi Kulon", "Sukamanah", "Margahayu Tengah", "Cibiru Hilir",
                              "Pangalengan",    "Baleendah", "Rancaekek Wetan",  "Sindangsari"};
constexpr std::array kTypes = {"fakir-miskin", "lanjut-usia-terlantar", "penyandang-disabilitas",
                               "anak-terlantar", "perempuan-rawan-sosial-ekonomi"};

} // namespace

const char* echoServerKindName(EchoServerKind kind) {
  return kind == EchoServerKind::Sync ? "sync" : "callback";
}

EchoServer::EchoServer(EchoServerKind kind) : m_unixAddress("unix:" + m_dir.file("echo.sock")) {
  if (kind == EchoServerKind::Sync) {
    m_service = std::make_unique<SyncEcho>();
  } else {
    m_service = std::make_unique<CallbackEcho>();
  }
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort(m_unixAddress, grpc::InsecureServerCredentials());
  builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
  builder.RegisterService(m_service.get());
  m_server = builder.BuildAndStart();
  if (!m_server || port == 0) {
    throw std::runtime_error(std::string("the ") + echoServerKindName(kind) +
                             " echo server did not start");
  }
  m_tcpAddress = "127.0.0.1:" + std::to_string(port);
}

EchoServer::~EchoServer() {
  if (m_server) {
    m_server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
    m_server->Wait();
  }
}

EchoRecord sampleEchoRecord(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto pick = [&](auto const& list) {
    return list[rng() % list.size()];
  };
  const auto id = static_cast<long long>(100000 + rng() % 900000);
  EchoRecord r;
  r.set_name("pmks/records/" + std::to_string(id));
  r.set_pmks_type(static_cast<int>(1 + rng() % 26));
  r.set_pmks_type_slug(pick(kTypes));
  r.set_period("2025");
  r.set_person("persons/" + std::to_string(id));
  char text[64];
  std::snprintf(text, sizeof text, "3204**********%02d", static_cast<int>(rng() % 100));
  r.set_nik(text);
  r.set_nik_masked(true);
  r.set_full_name(std::string(pick(kFirstNames)) + " " + pick(kFirstNames) + " " +
                  pick(kLastNames));
  r.set_sex(static_cast<int>(1 + rng() % 2));
  r.set_birth_year(static_cast<int>(1940 + rng() % 80));
  r.set_birth_month(static_cast<int>(1 + rng() % 12));
  r.set_birth_day(static_cast<int>(1 + rng() % 28));
  std::snprintf(text, sizeof text, "3204%012llu",
                static_cast<unsigned long long>(rng() % 1000000000000ULL));
  r.set_no_kk(text);
  std::snprintf(text, sizeof text, "32.04.%02d.%04d", static_cast<int>(1 + rng() % 31),
                static_cast<int>(2001 + rng() % 20));
  r.set_wilayah_code(text);
  r.set_wilayah_name(pick(kDesa));
  r.set_dusun(std::string("Dusun ") + pick(kLastNames));
  std::snprintf(text, sizeof text, "%03d", static_cast<int>(1 + rng() % 20));
  r.set_rw(text);
  std::snprintf(text, sizeof text, "%03d", static_cast<int>(1 + rng() % 15));
  r.set_rt(text);
  r.set_collected_by("dinsos");
  r.add_criteria("tidak-mempunyai-sumber-mata-pencaharian");
  r.add_criteria("rumah-tidak-layak-huni");
  r.set_notes("Data hasil verifikasi lapangan");
  r.set_status(static_cast<int>(1 + rng() % 4));
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(rng()));
  r.set_etag(text);
  r.set_create_time_ms(1735689600000LL + static_cast<long long>(rng() % 31536000000ULL));
  r.set_update_time_ms(r.create_time_ms() + 86400000LL);
  return r;
}

LoadResult runEcho(const std::string& address, ChannelMode mode, const LoadOptions& options) {
  const auto channels = openChannels(address, options.clients, mode);
  std::vector<std::unique_ptr<v1::EchoService::Stub>> stubs;
  std::vector<EchoRecord> requests;
  for (int i = 0; i < options.clients; ++i) {
    stubs.push_back(v1::EchoService::NewStub(channels[static_cast<std::size_t>(i)]));
    requests.push_back(sampleEchoRecord(static_cast<std::uint64_t>(i) + 1));
  }
  return runLoad(options, [&](int client) -> std::string {
    const auto index = static_cast<std::size_t>(client);
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    EchoRecord reply;
    const grpc::Status status = stubs[index]->Echo(&ctx, requests[index], &reply);
    if (!status.ok()) {
      return "Echo: " + status.error_message();
    }
    if (reply.name() != requests[index].name() || reply.etag() != requests[index].etag()) {
      return "Echo answered a different message";
    }
    return {};
  });
}

} // namespace simpul::bench
