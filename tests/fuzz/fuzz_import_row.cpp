// The import template (plugins/pmks/server/import_row.*) behind the CSV reader: a file's
// header is matched to the template's columns (or refused naming the missing one) and every
// row is turned into a record input or a row error that never quotes a cell.

#include "fuzz_check.h"
#include "import_row.h"
#include "server/api_error.h"
#include "table_readers.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace simpul::pmks;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  const auto reader = detail::openCsv(bytes, &error);
  if (!reader) {
    return 0;
  }
  try {
    const ImportTemplate importTemplate(reader->header());
    TableRow row;
    const simpul::domain::CivilDate today{2025, 6, 15};
    while (reader->next(row)) {
      const auto parsed = importTemplate.parse(row.line, row.values, today);
      if (!parsed) {
        const ImportRowError& rowError = parsed.error();
        FUZZ_CHECK(rowError.line == row.line, "a row error names its line");
        FUZZ_CHECK(!rowError.reason.empty(), "a row error has a reason code");
        for (const std::string& value : row.values) {
          // A cell's value may be personal data: messages must not quote it. Checked for
          // NIK- and KK-shaped values (16 digits): shorter digit runs do occur in messages
          // (the example code 3204052001).
          if (value.size() == 16 && value.find_first_not_of("0123456789") == std::string::npos) {
            FUZZ_CHECK(rowError.messageEn.find(value) == std::string::npos &&
                           rowError.messageId.find(value) == std::string::npos,
                       "a row error never quotes a cell");
          }
        }
      }
    }
  } catch (const simpul::server::ApiError& refused) {
    FUZZ_CHECK(refused.code() == grpc::StatusCode::INVALID_ARGUMENT,
               "a header without the template's columns is INVALID_ARGUMENT");
  }
  // The mapping of store errors to template columns, on an arbitrary field path.
  (void)templateColumnOfField(bytes.substr(0, 64));
  return 0;
}
