# Part A: the pmks server face against a real simpul-data. PmksFixture (shared with the import
# and CLI tests) loads the plugin from ${SIMPUL_PLUGIN_OUTPUT_DIR}.
add_library(simpul_pmks_test_fixture STATIC
  ${CMAKE_CURRENT_LIST_DIR}/pmks_fixture.h ${CMAKE_CURRENT_LIST_DIR}/pmks_fixture.cpp)
target_link_libraries(simpul_pmks_test_fixture PUBLIC
  simpul_server_fixture Simpul::ProtoPmks Simpul::Domain)
target_include_directories(simpul_pmks_test_fixture PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_compile_definitions(simpul_pmks_test_fixture PRIVATE
  PMKS_PLUGINS_DIR="${SIMPUL_PLUGIN_OUTPUT_DIR}")
simpul_set_warnings(simpul_pmks_test_fixture)
add_dependencies(simpul_pmks_test_fixture simpul_plugin_pmks_server)

simpul_add_test(NAME test_pmks_server
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/records_test.cpp ${CMAKE_CURRENT_LIST_DIR}/workflow_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/recap_test.cpp
  LIBS simpul_pmks_test_fixture)
