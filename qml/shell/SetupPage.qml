import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components

// First start with the embedded data service and no database yet: the first administrator
// is created here, then the database is built (the full wilayah list) with its progress.
FocusScope {
    id: root

    readonly property bool initializing: App.serverState === "initializing"
    property bool attempted: false
    property bool pageLoaded: true

    readonly property string usernameError: {
        const name = usernameField.text
        if (name === "")
            return qsTr("Nama pengguna wajib diisi.")
        if (!/^[a-z0-9._-]{3,64}$/.test(name))
            return qsTr("Nama pengguna harus 3-64 karakter: huruf kecil a-z, angka, titik, garis bawah atau tanda hubung.")
        return ""
    }
    readonly property string passwordError: {
        const password = passwordField.text
        if (password === "")
            return qsTr("Kata sandi wajib diisi.")
        if (password.length < 10)
            return qsTr("Kata sandi minimal 10 karakter.")
        if (password.toLowerCase() === usernameField.text)
            return qsTr("Kata sandi tidak boleh sama dengan nama pengguna.")
        return ""
    }
    readonly property string repeatError: repeatField.text !== passwordField.text
                                          ? qsTr("Kedua kata sandi tidak sama.") : ""
    readonly property bool acceptable: usernameError === "" && passwordError === ""
                                       && repeatError === ""

    function submit() {
        attempted = true
        if (!acceptable || initializing)
            return
        App.createFirstAdmin(usernameField.text, passwordField.text)
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXl * 2, 560)
        spacing: Theme.spacingL

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Label {
                Layout.fillWidth: true
                text: qsTr("Selamat datang di Simpul")
                font.pixelSize: Theme.fontSizeHeading
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: root.initializing
                      ? qsTr("Simpul sedang menyiapkan basis data beserta daftar wilayah resmi.")
                      : qsTr("Basis data di komputer ini belum ada. Buat akun administrator pertama; Simpul lalu menyiapkan basis data beserta daftar wilayah resmi.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }

        // A Control is a focus scope: it must hold the focus for the field inside to get it.
        Pane {
            Layout.fillWidth: true
            focus: true
            padding: Theme.spacingXl
            background: Rectangle {
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingS

                Label {
                    text: root.initializing ? qsTr("Menyiapkan basis data")
                                            : qsTr("Administrator pertama")
                    font.pixelSize: Theme.fontSizeLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                }

                // The form, until the database is being built.
                FormLayout {
                    Layout.fillWidth: true
                    visible: !root.initializing

                    FormField {
                        label: qsTr("Nama pengguna")
                        required: true
                        helpText: qsTr("Huruf kecil, angka, titik, garis bawah atau tanda hubung.")
                        error: (root.attempted || usernameField.text !== "") ? root.usernameError : ""

                        TextField {
                            id: usernameField
                            implicitHeight: Theme.controlHeight
                            objectName: "setupUsername"
                            text: "admin"
                            focus: true
                            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                            Accessible.name: qsTr("Nama pengguna")
                            onAccepted: passwordField.forceActiveFocus()
                        }
                    }
                    FormField {
                        label: qsTr("Kata sandi")
                        required: true
                        helpText: qsTr("Minimal 10 karakter; gabungkan kata, angka atau tanda baca.")
                        error: (root.attempted || passwordField.text !== "") ? root.passwordError : ""

                        TextField {
                            id: passwordField
                            implicitHeight: Theme.controlHeight
                            objectName: "setupPassword"
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                            Accessible.name: qsTr("Kata sandi")
                            onAccepted: repeatField.forceActiveFocus()
                        }
                    }
                    FormField {
                        label: qsTr("Ulangi kata sandi")
                        required: true
                        error: (root.attempted || repeatField.text !== "") ? root.repeatError : ""

                        TextField {
                            id: repeatField
                            implicitHeight: Theme.controlHeight
                            objectName: "setupRepeat"
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                            Accessible.name: qsTr("Ulangi kata sandi")
                            onAccepted: root.submit()
                        }
                    }
                }

                ErrorBanner {
                    Layout.fillWidth: true
                    visible: !root.initializing && text !== ""
                    text: App.setupError
                    retryVisible: false
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    visible: !root.initializing

                    Item {
                        Layout.fillWidth: true
                    }
                    ActionButton {
                        objectName: "setupButton"
                        text: qsTr("Buat dan mulai")
                        highlighted: true
                        enabled: !root.attempted || root.acceptable
                        onClicked: root.submit()
                    }
                }

                // Building the database: the wilayah list takes a while.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: root.initializing
                    spacing: Theme.spacingS

                    ProgressBar {
                        Layout.fillWidth: true
                        from: 0
                        to: 1
                        indeterminate: App.serverProgress < 0
                        value: Math.max(0, App.serverProgress)
                    }
                    Label {
                        Layout.fillWidth: true
                        text: App.serverStatusText !== "" ? App.serverStatusText
                                                          : qsTr("Menyiapkan basis data…")
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Ini hanya terjadi sekali dan biasanya selesai dalam kurang dari satu menit.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSizeSmall
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
