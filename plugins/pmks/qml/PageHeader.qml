import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// The heading of a PMKS page: a title, a line saying what the page is for, and room for
// actions at the right.
RowLayout {
    id: root

    property string title
    property string subtitle
    default property alias actions: actionRow.data

    spacing: Theme.spacingS

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        Label {
            objectName: "pageTitle"
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontSizeHeading
            font.weight: Font.DemiBold
            color: Theme.text
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.subtitle
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }
    RowLayout {
        id: actionRow
        spacing: Theme.spacingS
        Layout.alignment: Qt.AlignTop
    }
}
