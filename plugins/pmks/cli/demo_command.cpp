// simpulctl pmks demo: PMKS demo data on a demo database made by `simpulctl demo`, entered
// the way real users would enter it, through the running data service and as the demo
// accounts themselves (so every record has its history and audit entries):
//   - last year's data, imported by dinsos straight into VALIDATED for the persons of the
//     whole kab/kota (the recap has something to show at every level);
//   - this year's records of the psm accounts for the persons of their own desa, at every
//     step of the workflow: drafts, submitted, verified by the kades, validated by dinsos,
//     and some returned with a reason;
//   - a Dasawisma group in the psm's desa with this month's report of candidates to review.
// The persons are the demo's synthetic persons (read with ListPersons as dinsos).
#include "export_stream.h"
#include "pmks_cli.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "simpul/core/v1/person_service.grpc.pb.h"
#include "simpul/pmks/v1/dasawisma.grpc.pb.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <QDate>
#include <fstream>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <ostream>
#include <set>
#include <sstream>

namespace simpul::pmks::cli {

namespace {

namespace v1 = simpul::pmks::v1;
namespace core = simpul::core::v1;

struct Account {
  std::string username;
  std::string role;
  std::string wilayahCode;
  std::string token;
};

// The logins file of `simpulctl demo` (a header line, then username, role, wilayah code,
// wilayah name and password, tab-separated).
std::vector<std::pair<Account, std::string>> readLogins(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    throw sdk::CliError::failure("tidak dapat membaca / cannot read " + path);
  }
  std::vector<std::pair<Account, std::string>> logins;
  std::string line;
  std::getline(in, line);
  if (line.rfind("username\trole\twilayah_code", 0) != 0) {
    throw sdk::CliError::failure(path + ": bukan berkas login demo / not a demo logins file");
  }
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '\t');) {
      fields.push_back(cell);
    }
    if (fields.size() == 5) {
      logins.push_back({Account{fields[0], fields[1], fields[2], {}}, fields[4]});
    }
  }
  return logins;
}

class Demo {
public:
  Demo(sdk::CliInvocation& call, int year) : m_call(call), m_year(year) {}

  void signIn(const std::vector<std::pair<Account, std::string>>& logins) {
    auto auth = core::AuthService::NewStub(m_call.channel());
    for (const auto& [account, password] : logins) {
      if (account.role != "dinsos" && account.role != "psm" && account.role != "kepala_desa") {
        continue;
      }
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
      core::LoginRequest request;
      request.set_username(account.username);
      request.set_password(password);
      core::LoginResponse response;
      m_call.check(auth->Login(&context, request, &response), context);
      Account signedIn = account;
      signedIn.token = response.token();
      if (account.role == "psm") {
        // The psm's own person record (simpulctl demo makes one per psm) is not a PMKS.
        grpc::ClientContext whoContext;
        prepare(whoContext, signedIn);
        core::WhoAmIResponse me;
        m_call.check(auth->WhoAmI(&whoContext, core::WhoAmIRequest(), &me), whoContext);
        m_workers.insert(me.user().display_name());
      }
      m_accounts.push_back(signedIn);
    }
    if (!find("dinsos") || !find("psm")) {
      throw sdk::CliError::failure("berkas login tanpa akun dinsos dan psm / the logins file "
                                   "has no dinsos and psm accounts");
    }
  }

  void run() {
    const Account& dinsos = *find("dinsos");
    loadPersons(dinsos);
    importLastYear(dinsos);
    for (const Account& account : m_accounts) {
      if (account.role == "psm") {
        recordThisYear(account);
      }
    }
    dasawisma(*find("psm"));
    signOut();
    m_call.out() << "data PMKS demo / PMKS demo data: " << m_imported << " tervalidasi "
                 << m_year - 1 << " / validated " << m_year - 1 << ", " << m_created << " data "
                 << m_year << " / records " << m_year << " (" << m_skipped
                 << " dilewati / skipped)\n";
  }

private:
  // The sessions of this run end with it (best effort: they would expire anyway).
  void signOut() {
    auto auth = core::AuthService::NewStub(m_call.channel());
    for (const Account& account : m_accounts) {
      grpc::ClientContext context;
      prepare(context, account);
      core::LogoutResponse response;
      auth->Logout(&context, core::LogoutRequest(), &response).ok();
    }
  }

  const Account* find(const std::string& role) const {
    for (const Account& account : m_accounts) {
      if (account.role == role) {
        return &account;
      }
    }
    return nullptr;
  }

  void prepare(grpc::ClientContext& context, const Account& as, int seconds = 30) {
    context.AddMetadata("authorization", "Bearer " + as.token);
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(seconds));
  }

  void loadPersons(const Account& dinsos) {
    auto persons = core::PersonService::NewStub(m_call.channel());
    core::ListPersonsRequest request;
    request.set_wilayah_code(dinsos.wilayahCode);
    request.set_page_size(500);
    do {
      grpc::ClientContext context;
      prepare(context, dinsos);
      core::ListPersonsResponse response;
      m_call.check(persons->ListPersons(&context, request, &response), context);
      for (const core::Person& person : response.persons()) {
        if (!person.nik_masked() && person.birth_date().year() > 0 &&
            !m_workers.contains(person.full_name())) {
          m_persons.push_back(person);
        }
      }
      request.set_page_token(response.next_page_token());
    } while (!request.page_token().empty());
  }

  // A type whose rules the person meets at the end of `year`, varied by `seed`; 0: none.
  int typeFor(const core::Person& person, int year, int seed) const {
    const int age = year - person.birth_date().year(); // completed years on 31 December
    const bool female = person.sex() == core::SEX_FEMALE;
    if (age < 0) {
      return 0;
    }
    if (age < 5) {
      return seed % 2 == 0 ? 1 : 5;
    }
    if (age >= 7 && age < 18) {
      return seed % 3 == 0 ? 5 : 2;
    }
    if (age >= 61) {
      return seed % 3 == 0 ? 9 : 8;
    }
    if (female && age >= 19 && age < 59 && seed % 3 == 0) {
      return 23;
    }
    constexpr int kAdult[] = {9, 11, 12, 13, 17, 19, 20};
    return age >= 19 ? kAdult[seed % std::size(kAdult)] : 0;
  }

  static std::string disabilityFor(int type, int seed) {
    constexpr const char* kKinds[] = {"fisik", "sensorik", "intelektual", "mental"};
    return type == 5 || type == 9 ? kKinds[seed % 4] : "";
  }

  void importLastYear(const Account& dinsos) {
    auto stub = v1::PmksService::NewStub(m_call.channel());
    grpc::ClientContext context;
    prepare(context, dinsos, 600);
    v1::ImportRecordsResponse response;
    auto writer = stub->ImportRecords(&context, &response);
    v1::ImportRecordsRequest first;
    first.mutable_options()->set_request_id("demo-import-" + std::to_string(m_year - 1));
    first.mutable_options()->set_target_status(v1::RECORD_STATUS_VALIDATED);
    first.mutable_options()->set_file_name("demo.csv");
    for (const char* column : {"nik", "nama", "jenis_kelamin", "tanggal_lahir", "kode_wilayah",
                               "rw", "rt", "jenis_pmks", "jenis_disabilitas", "periode"}) {
      first.mutable_options()->add_columns(column);
    }
    writer->Write(first);
    v1::ImportRecordsRequest rows;
    int line = 1;
    for (std::size_t i = 0; i < m_persons.size(); ++i) {
      const core::Person& person = m_persons[i];
      const int type = typeFor(person, m_year - 1, static_cast<int>(i));
      if (type == 0 || i % 5 == 4) { // not everyone is a PMKS
        continue;
      }
      v1::ImportRow* row = rows.mutable_rows()->add_rows();
      row->set_line(++line);
      for (const std::string& value :
           {person.nik(), person.full_name(),
            std::string(person.sex() == core::SEX_FEMALE ? "P" : "L"), isoDate(person.birth_date()),
            person.address().wilayah_code(), person.address().rw(), person.address().rt(),
            std::to_string(type), disabilityFor(type, static_cast<int>(i)),
            std::to_string(m_year - 1)}) {
        row->add_values(value);
      }
    }
    writer->Write(rows);
    writer->WritesDone();
    m_call.check(writer->Finish(), context);
    m_imported = response.records_created() + response.records_existing();
    m_skipped += response.rows_failed();
  }

  // Creates the record; "" when the server refused it (the rules of its type, a duplicate).
  std::string create(const Account& psm, const core::Person& person, int type, int seed) {
    v1::CreateRecordRequest request;
    request.set_request_id("demo-" + psm.username + "-" + person.name() + "-" +
                           std::to_string(m_year));
    v1::Record& record = *request.mutable_record();
    record.set_pmks_type(type);
    record.set_period(std::to_string(m_year));
    record.mutable_subject()->set_nik(person.nik());
    record.mutable_subject()->set_full_name(person.full_name());
    record.mutable_subject()->set_sex(person.sex());
    *record.mutable_subject()->mutable_birth_date() = person.birth_date();
    record.mutable_location()->set_wilayah_code(person.address().wilayah_code());
    record.mutable_location()->set_rw(person.address().rw());
    record.mutable_location()->set_rt(person.address().rt());
    if (const std::string kind = disabilityFor(type, seed); !kind.empty()) {
      record.add_disability_kinds(kind);
    }
    grpc::ClientContext context;
    prepare(context, psm);
    v1::Record created;
    if (!v1::PmksService::NewStub(m_call.channel())
             ->CreateRecord(&context, request, &created)
             .ok()) {
      ++m_skipped;
      return {};
    }
    ++m_created;
    return created.name();
  }

  void step(const Account& as, const std::string& action, const std::string& name,
            const std::string& reason = {}) {
    auto stub = v1::PmksService::NewStub(m_call.channel());
    v1::TransitionRequest request;
    request.set_name(name);
    request.set_reason(reason);
    grpc::ClientContext context;
    prepare(context, as);
    v1::Record after;
    const grpc::Status status = action == "submit"   ? stub->SubmitRecord(&context, request, &after)
                                : action == "verify" ? stub->VerifyRecord(&context, request, &after)
                                : action == "return"
                                    ? stub->ReturnRecord(&context, request, &after)
                                    : stub->ValidateRecord(&context, request, &after);
    m_call.check(status, context);
  }

  // The psm's records of this year, for the persons of its desa, spread over the workflow;
  // the steps after SUBMITTED are taken only where a kades of that desa exists. The first
  // psm leaves some persons unrecorded: its Dasawisma report proposes them.
  void recordThisYear(const Account& psm) {
    const Account* kades = nullptr;
    for (const Account& account : m_accounts) {
      if (account.role == "kepala_desa" && account.wilayahCode == psm.wilayahCode) {
        kades = &account;
      }
    }
    const bool first = &psm == find("psm");
    const Account& dinsos = *find("dinsos");
    int seed = 0;
    for (const core::Person& person : m_persons) {
      if (person.address().wilayah_code() != psm.wilayahCode) {
        continue;
      }
      const int type = typeFor(person, m_year, seed);
      if (type == 0) {
        continue;
      }
      const int stage = seed++ % 8;
      if (first && stage == 7) {
        m_candidates.push_back(&person);
        continue;
      }
      const std::string name = create(psm, person, type, seed);
      if (name.empty() || stage == 0) {
        continue; // a draft
      }
      step(psm, "submit", name);
      if (kades == nullptr || stage == 1) {
        continue;
      }
      if (stage == 2) {
        step(*kades, "return", name, "Alamat RT belum sesuai KK; mohon diperiksa kembali.");
        continue;
      }
      step(*kades, "verify", name);
      if (stage >= 5) {
        step(dinsos, "validate", name);
      }
    }
  }

  void dasawisma(const Account& psm) {
    const core::Person* ketua = nullptr;
    for (const core::Person& person : m_persons) {
      if (person.address().wilayah_code() == psm.wilayahCode && ketua == nullptr) {
        ketua = &person;
      }
    }
    if (ketua == nullptr) {
      return;
    }
    auto stub = v1::DasawismaService::NewStub(m_call.channel());
    v1::CreateGroupRequest groupRequest;
    groupRequest.set_request_id("demo-dasawisma-" + psm.wilayahCode);
    v1::DasawismaGroup& group = *groupRequest.mutable_group();
    group.set_display_name("Dasawisma Melati 1");
    group.mutable_location()->set_wilayah_code(psm.wilayahCode);
    group.mutable_location()->set_dusun("Dusun 1");
    group.mutable_location()->set_rw("001");
    group.mutable_location()->set_rt("002");
    group.mutable_ketua()->set_nik(ketua->nik());
    group.set_households(14);
    grpc::ClientContext context;
    prepare(context, psm);
    v1::DasawismaGroup created;
    m_call.check(stub->CreateGroup(&context, groupRequest, &created), context);

    // This month's report proposes the persons of the desa the psm has not recorded yet.
    v1::CreateReportRequest reportRequest;
    reportRequest.set_request_id("demo-dasawisma-report-" + psm.wilayahCode);
    v1::DasawismaReport& report = *reportRequest.mutable_report();
    report.set_group(created.name());
    report.set_month(QDate::currentDate().toString("yyyy-MM").toStdString());
    report.set_notes("Hasil kunjungan ketua kelompok ke rumah-rumah anggota.");
    int seed = 0;
    for (const core::Person* person : m_candidates) {
      const int type = typeFor(*person, m_year, ++seed);
      if (type == 0) {
        continue;
      }
      v1::DasawismaCandidate& candidate = *report.add_candidates();
      candidate.set_pmks_type(type);
      candidate.mutable_subject()->set_nik(person->nik());
      candidate.mutable_subject()->set_full_name(person->full_name());
      candidate.mutable_subject()->set_sex(person->sex());
      *candidate.mutable_subject()->mutable_birth_date() = person->birth_date();
      if (const std::string kind = disabilityFor(type, seed); !kind.empty()) {
        candidate.add_disability_kinds(kind);
      }
      candidate.set_note("Diusulkan ketua kelompok");
    }
    if (report.candidates().empty()) {
      return;
    }
    grpc::ClientContext reportContext;
    prepare(reportContext, psm);
    v1::DasawismaReport createdReport;
    m_call.check(stub->CreateReport(&reportContext, reportRequest, &createdReport), reportContext);
  }

  sdk::CliInvocation& m_call;
  int m_year;
  std::vector<Account> m_accounts;
  std::vector<core::Person> m_persons;           // the demo's persons, not the psm's own records
  std::set<std::string> m_workers;               // the psm accounts' names
  std::vector<const core::Person*> m_candidates; // into m_persons
  int m_imported = 0;
  int m_created = 0;
  int m_skipped = 0;
};

int demoRun(sdk::CliInvocation& call) {
  const auto path = call.value("--logins-file");
  if (!path) {
    throw sdk::CliError::usage("--logins-file is required");
  }
  int year = QDate::currentDate().year();
  if (const auto given = call.value("--year")) {
    year = std::atoi(given->c_str());
    if (year < 2013 || year > 2100) {
      throw sdk::CliError::usage("--year: expected a year from 2013, got '" + *given + "'");
    }
  }
  Demo demo(call, year);
  demo.signIn(readLogins(*path));
  demo.run();
  return sdk::kCliExitOk;
}

} // namespace

sdk::CliCommand demoCommand() {
  return {
      .name = "pmks demo",
      .synopsis = "--logins-file FILE [--year YYYY]",
      .summary = "Add synthetic PMKS demo data to a demo database (./run.sh does this).",
      .details =
          "Signs in as the demo accounts of FILE (written by `simpulctl demo`) and,\n"
          "through the server: imports last year's records of the kab/kota's persons as\n"
          "dinsos (VALIDATED); records this year's for the persons of each psm's desa,\n"
          "taking them through the workflow (drafts, submitted, verified, validated,\n"
          "returned); and adds a Dasawisma group with this month's report of candidates.\n"
          "Meant for a fresh demo database (./run.sh runs it once, after `simpulctl demo`).\n",
      .options = {{"--logins-file", "FILE", "the demo logins file; required"},
                  {"--year", "YYYY", "this year's period (default: the current year)"}},
      .minPositionals = 0,
      .maxPositionals = 0,
      .run = demoRun,
  };
}

} // namespace simpul::pmks::cli
