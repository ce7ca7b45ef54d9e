# simpul_add_test(NAME <exe> SOURCES ... [LIBS ...] [ENVIRONMENT VAR=value ...])
# A GoogleTest executable whose tests are discovered one by one (gtest_discover_tests), with
# SIMPUL_DATA_DIR pointing at the reference data so tests read it where it is.
function(simpul_add_test)
  cmake_parse_arguments(PARSE_ARGV 0 ARG "" "NAME" "SOURCES;LIBS;ENVIRONMENT")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "simpul_add_test: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT ARG_NAME OR NOT ARG_SOURCES)
    message(FATAL_ERROR "simpul_add_test: NAME and SOURCES are required")
  endif()
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main)
  simpul_set_warnings(${ARG_NAME})
  set(env "SIMPUL_DATA_DIR=${SIMPUL_DATA_DIR}" ${ARG_ENVIRONMENT})
  gtest_discover_tests(${ARG_NAME}
    DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "${env}")
endfunction()
