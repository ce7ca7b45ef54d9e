import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// A white (or, in the dark theme, raised) panel with an optional heading; its children are
// laid out in a column below the heading.
Pane {
    id: root

    property string title
    default property alias content: column.data

    padding: Theme.spacingL
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            visible: root.title !== ""
            text: root.title
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
            color: Theme.text
            elide: Text.ElideRight
        }
    }
}
