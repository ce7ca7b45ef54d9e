# Part B: import files (TableReader), template rows, ImportRecords.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
simpul_add_test(NAME test_pmks_import_file
  SOURCES import_file_test.cpp
  LIBS Simpul::PmksCommon PkgConfig::XLSXWRITER)

# The template rows, pure: import_row.cpp compiled in (the plugin is a module, not a library).
simpul_add_test(NAME test_pmks_import_row
  SOURCES import_row_test.cpp ${PROJECT_SOURCE_DIR}/plugins/pmks/server/import_row.cpp
  LIBS Simpul::Server Simpul::Domain)
target_include_directories(test_pmks_import_row PRIVATE ${PROJECT_SOURCE_DIR}/plugins/pmks/server)

# ImportRecords through a real simpul-data with the pmks plugin (PmksFixture, part A).
simpul_add_test(NAME test_pmks_import_records
  SOURCES import_records_test.cpp
  LIBS simpul_pmks_test_fixture)
