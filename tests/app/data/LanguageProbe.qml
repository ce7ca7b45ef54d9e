import QtQuick

// Retranslation probe for language_test: its text changes when the app switches language.
Text {
    text: qsTr("Beranda uji")
}
