import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// One sidebar entry: icon, title, optional count badge. Focusable with Tab, activated with
// Enter or Space; `current` marks the page on show.
AbstractButton {
    id: root

    // "dashboard", ... or a plugin's navigation entryId.
    property string pageId
    // A glyph ("⚙"), an image URL ("qrc:/…", "file:/…") or "" (the title's first letter).
    property string iconSource
    property bool current: false
    property int badge: 0
    // For plugin entries: the QML module and type of the page.
    property string pageModule
    property string pageType
    readonly property bool isNavigationEntry: true

    readonly property bool iconIsUrl: iconSource.indexOf("/") >= 0 || iconSource.indexOf(":") > 0
    readonly property bool iconIsGlyph: iconSource !== "" && !iconIsUrl && iconSource.length <= 2

    implicitWidth: 220
    implicitHeight: 40
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingS
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingS
    hoverEnabled: true

    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.selected: current

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radius
        color: root.current ? Theme.selection
                            : (root.down ? Theme.hover
                                         : (root.hovered ? Theme.hover : "transparent"))
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.accent

        Rectangle {
            visible: root.current
            width: 3
            height: parent.height - Theme.spacingS * 2
            radius: 1.5
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.accent
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacingS

        Item {
            Layout.preferredWidth: 22
            Layout.preferredHeight: 22

            Image {
                anchors.fill: parent
                visible: root.iconIsUrl
                source: root.iconIsUrl ? root.iconSource : ""
                sourceSize.width: 22
                sourceSize.height: 22
                fillMode: Image.PreserveAspectFit
            }
            Label {
                anchors.centerIn: parent
                visible: root.iconIsGlyph
                text: root.iconIsGlyph ? root.iconSource : ""
                font.pixelSize: 17
                color: root.current ? Theme.accent : Theme.textMuted
            }
            Rectangle {
                anchors.fill: parent
                visible: !root.iconIsUrl && !root.iconIsGlyph
                radius: 5
                color: root.current ? Theme.accent : Theme.hover
                border.color: root.current ? Theme.accent : Theme.border

                Label {
                    anchors.centerIn: parent
                    text: root.text.length > 0 ? root.text.charAt(0).toUpperCase() : "?"
                    font.pixelSize: Theme.fontSizeSmall
                    font.weight: Font.Bold
                    color: root.current ? Theme.accentText : Theme.textMuted
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: root.text
            elide: Text.ElideRight
            color: root.current ? Theme.text : Theme.text
            font.weight: root.current ? Font.DemiBold : Font.Normal
        }

        Rectangle {
            visible: root.badge > 0
            Layout.preferredHeight: 20
            Layout.preferredWidth: Math.max(20, badgeLabel.implicitWidth + 12)
            radius: 10
            color: Theme.accent

            Label {
                id: badgeLabel
                anchors.centerIn: parent
                text: root.badge > 99 ? "99+" : String(root.badge)
                color: Theme.accentText
                font.pixelSize: Theme.fontSizeSmall
                font.weight: Font.DemiBold
            }
        }
    }
}
