// Request builders of the pmks plugin's services (see rpc_cases.h). Record calls also run on
// a sensitive type (16, Orang dengan HIV/AIDS) in "#sensitive" rows.
#include "rpc_cases.h"
#include "simpul/pmks/v1/export.grpc.pb.h"

namespace simpul::testing {

namespace v1 = simpul::pmks::v1;
using F = SecurityFixture;
using S = v1::PmksService::Stub;
using D = v1::DasawismaService::Stub;

namespace {

// A one-step transition of a fresh record in state `from`, as the caller.
RpcBuilder transitionCase(v1::RecordStatus from,
                          grpc::Status (S::*method)(grpc::ClientContext*,
                                                    const v1::TransitionRequest&, v1::Record*)) {
  return [from, method](F& f, Target t, const Caller& c) {
    v1::TransitionRequest request;
    request.set_name(f.seedRecord(t, from).name());
    request.set_reason("Data belum lengkap");
    v1::Record out;
    auto stub = v1::PmksService::NewStub(f.chan());
    return F::outcome(callAs(f, c.token, *stub, method, request, &out));
  };
}

std::vector<RpcCase> recordCases() {
  return {
      {"simpul.pmks.v1.PmksService/CreateRecord", true,
       [](F& f, Target t, const Caller& c) {
         v1::CreateRecordRequest request;
         *request.mutable_record() = F::recordFor(F::typeOf(t), f.freshNik(t), F::desaOf(t));
         v1::Record out;
         auto stub = v1::PmksService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::CreateRecord, request, &out));
       }},
      {"simpul.pmks.v1.PmksService/GetRecord", true,
       [](F& f, Target t, const Caller& c) {
         v1::GetRecordRequest request;
         request.set_name(f.seedRecord(t, v1::RECORD_STATUS_SUBMITTED).name());
         v1::Record out;
         auto stub = v1::PmksService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::GetRecord, request, &out));
       }},
      {"simpul.pmks.v1.PmksService/UpdateRecord", true,
       [](F& f, Target t, const Caller& c) {
         const v1::Record record = f.seedRecord(t, v1::RECORD_STATUS_DRAFT);
         v1::UpdateRecordRequest request;
         request.mutable_record()->set_name(record.name());
         request.mutable_record()->set_etag(record.etag());
         request.mutable_record()->set_notes("Dicek ulang");
         request.mutable_update_mask()->add_paths("notes");
         v1::Record out;
         auto stub = v1::PmksService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::UpdateRecord, request, &out));
       }},
      {"simpul.pmks.v1.PmksService/ListRecords", true,
       [](F& f, Target t, const Caller& c) {
         const v1::Record record = f.seedRecord(t, v1::RECORD_STATUS_SUBMITTED);
         std::vector<std::string> names;
         v1::RecordFilter byNik; // the whole NIK: exactly the seeded record, if visible
         byNik.set_query(record.subject().nik());
         const grpc::Status status = f.listRecords(c.token, byNik, &names);
         return listed(status, names == std::vector<std::string>{record.name()});
       }},
      {"simpul.pmks.v1.PmksService/SubmitRecord", true,
       transitionCase(v1::RECORD_STATUS_DRAFT, &S::SubmitRecord)},
      {"simpul.pmks.v1.PmksService/VerifyRecord", true,
       transitionCase(v1::RECORD_STATUS_SUBMITTED, &S::VerifyRecord)},
      {"simpul.pmks.v1.PmksService/ValidateRecord", true,
       transitionCase(v1::RECORD_STATUS_VERIFIED, &S::ValidateRecord)},
      // A submitted record: the verifier's return.
      {"simpul.pmks.v1.PmksService/ReturnRecord", true,
       transitionCase(v1::RECORD_STATUS_SUBMITTED, &S::ReturnRecord)},
      {"simpul.pmks.v1.PmksService/BatchTransition", true,
       [](F& f, Target t, const Caller& c) {
         // Submitting one named draft; a refusal is a per-record failure, named by reason.
         v1::BatchTransitionRequest request;
         request.set_action(v1::TRANSITION_ACTION_SUBMIT);
         request.add_names(f.seedRecord(t, v1::RECORD_STATUS_DRAFT).name());
         v1::BatchTransitionResponse out;
         auto stub = v1::PmksService::NewStub(f.chan());
         const grpc::Status status = callAs(f, c.token, *stub, &S::BatchTransition, request, &out);
         if (status.ok() && out.changed() != 1) {
           return "FAILED:" + (out.failures_size() > 0 ? out.failures(0).reason() : "?");
         }
         return F::outcome(status);
       }},
      {"simpul.pmks.v1.PmksService/ImportRecords", true,
       [](F& f, Target t, const Caller& c) {
         // One row as a DRAFT; a row refused for scope counts as failed, named by reason.
         const std::string nik = f.freshNik(t);
         const std::string birth =
             nik.substr(6, 2) + "/" + nik.substr(8, 2) + "/19" + nik.substr(10, 2);
         auto ctx = f.contextFor(c.token);
         v1::ImportRecordsResponse out;
         auto writer = v1::PmksService::NewStub(f.chan())->ImportRecords(ctx.get(), &out);
         v1::ImportRecordsRequest options;
         for (const char* column : {"nik", "nama", "jenis_kelamin", "tanggal_lahir", "kode_wilayah",
                                    "jenis_pmks", "periode"}) {
           options.mutable_options()->add_columns(column);
         }
         options.mutable_options()->set_file_name("matriks.csv");
         writer->Write(options);
         v1::ImportRecordsRequest rows;
         v1::ImportRow* row = rows.mutable_rows()->add_rows();
         row->set_line(2);
         for (const std::string& value :
              {nik, std::string("Warga Impor"), std::string("L"), birth, std::string(F::desaOf(t)),
               std::to_string(F::typeOf(t)), std::string("2025")}) {
           row->add_values(value);
         }
         writer->Write(rows);
         writer->WritesDone();
         const grpc::Status status = writer->Finish();
         if (status.ok() && out.records_created() != 1) {
           return "FAILED:" + (out.errors_size() > 0 ? out.errors(0).reason() : "?");
         }
         return F::outcome(status);
       }},
      {"simpul.pmks.v1.PmksService/GetRecap", true,
       [](F& f, Target t, const Caller& c) {
         f.seedRecord(t, v1::RECORD_STATUS_DRAFT);
         v1::GetRecapRequest request;
         request.set_wilayah_code(F::desaOf(t));
         request.set_period("2025");
         request.set_all_statuses(true);
         v1::GetRecapResponse out;
         auto stub = v1::PmksService::NewStub(f.chan());
         const grpc::Status status = callAs(f, c.token, *stub, &S::GetRecap, request, &out);
         bool counted = false;
         for (const auto& row : out.rows()) {
           counted = counted || (row.pmks_type() == F::typeOf(t) && row.total() > 0);
         }
         return listed(status, counted);
       }},
      {"simpul.pmks.v1.PmksExportService/ExportRecords", true,
       [](F& f, Target t, const Caller& c) {
         const v1::Record record = f.seedRecord(t, v1::RECORD_STATUS_SUBMITTED);
         v1::ExportRecordsRequest request;
         request.mutable_filter()->set_query(record.subject().nik());
         auto ctx = f.contextFor(c.token);
         auto reader = v1::PmksExportService::NewStub(f.chan())->ExportRecords(ctx.get(), request);
         bool found = false;
         v1::Record row;
         while (reader->Read(&row)) {
           found = found || row.name() == record.name();
         }
         return listed(reader->Finish(), found);
       }},
  };
}

std::vector<RpcCase> dasawismaCases() {
  return {
      {"simpul.pmks.v1.DasawismaService/CreateGroup", false,
       [](F& f, Target t, const Caller& c) {
         v1::CreateGroupRequest request;
         v1::DasawismaGroup& group = *request.mutable_group();
         group.set_display_name(f.freshName("Dasawisma Baru "));
         group.set_households(15);
         group.mutable_location()->set_wilayah_code(F::desaOf(t));
         group.mutable_location()->set_rw("2");
         group.mutable_location()->set_rt("3");
         group.mutable_ketua()->set_nik(f.freshNik(t));
         group.mutable_ketua()->set_full_name("Ketua Baru");
         v1::DasawismaGroup out;
         auto stub = v1::DasawismaService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &D::CreateGroup, request, &out));
       }},
      {"simpul.pmks.v1.DasawismaService/GetGroup", false,
       [](F& f, Target t, const Caller& c) {
         v1::GetGroupRequest request;
         request.set_name(f.seedGroup(t).name());
         v1::DasawismaGroup out;
         auto stub = v1::DasawismaService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &D::GetGroup, request, &out));
       }},
      {"simpul.pmks.v1.DasawismaService/UpdateGroup", false,
       [](F& f, Target t, const Caller& c) {
         const v1::DasawismaGroup group = f.seedGroup(t);
         v1::UpdateGroupRequest request;
         request.mutable_group()->set_name(group.name());
         request.mutable_group()->set_etag(group.etag());
         request.mutable_group()->set_households(18);
         request.mutable_update_mask()->add_paths("households");
         v1::DasawismaGroup out;
         auto stub = v1::DasawismaService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &D::UpdateGroup, request, &out));
       }},
      {"simpul.pmks.v1.DasawismaService/DeleteGroup", false,
       [](F& f, Target t, const Caller& c) {
         v1::DeleteGroupRequest request;
         request.set_name(f.seedGroup(t).name());
         google::protobuf::Empty out;
         auto stub = v1::DasawismaService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &D::DeleteGroup, request, &out));
       }},
      {"simpul.pmks.v1.DasawismaService/ListGroups", false,
       [](F& f, Target t, const Caller& c) {
         const std::string wanted = f.seedGroup(t).name();
         auto stub = v1::DasawismaService::NewStub(f.chan());
         v1::ListGroupsRequest request;
         request.set_page_size(500);
         bool found = false;
         for (;;) {
           v1::ListGroupsResponse out;
           const grpc::Status status = callAs(f, c.token, *stub, &D::ListGroups, request, &out);
           if (!status.ok()) {
             return F::outcome(status);
           }
           for (const auto& g : out.groups()) {
             found = found || g.name() == wanted;
           }
           if (out.next_page_token().empty()) {
             return listed(status, found);
           }
           request.set_page_token(out.next_page_token());
         }
       }},
      {"simpul.pmks.v1.DasawismaService/CreateReport", true,
       [](F& f, Target t, const Caller& c) {
         v1::CreateReportRequest request;
         request.mutable_report()->set_group(f.seedGroup(t).name());
         request.mutable_report()->set_month("2025-08");
         v1::DasawismaCandidate* candidate = request.mutable_report()->add_candidates();
         candidate->set_pmks_type(F::typeOf(t));
         candidate->mutable_subject()->set_nik(f.freshNik(t));
         candidate->mutable_subject()->set_full_name("Calon Baru");
         v1::DasawismaReport out;
         auto stub = v1::DasawismaService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &D::CreateReport, request, &out));
       }},
      {"simpul.pmks.v1.DasawismaService/GetReport", true,
       [](F& f, Target t, const Caller& c) {
         // "HIDDEN": the report came back without its (sensitive) candidate.
         v1::GetReportRequest request;
         request.set_name(f.seedReport(t).name());
         v1::DasawismaReport out;
         auto stub = v1::DasawismaService::NewStub(f.chan());
         const grpc::Status status = callAs(f, c.token, *stub, &D::GetReport, request, &out);
         return listed(status, out.candidates_size() == 1);
       }},
      {"simpul.pmks.v1.DasawismaService/ListReports", false,
       [](F& f, Target t, const Caller& c) {
         const v1::DasawismaReport report = f.seedReport(t);
         v1::ListReportsRequest request;
         request.set_group(report.group());
         v1::ListReportsResponse out;
         auto stub = v1::DasawismaService::NewStub(f.chan());
         const grpc::Status status = callAs(f, c.token, *stub, &D::ListReports, request, &out);
         return listed(status, out.reports_size() == 1);
       }},
      {"simpul.pmks.v1.DasawismaService/AcceptCandidates", true,
       [](F& f, Target t, const Caller& c) {
         const v1::DasawismaReport report = f.seedReport(t);
         v1::AcceptCandidatesRequest request;
         request.set_report(report.name());
         request.add_candidate_ids(report.candidates(0).id());
         v1::AcceptCandidatesResponse out;
         auto stub = v1::DasawismaService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &D::AcceptCandidates, request, &out));
       }},
      {"simpul.pmks.v1.DasawismaService/RejectCandidates", false,
       [](F& f, Target t, const Caller& c) {
         const v1::DasawismaReport report = f.seedReport(t);
         v1::RejectCandidatesRequest request;
         request.set_report(report.name());
         request.add_candidate_ids(report.candidates(0).id());
         request.set_reason("Bukan warga desa ini");
         v1::DasawismaReport out;
         auto stub = v1::DasawismaService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &D::RejectCandidates, request, &out));
       }},
  };
}

} // namespace

std::vector<RpcCase> pmksRpcCases() {
  std::vector<RpcCase> all = recordCases();
  for (auto& c : dasawismaCases()) {
    all.push_back(std::move(c));
  }
  return all;
}

} // namespace simpul::testing
