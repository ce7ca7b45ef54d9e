import QtQuick
import QtTest

// Run by the ctest qml.selfcheck.warning_fails: the test function passes, but the warning it
// causes must still be reported (QWARN), which the qml.components test counts as a failure.
TestCase {
    name: "SelfcheckWarning"

    function test_warning_is_reported() {
        console.warn("selfcheck warning: this line must make the run fail")
        verify(true)
    }
}
