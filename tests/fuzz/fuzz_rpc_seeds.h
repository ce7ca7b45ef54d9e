// Hand-made requests for the RPC fuzz target's seed corpus (text format; included by
// fuzz_rpc.cpp inside an anonymous namespace). Synthetic data only: NIKs are built from the
// kecamatan 32.04.05, a birth date and a serial, and name nobody.

struct RpcSeed {
  const char* method;
  // One text-format request, or up to three for a client-streaming method.
  std::vector<const char*> texts;
};

const RpcSeed kRpcSeeds[] = {
    {"simpul.pmks.v1.PmksService.CreateRecord",
     {R"(request_id: "seed-1" record { pmks_type: 1 period: "2025"
         subject { nik: "3204051501800001" full_name: "Contoh Satu" }
         location { wilayah_code: "32.04.05.2001" rt: "001" rw: "002" } })"}},
    {"simpul.pmks.v1.PmksService.ListRecords",
     {R"(filter { wilayah_code: "32.04" pmks_type: 1 period: "2025" query: "con" }
         page_size: 2)"}},
    {"simpul.pmks.v1.PmksService.ListRecords",
     {R"(filter { query: "3204051501800001" } page_token: "cmVjb3JkcwoxMg")"}},
    {"simpul.pmks.v1.PmksService.GetRecord", {R"(name: "pmks/records/1")"}},
    {"simpul.pmks.v1.PmksService.SubmitRecord", {R"(name: "pmks/records/1")"}},
    {"simpul.pmks.v1.PmksService.GetRecap",
     {R"(wilayah_code: "32.04" period: "2025" all_statuses: true)"}},
    {"simpul.pmks.v1.PmksService.ImportRecords",
     {R"(options { request_id: "seed-import" file_name: "contoh.csv"
         columns: "nik" columns: "nama" columns: "jenis_kelamin" columns: "tanggal_lahir"
         columns: "kode_wilayah" columns: "jenis_pmks" columns: "periode" })",
      R"(rows { rows { line: 2 values: "3204051501800002" values: "Contoh Dua" values: "L"
         values: "1980-01-15" values: "32.04.05.2001" values: "1" values: "2025" } })"}},
    {"simpul.pmks.v1.PmksExportService.ExportRecords",
     {R"(filter { wilayah_code: "32.04.05" period: "2025" })"}},
    {"simpul.pmks.v1.DasawismaService.ListGroups",
     {R"(wilayah_code: "32.04.05.2001" page_size: 5)"}},
    {"simpul.core.v1.PersonService.ListPersons",
     {R"(wilayah_code: "32.04.05" page_size: 3 page_token: "cGVyc29ucwox")"}},
    {"simpul.core.v1.PersonService.LookupPersonByNik", {R"(nik: "3204051501800001")"}},
    {"simpul.core.v1.PersonService.CreatePerson",
     {R"(request_id: "seed-p" person { nik: "3204055501900003" full_name: "Contoh Tiga" })"}},
    {"simpul.core.v1.WilayahService.SearchWilayah",
     {R"(name_prefix: "ci" within_code: "32.04" page_size: 3)"}},
    {"simpul.core.v1.WilayahService.ListChildren", {R"(parent_code: "32.04.05" page_size: 2)"}},
    {"simpul.core.v1.WilayahService.GetWilayah", {R"(code: "32.04.05.2001")"}},
    {"simpul.core.v1.AuditService.ListAuditEntries", {R"(page_size: 2)"}},
    {"simpul.core.v1.UserService.ListUsers", {R"(page_size: 1)"}},
    {"simpul.core.v1.AttachmentService.UploadAttachment",
     {R"(metadata { filename: "foto.jpg" content_type: "image/jpeg" })",
      R"(chunk: "\377\330\377\340 not really a jpeg")"}},
};
