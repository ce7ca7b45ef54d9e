import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components

// The app's own settings: which data service to use, the language and the theme. The
// language and the theme apply at once; a new server address at the next start.
PageFrame {
    id: root

    readonly property string serverText: serverField.text.trim()
    readonly property bool serverChanged: serverText !== App.configuredServer

    title: qsTr("Pengaturan")
    subtitle: qsTr("Server data, bahasa dan tampilan aplikasi di komputer ini.")
    pageLoaded: true

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: Math.min(scroll.availableWidth, 760)
            spacing: Theme.spacingL

            Card {
                Layout.fillWidth: true
                title: qsTr("Server data")

                Label {
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacingS
                    text: App.embedded
                          ? qsTr("Sekarang memakai server bawaan di komputer ini.")
                          : qsTr("Sekarang terhubung ke %1.").arg(App.serverAddress)
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }

                FormLayout {
                    Layout.fillWidth: true

                    FormField {
                        label: qsTr("Alamat server")
                        helpText: qsTr("Contoh: 192.168.1.10:50051 atau unix:/run/simpul.sock; kosongkan untuk server bawaan.")

                        TextField {
                            id: serverField
                            implicitHeight: Theme.controlHeight
                            objectName: "serverField"
                            text: App.configuredServer
                            placeholderText: qsTr("kosongkan untuk server bawaan")
                            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
                            Accessible.name: qsTr("Alamat server")
                            onAccepted: saveButton.save()
                        }
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    Label {
                        id: savedNote
                        objectName: "serverNote"
                        Layout.fillWidth: true
                        property bool saved: false
                        text: saved && !root.serverChanged
                              ? qsTr("Tersimpan. Alamat baru dipakai saat Simpul dijalankan lagi.")
                              : qsTr("Perubahan server berlaku saat Simpul dijalankan lagi.")
                        color: saved && !root.serverChanged ? Theme.success : Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    ActionButton {
                        objectName: "resetServer"
                        text: qsTr("Pakai server bawaan")
                        enabled: root.serverText !== ""
                        onClicked: serverField.text = ""
                    }
                    ActionButton {
                        id: saveButton
                        objectName: "saveServer"
                        text: qsTr("Simpan")
                        highlighted: true
                        enabled: root.serverChanged

                        function save() {
                            if (!root.serverChanged)
                                return
                            App.configuredServer = root.serverText
                            savedNote.saved = true
                        }

                        onClicked: save()
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                title: qsTr("Tampilan")

                FormLayout {
                    Layout.fillWidth: true

                    FormField {
                        label: qsTr("Bahasa")
                        helpText: qsTr("Berlaku seketika.")

                        ComboBox {
                            id: languageBox
                            implicitHeight: Theme.controlHeight
                            objectName: "languageBox"
                            textRole: "text"
                            valueRole: "value"
                            model: [
                                { value: "id", text: "Bahasa Indonesia" },
                                { value: "en", text: "English" }
                            ]
                            currentIndex: App.language === "en" ? 1 : 0
                            Accessible.name: qsTr("Bahasa")
                            onActivated: App.language = currentValue
                        }
                    }
                    FormField {
                        label: qsTr("Tema")

                        ComboBox {
                            id: themeBox
                            implicitHeight: Theme.controlHeight
                            objectName: "themeBox"
                            textRole: "text"
                            valueRole: "value"
                            model: [
                                { value: "light", text: qsTr("Terang") },
                                { value: "dark", text: qsTr("Gelap") }
                            ]
                            currentIndex: App.theme === "dark" ? 1 : 0
                            Accessible.name: qsTr("Tema")
                            onActivated: App.theme = currentValue
                        }
                    }
                }
            }

            Item {
                Layout.preferredHeight: Theme.spacingS
            }
        }
    }
}
