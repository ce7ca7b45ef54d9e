import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components

// Versions of the app and what it is built on, and the licences of the reference data it
// ships with (the wilayah list, the name lists for synthetic data).
PageFrame {
    id: root

    readonly property var about: App.about
    readonly property var licences: about.licences || []
    property int licenceIndex: 0

    title: qsTr("Tentang Simpul")
    subtitle: qsTr("Simpul adalah platform administrasi kesejahteraan sosial berbasis plugin untuk PSM, TKSK, IPSM dan Dinas Sosial.")
    pageLoaded: true

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        Card {
            Layout.preferredWidth: Math.min(360, root.width * 0.38)
            Layout.fillHeight: true
            Layout.alignment: Qt.AlignTop
            title: qsTr("Versi")

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Repeater {
                    model: [
                        { label: qsTr("Aplikasi"), value: root.about.appVersion },
                        { label: qsTr("API inti"), value: root.about.coreApiVersion },
                        { label: qsTr("Server data"), value: root.about.serverVersion },
                        { label: "Qt", value: root.about.qtVersion },
                        { label: "gRPC", value: root.about.grpcVersion },
                        { label: "Protobuf", value: root.about.protobufVersion }
                    ]

                    delegate: RowLayout {
                        id: versionRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacingL

                        Label {
                            Layout.preferredWidth: 110
                            text: versionRow.modelData.label
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: versionRow.modelData.value ? versionRow.modelData.value : "–"
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                Layout.preferredHeight: 1
                color: Theme.border
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Data rujukan")
                color: Theme.textMuted
            }
            Label {
                objectName: "dataDir"
                Layout.fillWidth: true
                text: root.about.dataDir || "–"
                color: Theme.text
                wrapMode: Text.WrapAnywhere
                font.pixelSize: Theme.fontSizeSmall
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                text: qsTr("Daftar wilayah resmi Kemendagri; nama untuk data contoh dibuat acak dari daftar nama umum.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSizeSmall
            }
            Item {
                Layout.fillHeight: true
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Lisensi data rujukan")

            Label {
                Layout.fillWidth: true
                visible: root.licences.length === 0
                text: qsTr("Tidak ada berkas lisensi di folder data rujukan.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }

            ComboBox {
                id: licenceBox
                implicitHeight: Theme.controlHeight
                objectName: "licenceBox"
                Layout.fillWidth: true
                visible: root.licences.length > 0
                model: root.licences.map(l => l.title)
                currentIndex: root.licenceIndex
                Accessible.name: qsTr("Lisensi")
                onActivated: index => root.licenceIndex = index
            }

            Pane {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: root.licences.length > 0
                padding: 1
                background: Rectangle {
                    color: Theme.window
                    border.color: Theme.border
                    radius: Theme.radius / 2
                }

                ScrollView {
                    anchors.fill: parent
                    clip: true

                    TextArea {
                        objectName: "licenceText"
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        text: root.licences.length > root.licenceIndex
                              ? root.licences[root.licenceIndex].text : ""
                        font.family: "monospace"
                        font.pixelSize: Theme.fontSizeSmall
                        color: Theme.text
                        background: null
                        Accessible.name: qsTr("Teks lisensi")
                    }
                }
            }
        }
    }
}
