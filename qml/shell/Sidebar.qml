import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components

// The sidebar: the shell's own pages, then the entries the plugins contribute (only those the
// signed-in user may open, as App.navigation filters them), then Plugin, Pengaturan, Tentang.
Rectangle {
    id: root

    property string currentId
    // Every entry in the order shown (for Ctrl+1..9 and to find a start page).
    readonly property var entries: {
        // Depends on the repeater's count so it is recomputed when plugin entries arrive.
        const unused = pluginRepeater.count
        const all = []
        for (const column of [topColumn, bottomColumn]) {
            for (let i = 0; i < column.children.length; ++i) {
                const child = column.children[i]
                if (child.isNavigationEntry === true && child.visible)
                    all.push(child)
            }
        }
        return all
    }

    signal activated(var entry)

    function entry(entryId) {
        for (const e of entries) {
            if (e.pageId === entryId)
                return e
        }
        return null
    }

    color: Theme.surface
    implicitWidth: 236

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.rightMargin: 1
        spacing: 0

        // The brand, level with the header.
        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: 56

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                spacing: Theme.spacingS

                Rectangle {
                    Layout.preferredWidth: 28
                    Layout.preferredHeight: 28
                    radius: 7
                    color: Theme.accent

                    Label {
                        anchors.centerIn: parent
                        text: "S"
                        color: Theme.accentText
                        font.pixelSize: 16
                        font.weight: Font.Bold
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: "Simpul"
                    font.pixelSize: Theme.fontSizeLarge
                    font.weight: Font.Bold
                    color: Theme.text
                    elide: Text.ElideRight
                }
            }
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                id: topColumn
                width: scroll.availableWidth
                spacing: 2

                Item {
                    Layout.preferredHeight: Theme.spacingXs
                }

                SidebarButton {
                    objectName: "nav_dashboard"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingS
                    Layout.rightMargin: Theme.spacingS
                    pageId: "dashboard"
                    text: qsTr("Dasbor")
                    iconSource: "▦"
                    current: root.currentId === pageId
                    onClicked: root.activated(this)
                }
                SidebarButton {
                    objectName: "nav_inbox"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingS
                    Layout.rightMargin: Theme.spacingS
                    pageId: "inbox"
                    text: qsTr("Kotak Masuk")
                    iconSource: "✉"
                    badge: Math.max(0, App.inboxCount)
                    current: root.currentId === pageId
                    onClicked: root.activated(this)
                }

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingL
                    Layout.bottomMargin: Theme.spacingXs
                    Layout.leftMargin: Theme.spacingL + Theme.spacingS
                    visible: pluginRepeater.count > 0
                    text: qsTr("MODUL")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSizeSmall
                    font.weight: Font.DemiBold
                    font.letterSpacing: 0.8
                }

                Repeater {
                    id: pluginRepeater
                    model: App.navigation

                    delegate: SidebarButton {
                        // Through `model`: the role "icon" would clash with AbstractButton.icon.
                        required property var model

                        objectName: "nav_" + model.entryId
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacingS
                        Layout.rightMargin: Theme.spacingS
                        pageId: model.entryId
                        pageModule: model.module
                        pageType: model.page
                        text: model.title
                        iconSource: model.icon
                        current: root.currentId === pageId
                        onClicked: root.activated(this)
                    }
                }

                Item {
                    Layout.preferredHeight: Theme.spacingS
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingL
            Layout.rightMargin: Theme.spacingL
            Layout.preferredHeight: 1
            color: Theme.border
        }

        ColumnLayout {
            id: bottomColumn
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            Layout.bottomMargin: Theme.spacingS
            spacing: 2

            SidebarButton {
                objectName: "nav_plugins"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                Layout.rightMargin: Theme.spacingS
                pageId: "plugins"
                text: qsTr("Plugin")
                iconSource: "⊞"
                current: root.currentId === pageId
                onClicked: root.activated(this)
            }
            SidebarButton {
                objectName: "nav_settings"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                Layout.rightMargin: Theme.spacingS
                pageId: "settings"
                text: qsTr("Pengaturan")
                iconSource: "⚙"
                current: root.currentId === pageId
                onClicked: root.activated(this)
            }
            SidebarButton {
                objectName: "nav_about"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                Layout.rightMargin: Theme.spacingS
                pageId: "about"
                text: qsTr("Tentang")
                iconSource: "ℹ"
                current: root.currentId === pageId
                onClicked: root.activated(this)
            }
        }
    }
}
