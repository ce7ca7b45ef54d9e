import QtQuick
import QtTest

// Run by the ctest qml.selfcheck.no_tests_fail: a test file without test functions must be
// reported as a run in which nothing passed.
TestCase {
    name: "SelfcheckNoTests"
}
