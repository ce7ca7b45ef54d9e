import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components
import "labels.js" as Labels

// Every plugin the desktop or the data service knows: name, id, version, vendor, its state
// on each side and, for one that failed, why.
PageFrame {
    id: root

    // Column widths, shared by the header and the rows.
    readonly property bool narrow: width < 900
    readonly property real versionWidth: 80
    readonly property real vendorWidth: narrow ? 90 : 140
    readonly property real stateWidth: narrow ? 148 : 160
    readonly property real fixedWidth: versionWidth + vendorWidth + 2 * stateWidth
                                       + 4 * Theme.spacingL

    // Where column `index` starts in a row `total` px wide (0 name, 1 version, 2 vendor,
    // 3 desktop, 4 server). Fixed positions keep every row aligned with the header, however
    // long a plugin's name is.
    function columnX(total, index) {
        const starts = [0, total - fixedWidth + Theme.spacingL]
        starts.push(starts[1] + versionWidth + Theme.spacingL)
        starts.push(starts[2] + vendorWidth + Theme.spacingL)
        starts.push(starts[3] + stateWidth + Theme.spacingL)
        return starts[index]
    }

    title: qsTr("Plugin")
    subtitle: qsTr("Plugin yang terpasang di aplikasi desktop ini dan di server data, beserta keadaannya.")
    // The server's side arrives with PluginService.ListPlugins after sign-in (which also
    // brings the server's version); a server that does not answer must not hold the page.
    property bool gaveUpWaiting: false
    pageLoaded: gaveUpWaiting || (App.about.serverVersion || "") !== ""

    Timer {
        interval: 5000
        running: !root.pageLoaded
        onTriggered: root.gaveUpWaiting = true
    }

    Pane {
        anchors.fill: parent
        padding: 0
        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 1
            spacing: 0

            // Header row.
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 40
                color: Theme.surfaceAlt
                radius: Theme.radius

                Item {
                    id: headerCells
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingL
                    anchors.rightMargin: Theme.spacingL

                    Repeater {
                        model: [
                            { title: qsTr("Nama"), width: headerCells.width - root.fixedWidth },
                            { title: qsTr("Versi"), width: root.versionWidth },
                            { title: qsTr("Pembuat"), width: root.vendorWidth },
                            { title: qsTr("Desktop"), width: root.stateWidth },
                            { title: qsTr("Server"), width: root.stateWidth }
                        ]

                        delegate: Label {
                            required property var modelData
                            required property int index

                            x: root.columnX(headerCells.width, index)
                            width: modelData.width
                            anchors.verticalCenter: parent.verticalCenter
                            text: modelData.title
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
            }

            ListView {
                id: list
                objectName: "pluginList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                focus: true
                keyNavigationEnabled: true
                model: App.plugins
                ScrollBar.vertical: ScrollBar {}

                delegate: Rectangle {
                    id: row

                    required property int index
                    required property string pluginId
                    required property string name
                    required property string version
                    required property string vendor
                    required property string description
                    required property string clientState
                    required property string clientError
                    required property string serverState
                    required property string serverError
                    readonly property bool failed: Labels.pluginStateTone(clientState) === "error"
                                                   || Labels.pluginStateTone(serverState) === "error"
                    readonly property string errorText: {
                        const lines = []
                        if (clientError !== "")
                            lines.push(qsTr("Desktop: %1").arg(clientError))
                        if (serverError !== "")
                            lines.push(qsTr("Server: %1").arg(serverError))
                        return lines.join("\n")
                    }

                    width: ListView.view.width
                    implicitHeight: rowLayout.implicitHeight + Theme.spacingXl
                    color: ListView.isCurrentItem && list.activeFocus ? Theme.selection
                           : (failed ? Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.05)
                                     : "transparent")

                    Accessible.role: Accessible.Row
                    Accessible.name: name

                    Rectangle {
                        visible: row.failed
                        width: 3
                        height: parent.height
                        color: Theme.danger
                    }
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 1
                        color: Theme.border
                    }

                    ColumnLayout {
                        id: rowLayout
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: Theme.spacingL
                        anchors.rightMargin: Theme.spacingL
                        spacing: Theme.spacingXs

                        Item {
                            id: cells
                            Layout.fillWidth: true
                            implicitHeight: Math.max(nameColumn.implicitHeight,
                                                     clientChip.implicitHeight)

                            ColumnLayout {
                                id: nameColumn
                                width: cells.width - root.fixedWidth
                                anchors.verticalCenter: parent.verticalCenter
                                spacing: 2

                                Label {
                                    Layout.fillWidth: true
                                    text: row.name !== "" ? row.name : row.pluginId
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: row.description !== ""
                                          ? qsTr("%1 · %2").arg(row.pluginId).arg(row.description)
                                          : row.pluginId
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSizeSmall
                                    elide: Text.ElideRight
                                }
                            }
                            Label {
                                x: root.columnX(cells.width, 1)
                                width: root.versionWidth
                                anchors.verticalCenter: parent.verticalCenter
                                text: row.version
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Label {
                                x: root.columnX(cells.width, 2)
                                width: root.vendorWidth
                                anchors.verticalCenter: parent.verticalCenter
                                text: row.vendor !== "" ? row.vendor : "–"
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            StateChip {
                                id: clientChip
                                x: root.columnX(cells.width, 3)
                                width: Math.min(implicitWidth, root.stateWidth)
                                anchors.verticalCenter: parent.verticalCenter
                                text: Labels.pluginStateTitle(row.clientState)
                                tone: Labels.pluginStateTone(row.clientState)
                            }
                            StateChip {
                                x: root.columnX(cells.width, 4)
                                width: Math.min(implicitWidth, root.stateWidth)
                                anchors.verticalCenter: parent.verticalCenter
                                text: Labels.pluginStateTitle(row.serverState)
                                tone: Labels.pluginStateTone(row.serverState)
                            }
                        }

                        Label {
                            objectName: "pluginError"
                            Layout.fillWidth: true
                            visible: row.errorText !== ""
                            text: row.errorText
                            color: Theme.danger
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSizeSmall
                        }
                    }
                }

                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    width: Math.min(parent.width - Theme.spacingXl, 520)
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: qsTr("Belum ada plugin yang terpasang.")
                    color: Theme.textMuted
                }
            }
        }
    }
}
