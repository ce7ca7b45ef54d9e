# Part F: exports. TableWriter (CSV/XLSX) and the recap PDF, pure; PmksExportService and
# `simpulctl pmks export` against a real simpul-data with the pmks plugin.
simpul_add_test(NAME test_pmks_export_table
  SOURCES export_table_test.cpp
  LIBS Simpul::PmksCommon Qt6::Core)

# ExportRecords in process, and simpulctl (a real process) against the fixture's server.
simpul_add_test(NAME test_pmks_export_records
  SOURCES export_records_test.cpp ${PROJECT_SOURCE_DIR}/tests/cli/process.cpp
  LIBS simpul_pmks_test_fixture Simpul::PmksCommon GTest::gmock)
target_include_directories(test_pmks_export_records PRIVATE ${PROJECT_SOURCE_DIR}/tests/cli)
target_compile_definitions(test_pmks_export_records PRIVATE
  SIMPULCTL_PATH="$<TARGET_FILE:simpulctl>" PMKS_PLUGINS_DIR="${SIMPUL_PLUGIN_OUTPUT_DIR}")
add_dependencies(test_pmks_export_records simpulctl simpul_plugin_pmks_cli
  simpul_plugin_pmks_server)
