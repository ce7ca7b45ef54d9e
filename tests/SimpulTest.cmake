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
  simpul_check_arguments(simpul_add_test REQUIRED NAME SOURCES LISTS SOURCES LIBS)
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

# simpul_add_configure_failure_tests(PREFIX <test name prefix> PROJECT <scratch project dir>
#                                    CASES "<case>|<expected message>" ...)
# One test per case: configures the scratch project with -DCASE=<case> (and
# -DSIMPUL_SOURCE_DIR) and passes when CMake prints the expected message. For checking that a
# CMake helper refuses a mistake with a message that says what is wrong.
function(simpul_add_configure_failure_tests)
  cmake_parse_arguments(PARSE_ARGV 0 ARG "" "PREFIX;PROJECT" "CASES")
  simpul_check_arguments(simpul_add_configure_failure_tests REQUIRED PREFIX PROJECT CASES)
  foreach(case_and_message IN LISTS ARG_CASES)
    string(REPLACE "|" ";" parts "${case_and_message}")
    list(GET parts 0 case)
    list(GET parts 1 expected)
    add_test(NAME ${ARG_PREFIX}.${case}
      COMMAND ${CMAKE_COMMAND} -S "${ARG_PROJECT}"
              -B "${CMAKE_CURRENT_BINARY_DIR}/${ARG_PREFIX}/${case}" -G "${CMAKE_GENERATOR}"
              -DCASE=${case} "-DSIMPUL_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
    # Escape regex characters; CMake wraps long messages, so any space may be a line break.
    string(REGEX REPLACE "([][.*+?^$()|\\\\])" "\\\\\\1" expected_regex "${expected}")
    string(REPLACE " " "[ \n]+" expected_regex "${expected_regex}")
    set_tests_properties(${ARG_PREFIX}.${case} PROPERTIES
      PASS_REGULAR_EXPRESSION "${expected_regex}")
  endforeach()
endfunction()
