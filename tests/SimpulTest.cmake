# simpul_add_test(NAME <exe> SOURCES ... [LIBS ...] [FIXTURES_REQUIRED <ctest fixture>])
# A GoogleTest executable whose tests are discovered one by one (gtest_discover_tests) and
# named <exe>.<Suite>.<Test>, so `ctest -R test_sdk` selects a whole executable. ctest sets
# SIMPUL_DATA_DIR so tests read the reference data where it is.
#
# There is deliberately no ENVIRONMENT option: CMake 3.25's gtest_discover_tests flattens
# PROPERTIES into one list, so a second variable would be silently dropped. Pass further
# settings as compile definitions (see tests/core/sdk).
function(simpul_add_test)
  cmake_parse_arguments(PARSE_ARGV 0 ARG "" "NAME;FIXTURES_REQUIRED" "SOURCES;LIBS")
  simpul_check_arguments(simpul_add_test REQUIRED NAME SOURCES)
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main)
  simpul_set_warnings(${ARG_NAME})
  set(properties ENVIRONMENT "SIMPUL_DATA_DIR=${SIMPUL_DATA_DIR}")
  if(ARG_FIXTURES_REQUIRED)
    list(APPEND properties FIXTURES_REQUIRED "${ARG_FIXTURES_REQUIRED}")
  endif()
  gtest_discover_tests(${ARG_NAME}
    TEST_PREFIX "${ARG_NAME}."
    DISCOVERY_TIMEOUT 60
    PROPERTIES ${properties})
endfunction()
