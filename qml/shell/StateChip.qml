import QtQuick
import QtQuick.Controls
import Simpul.Components

// A small rounded label for a state ("Berjalan", "Gagal"), coloured by `tone`:
// "ok", "error", "warning" or "neutral".
Rectangle {
    id: root

    property alias text: label.text
    property string tone: "neutral"

    readonly property color toneColor: tone === "ok" ? Theme.success
                                     : tone === "error" ? Theme.danger
                                     : tone === "warning" ? Theme.warning
                                     : Theme.textMuted

    implicitWidth: label.implicitWidth + Theme.spacingS * 2
    implicitHeight: label.implicitHeight + Theme.spacingXs * 2
    radius: height / 2
    color: Qt.rgba(toneColor.r, toneColor.g, toneColor.b, 0.12)
    border.color: Qt.rgba(toneColor.r, toneColor.g, toneColor.b, 0.35)

    Label {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - Theme.spacingS * 2)
        elide: Text.ElideRight
        color: root.toneColor
        font.pixelSize: Theme.fontSizeSmall
        font.weight: Font.DemiBold
    }
}
