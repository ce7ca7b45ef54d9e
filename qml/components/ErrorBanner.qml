import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// A red band saying what went wrong, with "Coba lagi" when the action can be repeated.
// Hidden while `text` is empty, so a page can bind it to a model's `error`.
Rectangle {
    id: root

    property string text
    property bool retryVisible: false
    signal retry()

    visible: text !== ""
    color: Theme.dangerSurface
    border.color: Theme.danger
    radius: Theme.radius
    implicitWidth: row.implicitWidth + 2 * Theme.spacingM
    implicitHeight: row.implicitHeight + 2 * Theme.spacingS

    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        anchors.topMargin: Theme.spacingS
        anchors.bottomMargin: Theme.spacingS
        spacing: Theme.spacingM

        Label {
            text: "!"
            font.bold: true
            font.pixelSize: Theme.fontSizeLarge
            color: Theme.danger
            Layout.alignment: Qt.AlignTop
        }
        Label {
            objectName: "errorText"
            text: root.text
            color: Theme.text
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
        }
        Button {
            objectName: "retryButton"
            visible: root.retryVisible
            text: qsTr("Coba lagi")
            onClicked: root.retry()
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
