# Runs the Qt Quick Test executable for ctest and fails the test when the run failed, when
# any warning was printed (QTest prints QWARN for every message a test did not declare with
# ignoreWarning) or when no test function ran at all (an empty TestCase still "passes" its
# initTestCase and cleanupTestCase).
#   cmake -DEXE=<runner> -DIMPORT=<qml import dir> -DINPUT=<dir or file> -P run_qml_tests.cmake
foreach(var EXE IMPORT INPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_qml_tests.cmake: -D${var}= is required")
  endif()
endforeach()

execute_process(
  COMMAND "${EXE}" -import "${IMPORT}" -input "${INPUT}"
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
message("${output}")

if(NOT result EQUAL 0)
  message(FATAL_ERROR "qml tests: the runner failed (exit status ${result})")
endif()
if(output MATCHES "(QWARN|QCRITICAL|QFATAL)")
  message(FATAL_ERROR "qml tests: QML warnings were printed (see ${CMAKE_MATCH_1} above)")
endif()
string(REGEX MATCHALL "\nPASS +: [^\n]*::test_[^\n]*" passed "\n${output}")
list(LENGTH passed passed_count)
if(passed_count EQUAL 0)
  message(FATAL_ERROR "qml tests: no test function ran")
endif()
message("qml tests: ${passed_count} test functions passed, no warnings")
