# Part C: `simpulctl pmks ...` as real processes (tests/cli/process.h) against a real
# simpul-data that loads the plugins from ${SIMPUL_PLUGIN_OUTPUT_DIR}.
#   test_pmks_cli       command-line refusals (no server needed)
#   pmks.cli.import_recap_100k (label slow): 100,000 generated rows over Kabupaten Bandung
#                       imported as dinsos, then the kecamatan recap compared with the file.
set(PMKS_CLI_TEST_DEFINITIONS
  SIMPULCTL_PATH="$<TARGET_FILE:simpulctl>"
  SIMPUL_DATA_PATH="$<TARGET_FILE:simpul-data>"
  PMKS_PLUGINS_DIR="${SIMPUL_PLUGIN_OUTPUT_DIR}"
  SIMPUL_TEST_WILAYAH_CSV="${SIMPUL_DATA_DIR}/wilayah.csv"
  SIMPUL_TEST_NAMES_CSV="${SIMPUL_DATA_DIR}/indonesian_names_faker.csv")

simpul_add_test(NAME test_pmks_cli
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/cli_pmks_test.cpp ${PROJECT_SOURCE_DIR}/tests/cli/process.cpp
  LIBS GTest::gmock)
target_include_directories(test_pmks_cli PRIVATE ${PROJECT_SOURCE_DIR}/tests/cli)
target_compile_definitions(test_pmks_cli PRIVATE ${PMKS_CLI_TEST_DEFINITIONS})
add_dependencies(test_pmks_cli simpulctl simpul-data simpul_plugin_pmks_cli
  simpul_plugin_pmks_server)

# One long test, not discovered one by one, so it can carry the "slow" label.
add_executable(test_pmks_cli_e2e
  ${CMAKE_CURRENT_LIST_DIR}/cli_e2e_test.cpp ${PROJECT_SOURCE_DIR}/tests/cli/process.cpp)
target_link_libraries(test_pmks_cli_e2e PRIVATE Simpul::Domain Simpul::Client GTest::gmock
  GTest::gtest_main)
target_include_directories(test_pmks_cli_e2e PRIVATE ${PROJECT_SOURCE_DIR}/tests/cli)
target_compile_definitions(test_pmks_cli_e2e PRIVATE ${PMKS_CLI_TEST_DEFINITIONS})
simpul_set_warnings(test_pmks_cli_e2e)
add_dependencies(test_pmks_cli_e2e simpulctl simpul-data simpul_plugin_pmks_cli
  simpul_plugin_pmks_server)
add_test(NAME pmks.cli.import_recap_100k COMMAND test_pmks_cli_e2e)
set_tests_properties(pmks.cli.import_recap_100k PROPERTIES LABELS slow TIMEOUT 3600)
