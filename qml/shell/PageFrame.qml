import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// The frame every page of the main window shares: a heading, a line saying what the page
// is for, room for actions on the right, and the page's content below.
//
// `pageLoaded` turns true once the page has finished its first load (its models have
// answered); the shell then reports the page ready (App.pageReady), which is when a
// --screenshot is taken.
FocusScope {
    id: root

    property string title
    property string subtitle
    property bool pageLoaded: false
    // Items placed at the right of the heading (buttons, a search field).
    property alias actions: actionRow.data
    // The page's content, filling the space below the heading.
    default property alias content: body.data

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXl
        anchors.rightMargin: Theme.spacingXl
        anchors.topMargin: Theme.spacingXl
        anchors.bottomMargin: Theme.spacingL
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
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
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                spacing: Theme.spacingS
            }
        }

        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
