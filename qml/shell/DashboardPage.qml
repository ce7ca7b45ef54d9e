import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components
import "labels.js" as Labels

// The first page after sign-in: who you are and where you work, what waits in the inbox,
// how the plugins are doing, and the cards the plugins contribute (App.dashboardWidgets).
PageFrame {
    id: root

    readonly property var session: Client.session
    readonly property int columns: width >= 720 ? 3 : (width >= 480 ? 2 : 1)
    readonly property int widgetCount: widgetRepeater.count
    // Ready when the inbox count is known, the wilayah names and the widgets have loaded,
    // or after a while in any case (a slow server must not hold the screen back for ever).
    property bool gaveUpWaiting: false
    readonly property bool namesDone: {
        for (let i = 0; i < roleRepeater.count; ++i) {
            const item = roleRepeater.itemAt(i)
            if (!item || !item.done)
                return false
        }
        return true
    }
    readonly property bool widgetsDone: {
        for (let i = 0; i < widgetRepeater.count; ++i) {
            const item = widgetRepeater.itemAt(i)
            if (!item || !item.done)
                return false
        }
        return true
    }

    signal openPage(string pageId)

    title: qsTr("Dasbor")
    subtitle: session && session.signedIn
              ? qsTr("Selamat datang, %1.").arg(session.displayName || session.username) : ""
    pageLoaded: gaveUpWaiting || (App.inboxCount >= 0 && namesDone && widgetsDone)

    Timer {
        interval: 8000
        running: !root.pageLoaded
        onTriggered: root.gaveUpWaiting = true
    }

    // The plugins' states, counted (the model has no summary of its own).
    Repeater {
        id: pluginStates
        model: App.plugins
        delegate: Item {
            required property string clientState
            required property string serverState
            readonly property bool running: !failed && (clientState === "running"
                                                         || serverState === "running")
            readonly property bool failed: clientState === "failed"
                                           || clientState === "dependency_failed"
                                           || serverState === "failed"
                                           || serverState === "dependency_failed"
        }
    }
    readonly property int failedPlugins: countPlugins("failed")
    readonly property int runningPlugins: countPlugins("running")

    function countPlugins(flag) {
        let n = 0
        for (let i = 0; i < pluginStates.count; ++i) {
            const item = pluginStates.itemAt(i)
            if (item && item[flag])
                ++n
        }
        return n
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingL

            GridLayout {
                Layout.fillWidth: true
                columns: root.columns
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingL

                Card {
                    objectName: "rolesCard"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    title: qsTr("Peran dan wilayah Anda")

                    Repeater {
                        id: roleRepeater
                        model: root.session ? root.session.roleBindings : []

                        delegate: RowLayout {
                            id: roleRow
                            required property var modelData
                            readonly property bool done: name.done

                            Layout.fillWidth: true
                            spacing: Theme.spacingS

                            WilayahName {
                                id: name
                                code: roleRow.modelData.wilayahCode
                            }
                            StateChip {
                                text: Labels.roleTitle(roleRow.modelData.role)
                                tone: "neutral"
                                Layout.maximumWidth: 150
                            }
                            Label {
                                Layout.fillWidth: true
                                text: name.name
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: roleRepeater.count === 0
                        text: qsTr("Anda belum mempunyai peran. Hubungi administrator.")
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                }

                Card {
                    objectName: "inboxCard"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    title: qsTr("Kotak Masuk")

                    RowLayout {
                        spacing: Theme.spacingS
                        Label {
                            text: App.inboxCount >= 0 ? String(App.inboxCount) : "–"
                            font.pixelSize: Theme.fontSizeTitle * 1.6
                            font.weight: Font.DemiBold
                            color: App.inboxCount > 0 ? Theme.accent : Theme.text
                        }
                        Label {
                            Layout.alignment: Qt.AlignBottom
                            Layout.bottomMargin: 6
                            text: App.inboxCount < 0 ? qsTr("belum diketahui")
                                                     : qsTr("pekerjaan menunggu")
                            color: Theme.textMuted
                        }
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                    ActionButton {
                        objectName: "openInbox"
                        text: qsTr("Buka Kotak Masuk")
                        onClicked: root.openPage("inbox")
                    }
                }

                Card {
                    objectName: "pluginsCard"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    title: qsTr("Plugin")

                    RowLayout {
                        spacing: Theme.spacingL
                        ColumnLayout {
                            spacing: 0
                            Label {
                                text: String(root.runningPlugins)
                                font.pixelSize: Theme.fontSizeTitle * 1.6
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Label {
                                text: qsTr("berjalan")
                                color: Theme.textMuted
                            }
                        }
                        ColumnLayout {
                            spacing: 0
                            Label {
                                text: String(root.failedPlugins)
                                font.pixelSize: Theme.fontSizeTitle * 1.6
                                font.weight: Font.DemiBold
                                color: root.failedPlugins > 0 ? Theme.danger : Theme.text
                            }
                            Label {
                                text: qsTr("gagal")
                                color: root.failedPlugins > 0 ? Theme.danger : Theme.textMuted
                            }
                        }
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                    ActionButton {
                        objectName: "openPlugins"
                        text: qsTr("Lihat plugin")
                        onClicked: root.openPage("plugins")
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                text: qsTr("Ringkasan modul")
                font.pixelSize: Theme.fontSizeLarge
                font.weight: Font.DemiBold
                color: Theme.text
            }

            Card {
                objectName: "noWidgets"
                Layout.fillWidth: true
                visible: root.widgetCount === 0

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Belum ada modul yang menampilkan ringkasan di sini. Ringkasan muncul setelah plugin yang menyediakannya dipasang dan Anda berhak melihatnya.")
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }

            GridLayout {
                Layout.fillWidth: true
                visible: root.widgetCount > 0
                columns: root.columns
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingL

                Repeater {
                    id: widgetRepeater
                    model: App.dashboardWidgets

                    delegate: Card {
                        id: widgetCard
                        // Through `model`: the role "title" is also the card's own property.
                        required property var model
                        property var widget: null
                        property string error
                        property bool created: false
                        readonly property bool done: created && (widget === null
                                                                 || widget.pageLoaded === undefined
                                                                 || widget.pageLoaded === true)

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.minimumHeight: 120
                        Layout.alignment: Qt.AlignTop
                        title: model.title

                        Item {
                            id: widgetContainer
                            visible: widgetCard.widget !== null
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            implicitHeight: widgetCard.widget ? widgetCard.widget.implicitHeight : 0
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: widgetCard.error !== ""
                            text: widgetCard.error
                            color: Theme.danger
                            wrapMode: Text.WordWrap
                        }
                        Item {
                            visible: widgetCard.widget === null
                            Layout.fillHeight: true
                        }

                        Component.onCompleted: {
                            const made = App.createPage(model.module, model.qmlType, widgetContainer)
                            if (made) {
                                made.anchors.fill = widgetContainer
                                widget = made
                            } else {
                                error = App.pageError !== "" ? App.pageError
                                                             : qsTr("Ringkasan ini tidak dapat dibuat.")
                            }
                            created = true
                        }
                        Component.onDestruction: {
                            if (widget)
                                widget.destroy()
                        }
                    }
                }
            }

            Item {
                Layout.preferredHeight: Theme.spacingS
            }
        }
    }
}
