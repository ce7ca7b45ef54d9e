# Parts G and H: the import and export code shared by simpulctl and the desktop
# (plugins/pmks/common), against a real simpul-data with the pmks plugin (PmksFixture).

# Part G: streamImport and the import error report (import_stream.h).
simpul_add_test(NAME test_pmks_import_stream
  SOURCES import_stream_test.cpp
  LIBS simpul_pmks_test_fixture Simpul::PmksCommon)

# Part H: exportRecordsToFile (progress, NIK mask, cancel, refusals) and the recap table and
# files (export_stream.h).
simpul_add_test(NAME test_pmks_export_stream
  SOURCES export_stream_test.cpp
  LIBS simpul_pmks_test_fixture Simpul::PmksCommon)
target_include_directories(test_pmks_export_stream PRIVATE ${PROJECT_SOURCE_DIR}/tests/cli)
