import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components

// The data service could not start or cannot be reached: says why (simpul-data's own
// words), offers to try again and to change the server address.
FocusScope {
    id: root

    property bool pageLoaded: true

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXl * 2, 720)
        height: Math.min(parent.height - Theme.spacingXl * 2, implicitHeight)
        spacing: Theme.spacingL

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Label {
                Layout.fillWidth: true
                text: qsTr("Simpul tidak dapat dimulai")
                font.pixelSize: Theme.fontSizeHeading
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: App.embedded
                      ? qsTr("Layanan data bawaan tidak dapat dijalankan. Pesan dari layanan data:")
                      : qsTr("Server %1 tidak dapat dihubungi. Pesan:").arg(App.serverAddress)
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }

        Pane {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            Layout.preferredHeight: 220
            padding: 1
            background: Rectangle {
                color: Theme.surface
                border.color: Theme.danger
                radius: Theme.radius
            }

            ScrollView {
                anchors.fill: parent

                TextArea {
                    objectName: "serverError"
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    text: App.serverError !== "" ? App.serverError : qsTr("(tidak ada pesan)")
                    font.family: "monospace"
                    color: Theme.text
                    background: null
                    Accessible.name: qsTr("Pesan kesalahan")
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Periksa alamat server di bawah ini (kosongkan untuk memakai server bawaan), lalu coba lagi. Jika masalah berlanjut, kirimkan pesan di atas kepada pengelola Simpul.")
            color: Theme.text
            wrapMode: Text.WordWrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                text: qsTr("Alamat server")
                color: Theme.text
            }
            TextField {
                id: serverField
                implicitHeight: Theme.controlHeight
                objectName: "serverField"
                Layout.fillWidth: true
                text: App.configuredServer
                placeholderText: qsTr("kosongkan untuk server bawaan")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
                Accessible.name: qsTr("Alamat server")
                onAccepted: retryButton.retry()
            }
            ActionButton {
                id: retryButton
                objectName: "retryButton"
                text: qsTr("Coba lagi")
                highlighted: true
                focus: true

                function retry() {
                    if (serverField.text.trim() !== App.configuredServer)
                        App.configuredServer = serverField.text.trim()
                    App.retryServer()
                }

                onClicked: retry()
            }
        }
    }
}
