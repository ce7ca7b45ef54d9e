import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components
import "labels.js" as Labels

// The bar above the page: which server, who is signed in (name, role at wilayah), the
// language switch and the logout button (with a confirmation).
Rectangle {
    id: root

    readonly property var session: Client.session
    readonly property var firstBinding: session && session.roleBindings.length > 0
                                        ? session.roleBindings[0] : null

    implicitHeight: 56
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    WilayahName {
        id: wilayah
        code: root.firstBinding ? root.firstBinding.wilayahCode : ""
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXl
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingL

        // Which data service this window works on.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Rectangle {
                Layout.preferredWidth: 8
                Layout.preferredHeight: 8
                radius: 4
                color: Theme.success
            }
            Label {
                objectName: "serverLabel"
                Layout.fillWidth: true
                text: App.embedded ? qsTr("Terhubung ke server bawaan")
                                   : qsTr("Terhubung ke %1").arg(App.serverAddress)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
                elide: App.embedded ? Text.ElideRight : Text.ElideMiddle
            }
        }

        // Who is signed in.
        RowLayout {
            // Only as wide as the name needs (fillWidth would default to true here because
            // the labels inside fill theirs).
            Layout.fillWidth: false
            spacing: Theme.spacingS

            Rectangle {
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
                radius: 16
                color: Theme.selection

                Label {
                    anchors.centerIn: parent
                    text: {
                        const name = root.session ? (root.session.displayName || root.session.username) : ""
                        return name.length > 0 ? name.charAt(0).toUpperCase() : "?"
                    }
                    color: Theme.accent
                    font.weight: Font.Bold
                }
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: false
                Layout.maximumWidth: Math.max(160, root.width * 0.35)

                Label {
                    objectName: "userName"
                    Layout.fillWidth: true
                    text: root.session ? (root.session.displayName || root.session.username) : ""
                    color: Theme.text
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "userRoles"
                    Layout.fillWidth: true
                    text: {
                        if (!root.firstBinding)
                            return qsTr("Tanpa peran")
                        const first = qsTr("%1 · %2").arg(Labels.roleTitle(root.firstBinding.role))
                                                     .arg(wilayah.name)
                        const more = root.session.roleBindings.length - 1
                        return more > 0 ? qsTr("%1 (+%2 peran lain)").arg(first).arg(more) : first
                    }
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSizeSmall
                    elide: Text.ElideRight
                }
            }
        }

        Rectangle {
            Layout.preferredWidth: 1
            Layout.preferredHeight: 28
            color: Theme.border
        }

        LanguageSwitch {}

        Button {
            objectName: "logoutButton"
            text: qsTr("Keluar")
            flat: true
            focusPolicy: Qt.StrongFocus
            onClicked: logoutDialog.open()
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
    }

    ConfirmDialog {
        id: logoutDialog
        objectName: "logoutDialog"
        title: qsTr("Keluar dari Simpul?")
        text: qsTr("Anda perlu masuk lagi untuk melanjutkan pekerjaan.")
        confirmText: qsTr("Keluar")
        destructive: false
        onConfirmed: root.session.logout()
    }
}
