import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components

// Shown while the data service starts (the embedded one, or the health check of a remote one).
FocusScope {
    id: root

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXl * 2, 480)
        spacing: Theme.spacingL

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: "Simpul"
            font.pixelSize: Theme.fontSizeTitle * 1.6
            font.weight: Font.Bold
            color: Theme.accent
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: true
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: App.serverStatusText !== "" ? App.serverStatusText
                                              : qsTr("Menyiapkan layanan data…")
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideMiddle
            visible: !App.embedded && App.serverAddress !== ""
            text: qsTr("Menghubungi %1").arg(App.serverAddress)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
        }
    }
}
