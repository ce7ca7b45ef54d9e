import QtQuick
import QtQuick.Controls
import Simpul.Components

// Covers its parent while `running`: shows a spinner (progress < 0) or a bar (0..1) and a
// text, and swallows clicks, wheel and keys so nothing underneath changes meanwhile. Place
// it as the last child with `anchors.fill: parent`. Focus inside the covered area moves to
// the overlay and comes back when it stops.
Rectangle {
    id: root

    property bool running: false
    property string text
    property real progress: -1

    visible: running || fade.running
    opacity: running ? 1 : 0
    z: 1000
    color: Theme.scrim
    activeFocusOnTab: false

    Behavior on opacity {
        NumberAnimation { id: fade; duration: 120 }
    }

    property Item _returnFocusTo: null

    onRunningChanged: {
        if (running) {
            const focused = Window.activeFocusItem
            if (focused && root.parent && _isInside(focused, root.parent)) {
                _returnFocusTo = focused
                root.forceActiveFocus()
            }
        } else {
            if (_returnFocusTo && root.activeFocus)
                _returnFocusTo.forceActiveFocus()
            _returnFocusTo = null
        }
    }

    function _isInside(item, ancestor) {
        for (let p = item; p; p = p.parent) {
            if (p === ancestor)
                return true
        }
        return false
    }

    Accessible.role: Accessible.Indicator
    Accessible.name: root.text !== "" ? root.text : qsTr("Sedang memproses")

    // While running every key stops here (Tab too: focus must not walk into covered fields).
    Keys.onPressed: event => { event.accepted = root.running }
    Keys.onReleased: event => { event.accepted = root.running }

    MouseArea {
        anchors.fill: parent
        enabled: root.running
        hoverEnabled: true
        acceptedButtons: Qt.AllButtons
        preventStealing: true
        cursorShape: Qt.BusyCursor
        onWheel: wheel => { wheel.accepted = true }
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, 360)
        height: column.implicitHeight + 2 * Theme.spacingL
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        visible: root.height > height

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacingL
            spacing: Theme.spacingS

            BusyIndicator {
                anchors.horizontalCenter: parent.horizontalCenter
                running: root.running && root.progress < 0
                visible: root.progress < 0
                implicitWidth: 40
                implicitHeight: 40
            }
            ProgressBar {
                objectName: "progressBar"
                width: parent.width
                visible: root.progress >= 0
                from: 0
                to: 1
                value: Math.max(0, Math.min(1, root.progress))
            }
            Label {
                objectName: "busyText"
                width: parent.width
                visible: text !== ""
                text: root.text !== "" ? root.text
                      : (root.progress >= 0 ? Math.round(root.progress * 100) + "%" : "")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontSize
            }
        }
    }
}
